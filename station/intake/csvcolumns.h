#pragma once

#include "raworder.h"

#include <QLatin1StringView>
#include <QString>

namespace packdesk {

/// The columns of a CSV order file and where each lands in the JSON shape.
/// One row per order line; the order-level columns repeat on every row.
class CsvColumns
{
public:
    enum Id
    {
        // Order level: must be identical on every row of one order.
        Shop,
        Number,
        CustomerName,
        CustomerEmail,
        CustomerLocale,
        PreviousOrders,
        ShipName,
        ShipLine1,
        ShipLine2,
        ShipPostalCode,
        ShipCity,
        ShipRegion,
        ShipCountry,
        GiftMessage,
        ReturnWindowDays,
        SurveyUrlTemplate,
        ReturnPortalUrlTemplate,
        DiscountCode,
        // Line level: one order line per row.
        Sku,
        Name,
        Barcodes,
        Quantity,
        UnitWeightGrams,
        Fragile,
        Category,
        Count
    };
    static constexpr int orderLevelCount = Sku;

    struct Column
    {
        QLatin1StringView name;            ///< header text, e.g. "ship_city"
        QLatin1StringView parent;          ///< "", "customer", "shipping_address" or "lines"
        QLatin1StringView key;             ///< field name inside parent
        bool required;                     ///< the header must have it
        RawValue RawOrder::*orderField;    ///< where an order-level value goes
        RawValue RawOrderLine::*lineField; ///< where a line-level value goes
    };

    static const Column& at(int id);
    /// The column with this (trimmed, lower-case) header name, or -1.
    static int find(QStringView headerName);
    /// "lines[2].quantity" -> "quantity", "customer.email" -> "customer_email";
    /// empty when no single column holds the field.
    static QString columnForPath(QStringView path);
};

} // namespace packdesk
