#pragma once

#include "core/ordercatalog.h"

namespace packdesk::store {

class SqliteDatabase;

/// The import rules for one batch of incoming orders, keyed by (shop, number):
/// new orders are created ready; packed and cancelled orders are never
/// touched; an order a station is packing is left alone; an order whose
/// content hash matches is not rewritten; anything else gets its content (and
/// lines) replaced, keeping its status.
///
/// Runs inside the caller's write transaction, so a failure anywhere leaves
/// nothing of the batch behind.
class OrderImport
{
public:
    explicit OrderImport(SqliteDatabase& db) : m_db(db) {}

    Result<std::vector<UpsertOutcome>> run(const std::vector<Order>& orders, qint64 nowMs);

private:
    Result<UpsertKind> upsert(const Order& order, qint64 nowMs);

    SqliteDatabase& m_db;
};

} // namespace packdesk::store
