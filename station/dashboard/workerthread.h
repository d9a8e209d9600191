#pragma once

#include <QObject>
#include <QThread>
#include <functional>

namespace packdesk::dashboard {

/// One thread that runs the dashboard's database work (login checks, stats
/// queries) in order, so that the server's thread only reads sockets and
/// renders nothing slow. Stopping runs what was queued first.
class WorkerThread
{
public:
    explicit WorkerThread(const QString& name);
    /// Runs everything queued, then stops the thread.
    ~WorkerThread();

    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    void post(std::function<void()> work);
    /// Runs work on the thread and waits for it (for cleanup of per-thread objects).
    void runAndWait(std::function<void()> work);

private:
    QThread m_thread;
    QObject* m_context; ///< lives on m_thread; queued work runs in its context
};

} // namespace packdesk::dashboard
