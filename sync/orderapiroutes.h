#pragma once

#include "apirequest.h"
#include "core/result.h"

#include <QMutex>
#include <QObject>
#include <deque>
#include <memory>

class QThread;

namespace packdesk::sync {

class HttpApiServer;
class OrderApiService;

/// The order endpoints of `packdesk serve` (docs/api.md):
///   POST /api/v1/orders                  create, update or cancel one order
///   GET  /api/v1/orders/{shop}/{number}  its status
/// added to an HttpApiServer. The work runs on one worker thread with its
/// own database connection, so a write waiting for the SQLite lock (up to
/// its 5 s busy timeout) never stops the server from reading and refusing
/// other requests; requests beyond maxQueued get a 503 instead of piling
/// up. POSTs that queued up while the worker was busy are written together
/// in one transaction (OrderApiService::submitAll): under load one fsync
/// serves many orders.
class OrderApiRoutes
{
public:
    static constexpr int kDefaultMaxQueued = 1000;

    /// Opens the worker's connection to dbPath (already migrated) and adds the routes.
    static Result<std::unique_ptr<OrderApiRoutes>> install(HttpApiServer& server, const QString& dbPath,
                                                           int maxQueued = kDefaultMaxQueued);
    /// Finishes the queued requests, stops the worker and closes the database.
    ~OrderApiRoutes();

private:
    struct Job
    {
        bool isPost = true;
        ApiRequest request;
        ApiReply reply;
    };
    static constexpr size_t kMaxBatch = 256;

    OrderApiRoutes() = default;
    /// From the server's thread: queue the job, wake the worker if it sleeps.
    void enqueue(Job job);
    /// On the worker: run everything queued, POSTs in batches.
    void drain();

    std::unique_ptr<OrderApiService> m_service;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; ///< lives on m_thread; queued work runs in its context
    int m_maxQueued = kDefaultMaxQueued;
    QMutex m_mutex; ///< guards the two below
    std::deque<Job> m_jobs;
    bool m_drainScheduled = false;
};

} // namespace packdesk::sync
