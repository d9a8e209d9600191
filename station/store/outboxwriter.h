#pragma once

#include "core/domainevent.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace packdesk::store {

class SqliteDatabase;

/// Writes the outbox rows that become webhooks to the shops. Called by
/// EventLog for every event it stores, inside the transaction of the change
/// the event records: the row exists exactly when that change committed.
class OutboxWriter
{
public:
    /// The event type names a shop hears about (docs/webhooks.md).
    static bool isOutbound(const QString& eventType);
    /// The webhook type an outbound event is delivered as.
    static QString webhookType(const QString& eventType);

    explicit OutboxWriter(SqliteDatabase& db) : m_db(db) {}

    /// Adds the outbox row for an outbound event (does nothing for other types).
    Result<void> record(const DomainEvent& event, qint64 sessionId, qint64 orderId);

    /// Adds one row with a body frozen now; the message id is made here, once.
    Result<QString> enqueue(const QString& shop, const QString& orderKey, const QString& type,
                            const QByteArray& body, qint64 atMs);

    /// "msg_" + 24 random base62 characters: the webhook-id, never reused.
    static QString newMessageId();

private:
    SqliteDatabase& m_db;
};

} // namespace packdesk::store
