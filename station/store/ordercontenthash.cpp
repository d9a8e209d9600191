#include "ordercontenthash.h"

#include <openssl/evp.h>

namespace packdesk::store {

namespace {
/// Serialises fields into one buffer, hashed once at the end: one SHA-256 over
/// ~1 KB instead of dozens of tiny updates and a UTF-8 copy per field (the
/// import hashes every incoming order, so this is on its hot path).
class CanonicalWriter
{
public:
    CanonicalWriter() { m_buffer.reserve(2048); }

    void text(const QString& value)
    {
        // Length-prefixed UTF-16 code units: unambiguous, and no conversion.
        number(value.size());
        m_buffer.append(reinterpret_cast<const char*>(value.utf16()), value.size() * qsizetype(sizeof(char16_t)));
    }

    void number(qint64 value)
    {
        // Fixed-width little-endian: no separators needed, no locale involved.
        char bytes[8];
        for (int i = 0; i < 8; ++i)
            bytes[i] = char((quint64(value) >> (8 * i)) & 0xff);
        m_buffer.append(bytes, 8);
    }

    QByteArray result() const
    {
        // OpenSSL uses the CPU's SHA instructions where there are some.
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_Digest(m_buffer.constData(), std::size_t(m_buffer.size()), digest, &length, EVP_sha256(), nullptr);
        return QByteArray(reinterpret_cast<const char*>(digest), int(length));
    }

private:
    QByteArray m_buffer;
};
} // namespace

QByteArray OrderContentHash::of(const Order& order)
{
    CanonicalWriter w;
    // Bump the tag when the canonical form changes: every stored hash then
    // differs once and the next import rewrites each order one time.
    w.text(QStringLiteral("packdesk-order-v2"));
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
