#include "eventlog.h"

#include "outboxwriter.h"
#include "sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace packdesk::store {

namespace {
constexpr const char* kInsert =
    "INSERT INTO events (at, type, station, packer, order_id, session_id, details) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
#define PACKDESK_EVENT_SELECT "SELECT at, type, station, packer, order_id, session_id, details FROM events "
constexpr const char* kSession = PACKDESK_EVENT_SELECT "WHERE session_id = ?1 ORDER BY id";
constexpr const char* kBetween = PACKDESK_EVENT_SELECT "WHERE at >= ?1 AND at < ?2 ORDER BY at, id";
// The types come as one JSON array parameter: a list stays a bound value, and
// the (type, at) index serves each type of it.
constexpr const char* kBetweenOfTypes = PACKDESK_EVENT_SELECT
    "WHERE type IN (SELECT value FROM json_each(?3)) AND at >= ?1 AND at < ?2 ORDER BY at, id";
#undef PACKDESK_EVENT_SELECT
} // namespace

Result<void> EventLog::append(const DomainEvent& event)
{
    return insert(event, event.sessionId, event.orderId);
}

Result<void> EventLog::appendToSession(const DomainEvent& event, qint64 sessionId, qint64 orderId)
{
    return insert(event, sessionId, orderId);
}

Result<void> EventLog::insert(const DomainEvent& event, qint64 sessionId, qint64 orderId)
{
    auto st = m_db.prepare(kInsert);
    if (!st)
        return st.error();
    st->bind(1, event.atMs).bind(2, event.type).bind(3, event.station).bind(4, event.packer);
    st->bindIdOrNull(5, orderId).bindIdOrNull(6, sessionId);
    st->bindUtf8(7, QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    if (auto stored = st->run(); !stored)
        return stored;
    // Every event passes here inside the transaction of its change, so hooking
    // the outbox in one place means no writer of an outbound event can forget it.
    return OutboxWriter(m_db).record(event, sessionId, orderId);
}

Result<DomainEvents> EventLog::session(qint64 sessionId)
{
    auto st = m_db.prepare(kSession);
    if (!st)
        return st.error();
    st->bind(1, sessionId);
    return readAll(st.value());
}

Result<DomainEvents> EventLog::between(qint64 fromMs, qint64 toMs, const QStringList& types)
{
    auto st = m_db.prepare(types.isEmpty() ? kBetween : kBetweenOfTypes);
    if (!st)
        return st.error();
    st->bind(1, fromMs).bind(2, toMs);
    if (!types.isEmpty())
        st->bindUtf8(3, QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
    return readAll(st.value());
}

Result<DomainEvents> EventLog::readAll(SqliteStatement& st)
{
    DomainEvents events;
    auto rows = st.forEachRow([&](SqliteStatement& row) {
        DomainEvent event;
        event.atMs = row.int64(0);
        event.type = row.text(1);
        event.station = row.text(2);
        event.packer = row.text(3);
        event.orderId = row.int64(4); // NULL reads as 0, the "none" of DomainEvent
        event.sessionId = row.int64(5);
        event.details = QJsonDocument::fromJson(row.blob(6)).object();
        events.push_back(std::move(event));
    });
    if (!rows)
        return rows.error();
    return events;
}

} // namespace packdesk::store
