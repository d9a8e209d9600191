#pragma once

#include "deliveryservice.h"
#include "httptransport.h"
#include "outboxqueue.h"
#include "retryschedule.h"
#include "webhookendpoints.h"
#include "webhooksigner.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::sync {

/// Delivers due outbox rows as signed HTTP POSTs through an HttpTransport
/// (libcurl's), on the thread it lives on (it needs that thread's event
/// loop). Keeps per-endpoint concurrency, sends events of one order strictly
/// one after the other, and writes the outcomes back in batches: one commit
/// (one fsync) covers many answers.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    WebhookSender(std::unique_ptr<store::SqliteDatabase> db, const DeliveryOptions& options);
    ~WebhookSender() override;

    /// Reads the outbox now and sends what is due.
    Q_INVOKABLE void poll();
    /// Stops taking new work; emits stopped() once the requests in flight ended.
    Q_INVOKABLE void beginStop();

    /// The last storage error, for a CLI summary (empty when none).
    QString lastError() const { return m_lastError; }
    qint64 delivered() const { return m_delivered; }
    qint64 failedAttempts() const { return m_failedAttempts; }

Q_SIGNALS:
    /// Nothing in flight and nothing pending for an enabled endpoint.
    void drained();
    void stopped();

private:
    struct Endpoint
    {
        WebhookEndpoint config;
        std::optional<WebhookSigner> signer;
        int inFlight = 0;
    };

    void fetch();
    void dispatch();
    void send(const OutboxMessage& message, Endpoint& endpoint);
    void onFinished(const HttpResponse& response, const OutboxMessage& message);
    AttemptOutcome judge(const HttpResponse& response, const OutboxMessage& message, qint64 nowMs) const;
    void record(AttemptOutcome outcome);
    void flush();
    void reloadEndpoints();
    void armPollTimer();
    void checkIdle();
    HttpTransport& transport();

    std::unique_ptr<store::SqliteDatabase> m_db;
    OutboxQueue m_queue;
    DeliveryOptions m_options;
    RetrySchedule m_schedule;
    QHash<QString, Endpoint> m_endpoints;
    std::deque<OutboxMessage> m_ready;    ///< fetched, waiting for a free slot of their endpoint
    QSet<qint64> m_busy;                  ///< ids ready, in flight or with an unwritten outcome
    std::vector<AttemptOutcome> m_outcomes;
    QTimer m_pollTimer;
    QTimer m_flushTimer;
    int m_inFlight = 0;
    bool m_stopping = false;
    QString m_lastError;
    qint64 m_delivered = 0;
    qint64 m_failedAttempts = 0;
    /// Made on first use, so on the sender's own thread (its socket
    /// notifiers and timer belong there); destroyed first, without callbacks.
    std::unique_ptr<HttpTransport> m_transport;
};

} // namespace packdesk::sync
