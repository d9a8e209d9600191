#pragma once

#include "rawvalue.h"

#include <vector>

namespace packdesk {

/// One order line as read, before validation (see RawOrder).
struct RawOrderLine
{
    RawValue self; ///< the element itself: an Object, or whatever stood there instead
    RawValue sku;
    RawValue name;
    RawValue barcodes; ///< Array when given as one; the codes are in barcodeItems
    std::vector<RawValue> barcodeItems;
    RawValue quantity;
    RawValue unitWeightGrams;
    RawValue fragile;
    RawValue category;
};

/// An order as a reader found it, field by field, before validation: the
/// intermediate record every format produces (docs/order-format.md names
/// the fields), so that one OrderValidator judges JSON, JSON Lines and CSV
/// alike. Unknown fields are not carried: they are ignored by design.
struct RawOrder
{
    RawValue shop;
    RawValue number;

    RawValue customer; ///< Object when present; its fields follow
    RawValue customerName;
    RawValue customerEmail;
    RawValue customerLocale;
    RawValue previousOrders;

    RawValue shippingAddress; ///< Object when present; its fields follow
    RawValue shipName;
    RawValue shipLine1;
    RawValue shipLine2;
    RawValue shipPostalCode;
    RawValue shipCity;
    RawValue shipRegion;
    RawValue shipCountry;

    RawValue lines;                  ///< Array when present
    std::vector<RawOrderLine> items; ///< at most ImportLimits::maxLinesPerOrder + 1 are kept
    int lineCount = 0;               ///< elements in lines, including those not kept

    RawValue giftMessage;
    RawValue returnWindowDays;
    RawValue surveyUrlTemplate;
    RawValue returnPortalUrlTemplate;
    RawValue discountCode;
};

} // namespace packdesk
