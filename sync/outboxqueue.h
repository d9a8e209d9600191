#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::sync {

/// One outbox row as the sender and the CLI see it.
struct OutboxMessage
{
    qint64 id = 0;
    QString messageId; ///< the webhook-id, fixed when the row was written
    QString shop;
    QString orderKey; ///< "shop/number"
    QString type;
    QByteArray payload; ///< the exact body, signed and sent as is
    qint64 createdAtMs = 0;
    QString state;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    int lastStatus = 0;
    QString lastError;
    qint64 deliveredAtMs = 0;
};

/// What one attempt came to, written back in batches.
struct AttemptOutcome
{
    enum class Kind { Delivered, Retry, Dead, EndpointGone };
    qint64 id = 0;
    Kind kind = Kind::Retry;
    int attempts = 0; ///< including this one
    int status = 0;   ///< HTTP status, 0 when none arrived
    QString error;
    qint64 atMs = 0;          ///< when the answer came (delivered_at)
    qint64 nextAttemptAtMs = 0; ///< for Retry
    QString shop;             ///< for EndpointGone
};

/// The outbox table, for the sender and the CLI. One connection, one thread.
class OutboxQueue
{
public:
    explicit OutboxQueue(store::SqliteDatabase& db) : m_db(db) {}

    /// Pending rows due at nowMs whose endpoint is enabled and that are the
    /// oldest undelivered row of their order (events of one order go strictly
    /// one after the other; a dead one holds the rest back until replayed).
    Result<std::vector<OutboxMessage>> due(qint64 nowMs, int limit);
    /// Pending rows for enabled endpoints (what `send --once` waits for).
    Result<qint64> pendingForEnabledEndpoints();
    /// The earliest next attempt after nowMs among pending rows, if any
    /// (rows due already are either fetched or held back by their order).
    Result<std::optional<qint64>> nextDueAfter(qint64 nowMs);

    /// Writes a batch of outcomes in one transaction (one fsync for many).
    Result<void> apply(const std::vector<AttemptOutcome>& outcomes);

    Result<std::vector<OutboxMessage>> list(const QString& state, const QString& orderKey, int limit);
    /// Puts a dead (or delivered) row back to pending with a fresh schedule;
    /// it keeps its message id, so the shop can still de-duplicate.
    Result<int> replay(const QString& messageIdOrRowId, qint64 nowMs);
    Result<int> replayAllDead(qint64 nowMs);

private:
    store::SqliteDatabase& m_db;
};

} // namespace packdesk::sync
