#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace packdesk {

/// Where the parcel goes. Personal data: never logged, purged after retention.
struct ShippingAddress
{
    QString name;
    QString line1;
    QString line2;
    QString postalCode;
    QString city;
    QString region;
    QString country; ///< ISO 3166-1 alpha-2

    friend bool operator==(const ShippingAddress&, const ShippingAddress&) = default;
};

struct Customer
{
    QString name;
    QString email;
    QString locale = QStringLiteral("en"); ///< BCP 47, e.g. "nb-NO"; the card's language
    int previousOrders = 0;                ///< orders before this one at the same shop

    bool isFirstTime() const { return previousOrders == 0; }
    friend bool operator==(const Customer&, const Customer&) = default;
};

/// One product on an order, with every barcode that identifies it.
struct OrderLine
{
    QString sku;
    QString name;
    QStringList barcodes; ///< GTINs and/or internal codes, as the shop sent them
    int quantity = 0;
    int unitWeightGrams = 0;
    bool fragile = false;
    QString category; ///< selects the card's care/usage tip

    friend bool operator==(const OrderLine&, const OrderLine&) = default;
};

/// Lifecycle of an order in the warehouse.
enum class OrderStatus { Ready, Packing, Packed, Exception, Cancelled };

QString toString(OrderStatus status);
bool orderStatusFromString(const QString& text, OrderStatus* status);

/// An order as the shop sent it, plus what the warehouse needs to pack it.
struct Order
{
    qint64 id = 0; ///< store's key; 0 until stored
    QString shop;
    QString number; ///< unique per shop
    OrderStatus status = OrderStatus::Ready;
    Customer customer;
    ShippingAddress shippingAddress;
    std::vector<OrderLine> lines;
    QString giftMessage;
    int returnWindowDays = 30;
    QString surveyUrlTemplate;       ///< contains "{token}"
    QString returnPortalUrlTemplate; ///< contains "{rma}"
    QString discountCode;            ///< for the customer's next order

    int totalItems() const;
    /// Fits an int: intake caps quantities, unit weights and an order's total (1,000 kg).
    int itemsWeightGrams() const;
    /// Same content (id and status are the store's, not the shop's, and are ignored).
    bool sameContentAs(const Order& other) const;
    /// "shop/number", the human reference used in messages.
    QString reference() const { return shop + QLatin1Char('/') + number; }
};

} // namespace packdesk
