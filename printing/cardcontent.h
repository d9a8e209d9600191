#pragma once

#include "core/order.h"
#include "core/parcelcodes.h"
#include "core/result.h"
#include "shopprofile.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace packdesk::printing {

/// What one order puts on its card, before any template text: the values
/// of the template fields, first-time vs returning, the item lines, the
/// product categories (for the tips) and the survey URL.
struct CardContent
{
    struct Item
    {
        int quantity = 0;
        QString name; ///< plain text (TemplateText::plainValue)
    };

    /// first_name, customer_name, order_number, shop_name, discount_code,
    /// gift_message, item_count; a value the order lacks is empty.
    QHash<QString, QString> fields;
    bool firstTimeCustomer = true;
    std::vector<Item> items;
    QStringList categories; ///< lower case, in order of first appearance
    /// order.surveyUrlTemplate with {token} replaced by the percent-encoded
    /// survey token; empty when the order has no URL template or no token.
    QString surveyUrl;

    bool hasGiftMessage() const { return !fields.value(QStringLiteral("gift_message")).isEmpty(); }
    bool hasDiscountCode() const { return !fields.value(QStringLiteral("discount_code")).isEmpty(); }

    /// survey_url_invalid when the order's survey URL template has no {token}
    /// (every customer would get the same, guessable link).
    static Result<CardContent> fromOrder(const Order& order, const ShopProfile& shop,
                                         const ParcelCodes& codes);
    /// The first word of a customer's name ("Anna" of "Anna van Dijk").
    static QString firstNameOf(const QString& customerName);
};

} // namespace packdesk::printing
