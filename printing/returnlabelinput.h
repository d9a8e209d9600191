#pragma once

#include "core/order.h"
#include "core/parcelcodes.h"
#include "rendereddocument.h"
#include "shopprofile.h"

#include <QDate>
#include <QString>

namespace packdesk::printing {

/// Everything one return label is made from.
struct ReturnLabelInput
{
    Order order;       ///< shippingAddress is the return's sender
    ShopProfile shop;  ///< where the return goes
    ParcelCodes codes; ///< the order's RMA code (ParcelCodeStore)
    QDate packedOn;    ///< the return window counts from here
    DocumentFormat format = DocumentFormat::Pdf;
    int dpi = 203;     ///< ZPL only: 203 or 300
    QString language;  ///< empty: order.customer.locale
};

} // namespace packdesk::printing
