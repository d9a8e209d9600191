#pragma once

// The typical order of a thank-you card, shared by the card tests and the
// card benchmark (bench/printing_bench_cards.cpp). No test framework here.

#include "core/order.h"

namespace packdesk::testing {

/// A returning customer's coffee and ceramics order with a gift message,
/// a discount code and a survey URL.
inline Order cardOrder()
{
    Order order;
    order.shop = QStringLiteral("acme");
    order.number = QStringLiteral("A-1042");
    order.customer.name = QStringLiteral("Anna van Dijk");
    order.customer.locale = QStringLiteral("en");
    order.customer.previousOrders = 2;
    const auto line = [](const QString& name, int quantity, const QString& category) {
        OrderLine l;
        l.sku = name.left(3).toUpper();
        l.name = name;
        l.quantity = quantity;
        l.category = category;
        return l;
    };
    order.lines = {line(QStringLiteral("Ethiopia Yirgacheffe beans 250 g"), 2, QStringLiteral("coffee")),
                   line(QStringLiteral("Stoneware mug, sea green"), 1, QStringLiteral("ceramics")),
                   line(QStringLiteral("Paper filters"), 1, QString())};
    order.giftMessage = QStringLiteral("Happy birthday, love from Sam");
    order.surveyUrlTemplate = QStringLiteral("https://survey.example.com/s/{token}");
    order.discountCode = QStringLiteral("THANKS10");
    return order;
}

} // namespace packdesk::testing
