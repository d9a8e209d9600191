#include "cardcontent.h"

#include "templatetext.h"

#include <QUrl>

namespace packdesk::printing {

QString CardContent::firstNameOf(const QString& customerName)
{
    return TemplateText::plainValue(customerName).section(QLatin1Char(' '), 0, 0);
}

Result<CardContent> CardContent::fromOrder(const Order& order, const ShopProfile& shop,
                                           const ParcelCodes& codes)
{
    CardContent content;
    const auto plain = [](const QString& value) { return TemplateText::plainValue(value); };
    content.fields.insert(QStringLiteral("first_name"), firstNameOf(order.customer.name));
    content.fields.insert(QStringLiteral("customer_name"), plain(order.customer.name));
    content.fields.insert(QStringLiteral("order_number"), plain(order.number));
    content.fields.insert(QStringLiteral("shop_name"), plain(shop.displayName));
    content.fields.insert(QStringLiteral("discount_code"), plain(order.discountCode));
    content.fields.insert(QStringLiteral("gift_message"), plain(order.giftMessage));
    content.fields.insert(QStringLiteral("item_count"), QString::number(order.totalItems()));
    content.firstTimeCustomer = order.customer.isFirstTime();

    for (const OrderLine& line : order.lines) {
        if (line.quantity <= 0)
            continue;
        content.items.push_back({line.quantity, plain(line.name.isEmpty() ? line.sku : line.name)});
        const QString category = line.category.trimmed().toLower();
        if (!category.isEmpty() && !content.categories.contains(category))
            content.categories << category;
    }

    const QString token = codes.surveyToken.trimmed();
    if (!order.surveyUrlTemplate.trimmed().isEmpty() && !token.isEmpty()) {
        if (!order.surveyUrlTemplate.contains(QLatin1String("{token}")))
            return Error{
                QStringLiteral("survey_url_invalid"),
                QStringLiteral("The survey URL template of order %1 has no {token}; every customer would get "
                               "the same link. Fix the shop's survey URL.")
                    .arg(order.reference())};
        content.surveyUrl = order.surveyUrlTemplate.trimmed();
        content.surveyUrl.replace(QLatin1String("{token}"),
                                  QString::fromLatin1(QUrl::toPercentEncoding(token)));
    }
    return content;
}

} // namespace packdesk::printing
