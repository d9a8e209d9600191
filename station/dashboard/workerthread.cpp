#include "workerthread.h"

#include <QMetaObject>

namespace packdesk::dashboard {

WorkerThread::WorkerThread(const QString& name) : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    // Events are delivered in order: this runs after everything queued.
    runAndWait([] {});
    m_thread.quit();
    m_thread.wait();
}

void WorkerThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void WorkerThread::runAndWait(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::BlockingQueuedConnection);
}

} // namespace packdesk::dashboard
