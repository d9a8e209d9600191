#pragma once

#include "core/order.h"
#include "core/result.h"

#include <optional>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::sync {

/// What one API write did (or why it could not).
enum class OrderWriteKind
{
    Created,
    Updated,
    Unchanged, ///< the same content again (natural idempotency): nothing written
    Cancelled,
    AlreadyCancelled, ///< cancelling twice is one cancellation
    NotFound,         ///< cancel of an order the station does not know
    BeingPacked,      ///< a station is packing it: content and status stay
    AlreadyPacked,    ///< packed orders never change
    CancelledBefore,  ///< a cancelled order cannot be changed or revived
};

struct OrderWrite
{
    OrderWriteKind kind = OrderWriteKind::Created;
    OrderStatus status = OrderStatus::Ready; ///< the order's status after the write
};

/// An order's state as the shop may see it.
struct OrderStatusView
{
    QString shop;
    QString number;
    OrderStatus status = OrderStatus::Ready;
    qint64 updatedAtMs = 0;
    std::optional<qint64> packedAtMs;
    std::optional<int> packedWeightGrams; ///< the last weighing of the packing session, when recorded
    QString rmaCode;                      ///< the return code, once a label was made
};

/// The order writes and reads of the API on the shared schema, inside the
/// caller's transaction. Creates and updates follow the import rules of
/// store::OrderImport (docs/order-format.md, "Importing again") with one
/// difference an API needs: the same content again is "unchanged" whatever
/// the status, so a retried create after packing still succeeds, while a
/// *change* to a packed, cancelled or in-progress order is a conflict
/// instead of a silent skip.
class OrderApiStore
{
public:
    explicit OrderApiStore(store::SqliteDatabase& db) : m_db(db) {}

    Result<OrderWrite> upsert(const Order& order, qint64 nowMs);
    Result<OrderWrite> cancel(const QString& shop, const QString& number, qint64 nowMs);
    Result<std::optional<OrderStatusView>> status(const QString& shop, const QString& number);

private:
    store::SqliteDatabase& m_db;
};

} // namespace packdesk::sync
