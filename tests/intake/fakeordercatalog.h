#pragma once

#include "core/ordercatalog.h"

#include <map>
#include <optional>

namespace packdesk {

/// An in-memory OrderCatalog with the port's rules (keyed by shop and
/// number, packed/cancelled and in-progress orders left alone, identical
/// content unchanged, all or nothing), recording every call and able to fail.
class FakeOrderCatalog : public OrderCatalog
{
public:
    Result<std::vector<UpsertOutcome>> upsertOrders(const std::vector<Order>& orders) override;

    /// The next call fails with this message and stores nothing.
    void failNextCall(const QString& message) { m_failure = message; }
    void setStatus(const QString& shop, const QString& number, OrderStatus status);

    const Order* find(const QString& shop, const QString& number) const;
    size_t size() const { return m_orders.size(); }
    /// Every batch passed to upsertOrders, failed calls included.
    const std::vector<std::vector<Order>>& calls() const { return m_calls; }

    /// Same content as far as an import is concerned (id and status aside).
    static bool sameContent(const Order& a, const Order& b);

private:
    static QString key(const QString& shop, const QString& number)
    {
        return shop + QLatin1Char('/') + number;
    }

    std::map<QString, Order> m_orders;
    std::vector<std::vector<Order>> m_calls;
    std::optional<QString> m_failure;
    qint64 m_nextId = 1;
};

} // namespace packdesk
