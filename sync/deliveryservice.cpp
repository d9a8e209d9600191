#include "deliveryservice.h"

#include "webhooksender.h"

#include "store/migrations.h"
#include "store/sqlitedatabase.h"

#include <QMetaObject>
#include <QThread>

namespace packdesk::sync {

namespace {
/// The sender on a thread of its own with its own event loop: the station's
/// UI thread and the order API never wait for a shop's server.
class ThreadedDeliveryService final : public DeliveryService
{
public:
    explicit ThreadedDeliveryService(std::unique_ptr<WebhookSender> sender) : m_sender(sender.release())
    {
        m_thread.setObjectName(QStringLiteral("webhook-sender"));
        m_sender->moveToThread(&m_thread);
        // Direct: stop() blocks the thread that owns m_thread, so a queued quit would never run.
        QObject::connect(m_sender, &WebhookSender::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);
        QObject::connect(&m_thread, &QThread::started, m_sender, &WebhookSender::poll);
        // The sender and its HTTP transport are deleted on their own thread,
        // as its last act: they must not outlive its event dispatcher.
        QObject::connect(&m_thread, &QThread::finished, m_sender, &QObject::deleteLater);
        m_thread.start();
    }
    ~ThreadedDeliveryService() override { stop(); }

    void wake() override
    {
        if (!m_stopped)
            QMetaObject::invokeMethod(m_sender, &WebhookSender::poll, Qt::QueuedConnection);
    }

    void stop() override
    {
        if (m_stopped)
            return;
        m_stopped = true;
        QMetaObject::invokeMethod(m_sender, &WebhookSender::beginStop, Qt::QueuedConnection);
        m_thread.wait();
        m_sender = nullptr;
    }

private:
    QThread m_thread;
    WebhookSender* m_sender; ///< owned by m_thread from start to finish
    bool m_stopped = false;
};
} // namespace

Result<std::unique_ptr<DeliveryService>> DeliveryService::start(const QString& dbPath, const DeliveryOptions& options)
{
    auto db = store::SqliteDatabase::open(dbPath);
    if (!db)
        return db.error();
    if (auto migrated = store::Migrations::migrate(*db.value()); !migrated)
        return migrated.error();
    auto sender = std::make_unique<WebhookSender>(std::move(db.value()), options);
    return std::unique_ptr<DeliveryService>(std::make_unique<ThreadedDeliveryService>(std::move(sender)));
}

} // namespace packdesk::sync
