#pragma once

#include "core/order.h"
#include "core/shopsettings.h"

namespace packdesk::testing {

/// A two-line order: 2 x mug (EAN-13), 1 x tea (UPC-A), shop "acme".
inline Order sampleOrder(qint64 id = 1, const QString& number = QStringLiteral("1001"))
{
    Order order;
    order.id = id;
    order.shop = QStringLiteral("acme");
    order.number = number;
    order.customer.name = QStringLiteral("Bjørn Ødegård");
    order.customer.email = QStringLiteral("bjorn@example.com");
    order.customer.locale = QStringLiteral("nb-NO");
    order.shippingAddress = {QStringLiteral("Bjørn Ødegård"), QStringLiteral("Storgata 1"), {},
                             QStringLiteral("0155"), QStringLiteral("Oslo"), {}, QStringLiteral("NO")};
    OrderLine mug;
    mug.sku = QStringLiteral("MUG-1");
    mug.name = QStringLiteral("Mug");
    mug.barcodes = {QStringLiteral("4006381333931")};
    mug.quantity = 2;
    mug.unitWeightGrams = 300;
    mug.fragile = true;
    OrderLine tea;
    tea.sku = QStringLiteral("TEA-7");
    tea.name = QStringLiteral("Tea");
    tea.barcodes = {QStringLiteral("036000291452")};
    tea.quantity = 1;
    tea.unitWeightGrams = 100;
    order.lines = {mug, tea};
    return order;
}

/// Mug 2x300 + tea 100 + box M 210 + materials 15 = 925 g expected.
inline constexpr int kSampleExpectedGramsWithBoxM = 925;

} // namespace packdesk::testing
