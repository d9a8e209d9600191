#include "ordercontenthash.h"

#include <QCryptographicHash>

namespace packdesk::store {

namespace {
class CanonicalWriter
{
public:
    void text(const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        number(utf8.size());
        m_hash.addData(utf8);
    }

    void number(qint64 value)
    {
        // Fixed-width little-endian: no separators needed, no locale involved.
        char bytes[8];
        for (int i = 0; i < 8; ++i)
            bytes[i] = char((quint64(value) >> (8 * i)) & 0xff);
        m_hash.addData(QByteArrayView(bytes, 8));
    }

    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};
} // namespace

QByteArray OrderContentHash::of(const Order& order)
{
    CanonicalWriter w;
    // Bump the tag when the canonical form changes: every stored hash then
    // differs once and the next import rewrites each order one time.
    w.text(QStringLiteral("packdesk-order-v1"));
    w.text(order.shop);
    w.text(order.number);
    w.text(order.customer.name);
    w.text(order.customer.email);
    w.text(order.customer.locale);
    w.number(order.customer.previousOrders);
    const ShippingAddress& a = order.shippingAddress;
    for (const QString* field : {&a.name, &a.line1, &a.line2, &a.postalCode, &a.city, &a.region, &a.country})
        w.text(*field);
    w.text(order.giftMessage);
    w.number(order.returnWindowDays);
    w.text(order.surveyUrlTemplate);
    w.text(order.returnPortalUrlTemplate);
    w.text(order.discountCode);
    w.number(qint64(order.lines.size()));
    for (const OrderLine& line : order.lines) {
        w.text(line.sku);
        w.text(line.name);
        w.number(line.quantity);
        w.number(line.unitWeightGrams);
        w.number(line.fragile ? 1 : 0);
        w.text(line.category);
        QStringList barcodes = line.barcodes;
        if (barcodes.size() > 1) {
            barcodes.sort();
            barcodes.removeDuplicates();
        }
        w.number(barcodes.size());
        for (const QString& code : barcodes)
            w.text(code);
    }
    return w.result();
}

} // namespace packdesk::store
