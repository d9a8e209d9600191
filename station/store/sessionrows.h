#pragma once

#include "core/orderstore.h"
#include "core/packstate.h"
#include "core/result.h"

#include <functional>
#include <optional>

namespace packdesk::store {

class SqliteDatabase;
class SqliteStatement;

/// A row of pack_sessions, with the packer's name for messages.
struct SessionRow
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString station;
    QString packer;     ///< badge
    QString packerName; ///< the badge again when the packer is not (or no longer) known
    PackState state = PackState::Verifying;
    qint64 startedAtMs = 0;
    bool ended = false;
};

/// Where and when an order was last packed, for the "already packed" message.
struct PackedAt
{
    QString station;
    qint64 atMs = 0;
};

/// Reads and writes pack_sessions. An open session (ended_at IS NULL) is the
/// claim; the partial unique indexes make a second open session for the same
/// order or station impossible. No transactions of its own.
class SessionRows
{
public:
    explicit SessionRows(SqliteDatabase& db) : m_db(db) {}

    Result<std::optional<SessionRow>> openForOrder(qint64 orderId);
    Result<std::optional<SessionRow>> openAtStation(const QString& station);
    Result<std::optional<SessionRow>> byId(qint64 sessionId);
    Result<std::optional<PackedAt>> lastPacked(qint64 orderId);

    /// A new open session in state verifying; returns its id.
    Result<qint64> insert(qint64 orderId, const SessionOwner& owner, qint64 startedAtMs);
    /// Moves the session to a state; when endedAtMs is given it is closed with
    /// that state as its outcome, which releases the claim.
    Result<void> update(qint64 sessionId, PackState state, std::optional<qint64> endedAtMs);

private:
    Result<std::optional<SessionRow>> one(const char* sql, const std::function<void(SqliteStatement&)>& bind);

    SqliteDatabase& m_db;
};

} // namespace packdesk::store
