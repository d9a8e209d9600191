#include "orderimport.h"

#include "ordercontenthash.h"
#include "orderrows.h"

namespace packdesk::store {

Result<std::vector<UpsertOutcome>> OrderImport::run(const std::vector<Order>& orders, qint64 nowMs)
{
    std::vector<UpsertOutcome> outcomes;
    outcomes.reserve(orders.size());
    for (const Order& order : orders) {
        auto kind = upsert(order, nowMs);
        if (!kind) {
            // Shop and number say which order broke the batch; never the customer's data.
            return Error{kind.error().code,
                         QStringLiteral("Order %1/%2 could not be stored, so none of the %3 "
                                        "orders were: %4")
                             .arg(order.shop, order.number)
                             .arg(orders.size())
                             .arg(kind.error().message)};
        }
        outcomes.push_back(UpsertOutcome{order.shop, order.number, kind.value()});
    }
    return outcomes;
}

Result<UpsertKind> OrderImport::upsert(const Order& order, qint64 nowMs)
{
    OrderRows rows(m_db);
    const QByteArray hash = OrderContentHash::of(order);
    auto stored = rows.find(order.shop, order.number);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        auto id = rows.insert(order, hash, nowMs);
        if (!id)
            return id.error();
        return UpsertKind::Created;
    }
    const OrderRows::Stored& existing = *stored.value();
    switch (existing.status) {
    case OrderStatus::Packed:
    case OrderStatus::Cancelled:
        return UpsertKind::SkippedPacked;
    case OrderStatus::Packing:
        // Changing lines under a packer's hands would invalidate their scans.
        return UpsertKind::SkippedInProgress;
    case OrderStatus::Ready:
    case OrderStatus::Exception:
        break;
    }
    if (existing.contentHash == hash)
        return UpsertKind::Unchanged;
    if (auto replaced = rows.replaceContent(existing.id, order, hash, nowMs); !replaced)
        return replaced.error();
    return UpsertKind::Updated;
}

} // namespace packdesk::store
