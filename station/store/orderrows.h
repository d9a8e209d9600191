#pragma once

#include "core/order.h"
#include "core/result.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace packdesk::store {

class SqliteDatabase;

/// Reads and writes orders with their lines and barcodes (tables orders,
/// order_lines, line_barcodes). No transactions of its own: callers group the
/// calls. Barcodes of a line are a set: stored once each, read back sorted.
class OrderRows
{
public:
    /// What the import needs to know about an order already stored.
    struct Stored
    {
        qint64 id = 0;
        OrderStatus status = OrderStatus::Ready;
        QByteArray contentHash; ///< empty when unknown
    };

    explicit OrderRows(SqliteDatabase& db) : m_db(db) {}

    Result<std::optional<Stored>> find(const QString& shop, const QString& number);
    /// Stores a new order with status ready; returns its id.
    Result<qint64> insert(const Order& order, const QByteArray& contentHash, qint64 nowMs);
    /// Replaces what the shop sent (fields, lines, barcodes); keeps id and status.
    Result<void> replaceContent(qint64 id, const Order& order, const QByteArray& contentHash, qint64 nowMs);
    Result<void> setStatus(qint64 id, OrderStatus status, qint64 nowMs);
    Result<void> setContentHash(qint64 id, const QByteArray& contentHash);

    /// The order with its lines; order_not_found if there is none with this id.
    Result<Order> load(qint64 id);
    /// Ids by ascending id, optionally only those with one status.
    Result<std::vector<qint64>> ids(std::optional<OrderStatus> status, int limit, int offset);

private:
    Result<void> insertLines(qint64 orderId, const std::vector<OrderLine>& lines);
    Result<void> loadLines(Order& order);

    SqliteDatabase& m_db;
};

} // namespace packdesk::store
