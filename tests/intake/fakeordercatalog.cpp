#include "fakeordercatalog.h"

namespace packdesk {

bool FakeOrderCatalog::sameContent(const Order& a, const Order& b)
{
    return a.sameContentAs(b);
}

Result<std::vector<UpsertOutcome>> FakeOrderCatalog::upsertOrders(const std::vector<Order>& orders)
{
    m_calls.push_back(orders);
    if (m_failure) {
        const QString message = *m_failure;
        m_failure.reset();
        return Error{QStringLiteral("storage"), message};
    }
    // Work on a copy and swap it in at the end: all or nothing, like a transaction.
    std::map<QString, Order> next = m_orders;
    std::vector<UpsertOutcome> outcomes;
    for (const Order& incoming : orders) {
        UpsertOutcome outcome{incoming.shop, incoming.number, UpsertKind::Created};
        const auto found = next.find(key(incoming.shop, incoming.number));
        if (found == next.end()) {
            Order stored = incoming;
            stored.id = m_nextId++;
            stored.status = OrderStatus::Ready;
            next.emplace(key(incoming.shop, incoming.number), stored);
        } else {
            Order& stored = found->second;
            if (stored.status == OrderStatus::Packed || stored.status == OrderStatus::Cancelled) {
                outcome.kind = UpsertKind::SkippedPacked;
            } else if (stored.status == OrderStatus::Packing) {
                outcome.kind = UpsertKind::SkippedInProgress;
            } else if (sameContent(stored, incoming)) {
                outcome.kind = UpsertKind::Unchanged;
            } else {
                const qint64 id = stored.id;
                const OrderStatus status = stored.status;
                stored = incoming;
                stored.id = id;
                stored.status = status;
                outcome.kind = UpsertKind::Updated;
            }
        }
        outcomes.push_back(outcome);
    }
    m_orders = std::move(next);
    return outcomes;
}

void FakeOrderCatalog::setStatus(const QString& shop, const QString& number, OrderStatus status)
{
    const auto found = m_orders.find(key(shop, number));
    if (found != m_orders.end())
        found->second.status = status;
}

const Order* FakeOrderCatalog::find(const QString& shop, const QString& number) const
{
    const auto found = m_orders.find(key(shop, number));
    return found == m_orders.end() ? nullptr : &found->second;
}

} // namespace packdesk
