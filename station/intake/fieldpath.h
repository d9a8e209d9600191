#pragma once

#include <QLatin1StringView>
#include <QString>

namespace packdesk {

/// Names a field of an order record, like "customer.email" or
/// "lines[2].barcodes[0]". Kept as views and indexes and only turned into a
/// string when a problem is reported: building a path string for every field
/// of every record would cost more than validating it.
struct FieldPath
{
    QLatin1StringView parent; ///< "", "customer", "shipping_address" or "lines"
    int index = -1;           ///< position in parent when it is an array
    QLatin1StringView key;    ///< the field's own name; empty for the element itself
    int subIndex = -1;        ///< position inside key when it is an array (barcodes)

    static FieldPath top(QLatin1StringView key) { return {{}, -1, key, -1}; }
    static FieldPath in(QLatin1StringView parent, QLatin1StringView key) { return {parent, -1, key, -1}; }
    static FieldPath item(int index, QLatin1StringView key)
    {
        return {QLatin1StringView("lines"), index, key, -1};
    }

    QString toString() const;
};

} // namespace packdesk
