#include "orderapiroutes.h"

#include "apierror.h"
#include "httpapiserver.h"
#include "orderapiservice.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

namespace packdesk::sync {

Result<std::unique_ptr<OrderApiRoutes>> OrderApiRoutes::install(HttpApiServer& server, const QString& dbPath,
                                                                int maxQueued)
{
    auto service = OrderApiService::open(dbPath);
    if (!service)
        return service.error();
    std::unique_ptr<OrderApiRoutes> routes(new OrderApiRoutes);
    routes->m_service = std::move(service.value());
    routes->m_maxQueued = maxQueued;
    routes->m_thread = new QThread;
    routes->m_thread->setObjectName(QStringLiteral("order-api"));
    routes->m_worker = new QObject;
    routes->m_worker->moveToThread(routes->m_thread);
    QObject::connect(routes->m_thread, &QThread::finished, routes->m_worker, &QObject::deleteLater);
    routes->m_thread->start();

    OrderApiRoutes* self = routes.get();
    server.addRoute("POST", QStringLiteral("/api/v1/orders"), [self](ApiRequest request, ApiReply reply) {
        self->enqueue(Job{true, std::move(request), std::move(reply)});
    });
    server.addRoute("GET", QStringLiteral("/api/v1/orders/{shop}/{number}"),
                    [self](ApiRequest request, ApiReply reply) {
                        self->enqueue(Job{false, std::move(request), std::move(reply)});
                    });
    return routes;
}

void OrderApiRoutes::enqueue(Job job)
{
    QMutexLocker lock(&m_mutex);
    if (m_jobs.size() >= size_t(m_maxQueued)) {
        lock.unlock();
        const ApiError busy{503,
                            QStringLiteral("busy"),
                            QStringLiteral("Too many requests are waiting; retry in a moment."),
                            {},
                            {}};
        job.reply(
            ApiResponse{503, busy.toJson(), {qMakePair(QByteArray("Retry-After"), QByteArray("1"))}, {}});
        return;
    }
    m_jobs.push_back(std::move(job));
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        QMetaObject::invokeMethod(m_worker, [this] { drain(); });
    }
}

void OrderApiRoutes::drain()
{
    for (;;) {
        std::vector<Job> jobs;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_jobs.empty() && jobs.size() < kMaxBatch) {
                jobs.push_back(std::move(m_jobs.front()));
                m_jobs.pop_front();
            }
            if (jobs.empty()) {
                m_drainScheduled = false;
                return;
            }
        }
        std::vector<ApiRequest> posts;
        std::vector<size_t> postIndexes;
        for (size_t i = 0; i < jobs.size(); ++i) {
            if (jobs[i].isPost) {
                posts.push_back(jobs[i].request);
                postIndexes.push_back(i);
            } else {
                jobs[i].reply(m_service->status(jobs[i].request));
            }
        }
        if (!posts.empty()) {
            std::vector<ApiResponse> responses = m_service->submitAll(posts);
            for (size_t i = 0; i < responses.size(); ++i)
                jobs[postIndexes[i]].reply(std::move(responses[i]));
        }
    }
}

OrderApiRoutes::~OrderApiRoutes()
{
    // Everything queued before this runs first (events are delivered in
    // order); only then does the thread stop and the connection close.
    QMetaObject::invokeMethod(
        m_worker, [this] { drain(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

} // namespace packdesk::sync
