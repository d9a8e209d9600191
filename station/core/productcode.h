#pragma once

#include <QString>

namespace packdesk {

/// The identity of a product as scanned or as listed on an order line.
///
/// GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN) and GTIN-14 with a valid check digit
/// are one identity: they are compared as their 14-digit form, so a UPC-A on
/// the shelf matches the EAN-13 the shop sent. Anything else (internal SKU
/// labels, Code 128 text) is compared exactly, after trimming white space.
class ProductCode
{
public:
    static ProductCode fromText(const QString& text);

    /// The comparison key: "gtin:<14 digits>" or "code:<text>".
    const QString& key() const { return m_key; }
    bool isGtin() const { return m_isGtin; }
    bool isEmpty() const { return m_key.isEmpty(); }

    friend bool operator==(const ProductCode& a, const ProductCode& b) { return a.m_key == b.m_key; }

    /// True for 8, 12, 13 or 14 digits whose GS1 mod-10 check digit is right.
    static bool isValidGtin(const QString& digits);

private:
    QString m_key;
    bool m_isGtin = false;
};

} // namespace packdesk
