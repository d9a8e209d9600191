#pragma once

#include "core/orderstore.h"

#include <optional>

namespace packdesk::store {

class SqliteDatabase;
struct SessionRow;

/// The pack session rules on top of the tables: who may claim which order,
/// what a resumed session carries, and what one command's events change.
/// Runs inside the caller's transaction (SqliteOrderStore opens one per call).
class SessionRepository
{
public:
    explicit SessionRepository(SqliteDatabase& db) : m_db(db) {}

    /// Claims the order the code names for owner's station, or hands back the
    /// station's own open session on it. Needs a write transaction.
    Result<OpenedSession> open(const QString& orderCode, const SessionOwner& owner, qint64 atMs);
    /// The station's open session with its history, if any.
    Result<std::optional<OpenedSession>> openAt(const QString& station);
    /// Stores one command's events and the state they lead to. Needs a write transaction.
    Result<void> append(qint64 sessionId, const DomainEvents& events, const SessionUpdate& update);

private:
    Result<OpenedSession> load(const SessionRow& row, bool resumed);

    SqliteDatabase& m_db;
};

} // namespace packdesk::store
