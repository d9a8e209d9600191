#pragma once

#include "core/order.h"
#include "core/parcelcodes.h"
#include "core/result.h"
#include "rendereddocument.h"
#include "shopprofile.h"
#include "templatelibrary.h"

#include <QString>

namespace packdesk::printing {

/// One order's thank-you card, as the station asks for it.
struct CardInput
{
    Order order;
    ShopProfile shop;
    ParcelCodes codes;
    PaperSize paper = PaperSize::A6;
    QString language; ///< empty: order.customer.locale
};

/// Renders the personalised thank-you card as a one-page vector PDF: text
/// as text in the embedded document font (DejaVu Sans), the survey QR code
/// as filled paths, no images. The same input gives the same rendering,
/// and the same bytes within one process (across processes only with a
/// fixed QT_HASH_SEED: Qt 6.4 writes the embedded fonts in hash order).
///
/// Errors, all before anything is drawn: font_missing, template_missing /
/// template_invalid / unknown_field / bad_placeholder (the shop's template),
/// missing_field (a printed text needs a value the order lacks),
/// survey_url_invalid, barcode_* (QR), card_overflow (does not fit even
/// at the smallest font without the item list).
/// Needs a QGuiApplication (fonts); call it on one thread at a time.
Result<RenderedDocument> renderCard(const TemplateLibrary& templates, const CardInput& input);

} // namespace packdesk::printing
