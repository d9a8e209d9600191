#pragma once

#include "core/domainevent.h"
#include "core/order.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace packdesk::store {

class SqliteDatabase;

/// Builds the `data` of each outbound webhook from the store, as it is at the
/// moment the event is recorded. The field names follow what the shops'
/// fulfilment APIs ask for (docs/webhooks.md maps them one to one); no
/// customer personal data beyond the order number.
class OutboxPayload
{
public:
    /// Bumped when a field changes meaning or disappears (adding one does not).
    static constexpr int kSchemaVersion = 1;

    explicit OutboxPayload(SqliteDatabase& db) : m_db(db) {}

    /// `data` for the event of this order (and session, 0 when none).
    Result<QJsonObject> dataFor(const QString& webhookType, const DomainEvent& event, const Order& order,
                                qint64 sessionId);

    /// The exact body that is signed and sent: {"type", "timestamp", "data"}.
    static QByteArray body(const QString& webhookType, qint64 atMs, const QJsonObject& data);
    /// RFC 3339 UTC with milliseconds, e.g. 2026-03-02T09:15:04.120Z.
    static QString isoTime(qint64 ms);

private:
    Result<QJsonObject> packed(const DomainEvent& event, const Order& order, qint64 sessionId);
    Result<QString> rmaCode(qint64 orderId);

    SqliteDatabase& m_db;
};

} // namespace packdesk::store
