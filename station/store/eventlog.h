#pragma once

#include "core/domainevent.h"
#include "core/result.h"

#include <QStringList>

namespace packdesk::store {

class SqliteDatabase;
class SqliteStatement;

/// The events table: append-only, details as compact JSON. No transactions of
/// its own: an event is always written together with the change it records.
class EventLog
{
public:
    explicit EventLog(SqliteDatabase& db) : m_db(db) {}

    /// Stores the event as given (orderId/sessionId 0 mean "none").
    Result<void> append(const DomainEvent& event);
    /// Stores the event under this session and order, whatever the event says:
    /// the store's row is the authority on which session an event belongs to.
    Result<void> appendToSession(const DomainEvent& event, qint64 sessionId, qint64 orderId);
    /// Every event of the session, oldest first (by id, which is insertion order:
    /// clocks can step back, the log cannot).
    Result<DomainEvents> session(qint64 sessionId);
    /// Events with fromMs <= at < toMs of the given types (all when empty),
    /// by time, ties in insertion order.
    Result<DomainEvents> between(qint64 fromMs, qint64 toMs, const QStringList& types);

private:
    Result<DomainEvents> readAll(SqliteStatement& st);
    Result<void> insert(const DomainEvent& event, qint64 sessionId, qint64 orderId);

    SqliteDatabase& m_db;
};

} // namespace packdesk::store
