#include "outboxqueue.h"

#include "store/sqlitedatabase.h"
#include "store/transaction.h"

namespace packdesk::sync {

namespace {
#define PACKDESK_OUTBOX_COLUMNS                                                                                      \
    "o.id, o.message_id, o.shop, o.order_key, o.type, o.payload, o.created_at, o.state, o.attempts, "                \
    "o.next_attempt_at, o.last_status, o.last_error, o.delivered_at "
// The NOT EXISTS walks outbox_by_order (order_key, id): only the head of each
// order's queue is ever due. INDEXED BY: without statistics SQLite picks the
// (state, created_at) index for state = 'pending' and sorts every pending row
// on each read, which made the sender 10x slower with a deep queue.
constexpr const char* kDue =
    "SELECT " PACKDESK_OUTBOX_COLUMNS "FROM outbox o INDEXED BY outbox_due "
    "JOIN webhook_endpoints e ON e.shop = o.shop AND e.enabled = 1 "
    "WHERE o.state = 'pending' AND o.next_attempt_at <= ?1 "
    "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.order_key = o.order_key AND p.id < o.id "
    "                AND p.state IN ('pending', 'dead')) "
    "ORDER BY o.next_attempt_at, o.id LIMIT ?2";
constexpr const char* kPendingEnabled =
    "SELECT count(*) FROM outbox o INDEXED BY outbox_due JOIN webhook_endpoints e ON e.shop = o.shop AND e.enabled = 1 "
    "WHERE o.state = 'pending'";
constexpr const char* kNextDue = "SELECT min(next_attempt_at) FROM outbox INDEXED BY outbox_due WHERE state = 'pending' AND next_attempt_at > ?1";
constexpr const char* kDelivered =
    "UPDATE outbox SET state = 'delivered', attempts = ?2, last_status = ?3, last_error = '', delivered_at = ?4 "
    "WHERE id = ?1 AND state = 'pending'";
constexpr const char* kRetry =
    "UPDATE outbox SET attempts = ?2, last_status = ?3, last_error = ?4, next_attempt_at = ?5 "
    "WHERE id = ?1 AND state = 'pending'";
constexpr const char* kDead = "UPDATE outbox SET state = 'dead', attempts = ?2, last_status = ?3, last_error = ?4 "
                              "WHERE id = ?1 AND state = 'pending'";
constexpr const char* kGone = "UPDATE outbox SET last_status = ?2, last_error = ?3 WHERE id = ?1";
constexpr const char* kDisable =
    "UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ?2, updated_at = ?3 WHERE shop = ?1";
constexpr const char* kList = "SELECT " PACKDESK_OUTBOX_COLUMNS "FROM outbox o "
                              "WHERE (coalesce(?1, '') = '' OR o.state = ?1) AND (coalesce(?2, '') = '' OR o.order_key = ?2) "
                              "ORDER BY o.id DESC LIMIT ?3";
constexpr const char* kReplay =
    "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?2, last_error = '' "
    "WHERE (message_id = ?1 OR CAST(id AS TEXT) = ?1) AND state IN ('dead', 'delivered')";
constexpr const char* kReplayDead =
    "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?1, last_error = '' WHERE state = 'dead'";
#undef PACKDESK_OUTBOX_COLUMNS

OutboxMessage readMessage(store::SqliteStatement& row)
{
    OutboxMessage m;
    m.id = row.int64(0);
    m.messageId = row.text(1);
    m.shop = row.text(2);
    m.orderKey = row.text(3);
    m.type = row.text(4);
    m.payload = row.blob(5);
    m.createdAtMs = row.int64(6);
    m.state = row.text(7);
    m.attempts = row.int32(8);
    m.nextAttemptAtMs = row.int64(9);
    m.lastStatus = row.int32(10);
    m.lastError = row.text(11);
    m.deliveredAtMs = row.int64(12);
    return m;
}

Result<std::vector<OutboxMessage>> readAll(store::SqliteStatement& st)
{
    std::vector<OutboxMessage> messages;
    auto rows = st.forEachRow([&](store::SqliteStatement& row) { messages.push_back(readMessage(row)); });
    if (!rows)
        return rows.error();
    return messages;
}

Result<void> applyOne(store::SqliteDatabase& db, const AttemptOutcome& o)
{
    using Kind = AttemptOutcome::Kind;
    switch (o.kind) {
    case Kind::Delivered: {
        auto st = db.prepare(kDelivered);
        if (!st)
            return st.error();
        return st->bind(1, o.id).bind(2, o.attempts).bind(3, o.status).bind(4, o.atMs).run();
    }
    case Kind::Retry: {
        auto st = db.prepare(kRetry);
        if (!st)
            return st.error();
        return st->bind(1, o.id).bind(2, o.attempts).bind(3, o.status).bind(4, o.error).bind(5, o.nextAttemptAtMs).run();
    }
    case Kind::Dead: {
        auto st = db.prepare(kDead);
        if (!st)
            return st.error();
        return st->bind(1, o.id).bind(2, o.attempts).bind(3, o.status).bind(4, o.error).run();
    }
    case Kind::EndpointGone: {
        // The event is not dropped and the attempt not counted: it waits,
        // pending, until someone re-enables the endpoint.
        auto st = db.prepare(kGone);
        if (!st)
            return st.error();
        if (auto marked = st->bind(1, o.id).bind(2, o.status).bind(3, o.error).run(); !marked)
            return marked;
        auto disable = db.prepare(kDisable);
        if (!disable)
            return disable.error();
        return disable->bind(1, o.shop).bind(2, o.error).bind(3, o.atMs).run();
    }
    }
    return {};
}
} // namespace

Result<std::vector<OutboxMessage>> OutboxQueue::due(qint64 nowMs, int limit)
{
    auto st = m_db.prepare(kDue);
    if (!st)
        return st.error();
    st->bind(1, nowMs).bind(2, limit);
    return readAll(st.value());
}

Result<qint64> OutboxQueue::pendingForEnabledEndpoints()
{
    auto st = m_db.prepare(kPendingEnabled);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

Result<std::optional<qint64>> OutboxQueue::nextDueAfter(qint64 nowMs)
{
    auto st = m_db.prepare(kNextDue);
    if (!st)
        return st.error();
    st->bind(1, nowMs);
    auto row = st->step();
    if (!row)
        return row.error();
    if (st->isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(st->int64(0));
}

Result<void> OutboxQueue::apply(const std::vector<AttemptOutcome>& outcomes)
{
    if (outcomes.empty())
        return {};
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const AttemptOutcome& outcome : outcomes) {
        if (auto applied = applyOne(m_db, outcome); !applied)
            return applied;
    }
    return tx->commit();
}

Result<std::vector<OutboxMessage>> OutboxQueue::list(const QString& state, const QString& orderKey, int limit)
{
    auto st = m_db.prepare(kList);
    if (!st)
        return st.error();
    st->bind(1, state).bind(2, orderKey).bind(3, limit);
    return readAll(st.value());
}

Result<int> OutboxQueue::replay(const QString& messageIdOrRowId, qint64 nowMs)
{
    auto st = m_db.prepare(kReplay);
    if (!st)
        return st.error();
    if (auto ran = st->bind(1, messageIdOrRowId).bind(2, nowMs).run(); !ran)
        return ran.error();
    return m_db.changes();
}

Result<int> OutboxQueue::replayAllDead(qint64 nowMs)
{
    auto st = m_db.prepare(kReplayDead);
    if (!st)
        return st.error();
    if (auto ran = st->bind(1, nowMs).run(); !ran)
        return ran.error();
    return m_db.changes();
}

} // namespace packdesk::sync
