#include "order.h"

namespace packdesk {

namespace {
struct StatusName
{
    OrderStatus status;
    const char* name;
};
constexpr StatusName kStatusNames[] = {
    {OrderStatus::Ready, "ready"},         {OrderStatus::Packing, "packing"},
    {OrderStatus::Packed, "packed"},       {OrderStatus::Exception, "exception"},
    {OrderStatus::Cancelled, "cancelled"},
};
} // namespace

QString toString(OrderStatus status)
{
    for (const auto& entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("unknown");
}

bool orderStatusFromString(const QString& text, OrderStatus* status)
{
    for (const auto& entry : kStatusNames) {
        if (text == QLatin1String(entry.name)) {
            *status = entry.status;
            return true;
        }
    }
    return false;
}

int Order::totalItems() const
{
    int total = 0;
    for (const auto& line : lines)
        total += line.quantity;
    return total;
}

int Order::itemsWeightGrams() const
{
    int total = 0;
    for (const auto& line : lines)
        total += line.quantity * line.unitWeightGrams;
    return total;
}

bool Order::sameContentAs(const Order& other) const
{
    return shop == other.shop && number == other.number && customer == other.customer &&
           shippingAddress == other.shippingAddress && lines == other.lines && giftMessage == other.giftMessage &&
           returnWindowDays == other.returnWindowDays && surveyUrlTemplate == other.surveyUrlTemplate &&
           returnPortalUrlTemplate == other.returnPortalUrlTemplate && discountCode == other.discountCode;
}

} // namespace packdesk
