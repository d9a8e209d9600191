#pragma once

#include "core/result.h"

#include <QtGlobal>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::stats {

/// Folds new events and outbox rows into the stats read models (v6 tables,
/// see docs/stats.md): one stats_sessions row per ended pack session, its
/// defects, and hourly rollups. Remembers how far it got (stats_cursor), so
/// each call only reads what was written since the last one: the write path
/// of packing never waits for it. Works in chunks, one transaction each.
class StatsIndexer
{
public:
    explicit StatsIndexer(store::SqliteDatabase& db);

    /// Catches up with everything recorded so far.
    Result<void> catchUp();

    /// The outbox id below which every row is folded into the rollup (rows
    /// after it are read directly by the queries).
    Result<qint64> outboxPosition();

private:
    Result<qint64> position(const char* name);
    Result<void> setPosition(const char* name, qint64 value);
    Result<bool> foldEventChunk(qint64 lastEventId);
    Result<bool> foldOutboxChunk();

    store::SqliteDatabase& m_db;
};

} // namespace packdesk::stats
