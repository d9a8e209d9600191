#include "sessionrows.h"

#include "sqlitedatabase.h"

namespace packdesk::store {

namespace {
#define PACKDESK_SESSION_SELECT                                                                              \
    "SELECT s.id, s.order_id, s.station, s.packer, COALESCE(p.name, s.packer), s.state, s.started_at, "      \
    "s.ended_at IS NOT NULL FROM pack_sessions s LEFT JOIN packers p ON p.badge = s.packer "
// "ended_at IS NULL" spelled out so SQLite can use the partial unique indexes.
constexpr const char* kOpenForOrder = PACKDESK_SESSION_SELECT "WHERE s.order_id = ?1 AND s.ended_at IS NULL";
constexpr const char* kOpenAtStation = PACKDESK_SESSION_SELECT "WHERE s.station = ?1 AND s.ended_at IS NULL";
constexpr const char* kById = PACKDESK_SESSION_SELECT "WHERE s.id = ?1";
#undef PACKDESK_SESSION_SELECT
constexpr const char* kLastPacked =
    "SELECT station, ended_at FROM pack_sessions "
    "WHERE order_id = ?1 AND outcome = 'packed' ORDER BY ended_at DESC LIMIT 1";
constexpr const char* kInsert = "INSERT INTO pack_sessions (order_id, station, packer, state, started_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr const char* kUpdate = "UPDATE pack_sessions SET state = ?1 WHERE id = ?2";
constexpr const char* kEnd = "UPDATE pack_sessions SET state = ?1, ended_at = ?3, outcome = ?1 WHERE id = ?2";
} // namespace

Result<std::optional<SessionRow>> SessionRows::one(const char* sql,
                                                   const std::function<void(SqliteStatement&)>& bind)
{
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    bind(st.value());
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<SessionRow>();
    SessionRow session;
    session.id = st->int64(0);
    session.orderId = st->int64(1);
    session.station = st->text(2);
    session.packer = st->text(3);
    session.packerName = st->text(4);
    if (!packStateFromString(st->text(5), &session.state))
        return Error{
            QStringLiteral("storage"),
            QStringLiteral("Stored session state '%1' is not known to this build.").arg(st->text(5))};
    session.startedAtMs = st->int64(6);
    session.ended = st->boolean(7);
    return std::optional<SessionRow>(std::move(session));
}

Result<std::optional<SessionRow>> SessionRows::openForOrder(qint64 orderId)
{
    return one(kOpenForOrder, [&](SqliteStatement& st) { st.bind(1, orderId); });
}

Result<std::optional<SessionRow>> SessionRows::openAtStation(const QString& station)
{
    return one(kOpenAtStation, [&](SqliteStatement& st) { st.bind(1, station); });
}

Result<std::optional<SessionRow>> SessionRows::byId(qint64 sessionId)
{
    return one(kById, [&](SqliteStatement& st) { st.bind(1, sessionId); });
}

Result<std::optional<PackedAt>> SessionRows::lastPacked(qint64 orderId)
{
    auto st = m_db.prepare(kLastPacked);
    if (!st)
        return st.error();
    auto row = st->bind(1, orderId).step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<PackedAt>();
    return std::optional<PackedAt>(PackedAt{st->text(0), st->int64(1)});
}

Result<qint64> SessionRows::insert(qint64 orderId, const SessionOwner& owner, qint64 startedAtMs)
{
    auto st = m_db.prepare(kInsert);
    if (!st)
        return st.error();
    st->bind(1, orderId).bind(2, owner.station).bind(3, owner.packer);
    st->bind(4, toString(PackState::Verifying)).bind(5, startedAtMs);
    if (auto done = st->run(); !done)
        return done.error();
    return m_db.lastInsertId();
}

Result<void> SessionRows::update(qint64 sessionId, PackState state, std::optional<qint64> endedAtMs)
{
    auto st = m_db.prepare(endedAtMs ? kEnd : kUpdate);
    if (!st)
        return st.error();
    st->bind(1, toString(state)).bind(2, sessionId);
    if (endedAtMs)
        st->bind(3, *endedAtMs);
    return st->run();
}

} // namespace packdesk::store
