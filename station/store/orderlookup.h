#pragma once

#include "core/order.h"
#include "core/result.h"

namespace packdesk::store {

class SqliteDatabase;

/// The few facts the claim needs about an order, without loading its lines.
struct OrderRef
{
    qint64 id = 0;
    QString shop;
    QString number;
    OrderStatus status = OrderStatus::Ready;

    QString reference() const { return shop + QLatin1Char('/') + number; }
};

/// Finds the order a packer scanned. The packing slip's barcode may carry the
/// bare order number or "shop/number"; numbers are unique per shop only, so a
/// bare number two shops share is ambiguous rather than a guess.
class OrderLookup
{
public:
    explicit OrderLookup(SqliteDatabase& db) : m_db(db) {}

    /// order_not_found or order_ambiguous (with a message for the packer) when
    /// the code names no single order.
    Result<OrderRef> byScannedCode(const QString& code);
    /// The one order with this number in any shop: order_not_found or order_ambiguous otherwise.
    Result<OrderRef> byNumber(const QString& number);
    /// order_not_found when there is no order with this id.
    Result<OrderRef> byId(qint64 id);

private:
    SqliteDatabase& m_db;
};

} // namespace packdesk::store
