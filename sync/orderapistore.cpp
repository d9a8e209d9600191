#include "orderapistore.h"

#include "store/eventlog.h"
#include "store/ordercontenthash.h"
#include "store/orderrows.h"
#include "store/sqlitedatabase.h"

namespace packdesk::sync {

namespace {
constexpr const char* kOrder = "SELECT id, status, updated_at FROM orders WHERE shop = ?1 AND number = ?2";
constexpr const char* kPackedSession =
    "SELECT id, ended_at FROM pack_sessions "
    "WHERE order_id = ?1 AND outcome = 'packed' ORDER BY ended_at DESC LIMIT 1";
constexpr const char* kWeight =
    "SELECT json_extract(details, '$.measured_grams') FROM events "
    "WHERE session_id = ?1 AND type = 'weight.checked' "
    "AND json_extract(details, '$.measured_grams') IS NOT NULL ORDER BY id DESC LIMIT 1";
constexpr const char* kRma = "SELECT rma_code FROM parcel_codes WHERE order_id = ?1";

std::optional<OrderWriteKind> refusal(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Packing:
        return OrderWriteKind::BeingPacked;
    case OrderStatus::Packed:
        return OrderWriteKind::AlreadyPacked;
    case OrderStatus::Cancelled:
        return OrderWriteKind::CancelledBefore;
    case OrderStatus::Ready:
    case OrderStatus::Exception:
        return std::nullopt;
    }
    return std::nullopt;
}
} // namespace

Result<OrderWrite> OrderApiStore::upsert(const Order& order, qint64 nowMs)
{
    store::OrderRows rows(m_db);
    const QByteArray hash = store::OrderContentHash::of(order);
    auto stored = rows.find(order.shop, order.number);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        auto id = rows.insert(order, hash, nowMs);
        if (!id)
            return id.error();
        return OrderWrite{OrderWriteKind::Created, OrderStatus::Ready};
    }
    const auto& existing = *stored.value();
    if (existing.contentHash == hash)
        return OrderWrite{OrderWriteKind::Unchanged, existing.status};
    if (auto refused = refusal(existing.status))
        return OrderWrite{*refused, existing.status};
    if (auto replaced = rows.replaceContent(existing.id, order, hash, nowMs); !replaced)
        return replaced.error();
    return OrderWrite{OrderWriteKind::Updated, existing.status};
}

Result<OrderWrite> OrderApiStore::cancel(const QString& shop, const QString& number, qint64 nowMs)
{
    store::OrderRows rows(m_db);
    auto stored = rows.find(shop, number);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return OrderWrite{OrderWriteKind::NotFound, OrderStatus::Ready};
    const auto& existing = *stored.value();
    if (existing.status == OrderStatus::Cancelled)
        return OrderWrite{OrderWriteKind::AlreadyCancelled, OrderStatus::Cancelled};
    if (auto refused = refusal(existing.status))
        return OrderWrite{*refused, existing.status};
    if (auto set = rows.setStatus(existing.id, OrderStatus::Cancelled, nowMs); !set)
        return set.error();
    // In the same transaction: the event, and through it the outbox row that
    // tells the shop its cancellation took effect (order.cancelled_ack).
    DomainEvent cancelled{EventTypes::OrderCancelled, nowMs, {}, {}, existing.id, 0,
                          {{QStringLiteral("previous_status"), toString(existing.status)}}};
    if (auto logged = store::EventLog(m_db).append(cancelled); !logged)
        return logged.error();
    return OrderWrite{OrderWriteKind::Cancelled, OrderStatus::Cancelled};
}

Result<std::optional<OrderStatusView>> OrderApiStore::status(const QString& shop, const QString& number)
{
    auto order = m_db.prepare(kOrder);
    if (!order)
        return order.error();
    order->bind(1, shop).bind(2, number);
    auto found = order->step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<OrderStatusView>();
    OrderStatusView view;
    view.shop = shop;
    view.number = number;
    const qint64 orderId = order->int64(0);
    orderStatusFromString(order->text(1), &view.status);
    view.updatedAtMs = order->int64(2);
    order->reset();

    auto session = m_db.prepare(kPackedSession);
    if (!session)
        return session.error();
    session->bind(1, orderId);
    auto packed = session->step();
    if (!packed)
        return packed.error();
    if (packed.value()) {
        const qint64 sessionId = session->int64(0);
        view.packedAtMs = session->int64(1);
        session->reset();
        auto weight = m_db.prepare(kWeight);
        if (!weight)
            return weight.error();
        weight->bind(1, sessionId);
        auto weighed = weight->step();
        if (!weighed)
            return weighed.error();
        if (weighed.value())
            view.packedWeightGrams = weight->int32(0);
    }
    auto rma = m_db.prepare(kRma);
    if (!rma)
        return rma.error();
    rma->bind(1, orderId);
    auto hasRma = rma->step();
    if (!hasRma)
        return hasRma.error();
    if (hasRma.value())
        view.rmaCode = rma->text(0);
    return std::optional<OrderStatusView>(std::move(view));
}

} // namespace packdesk::sync
