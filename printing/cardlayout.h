#pragma once

#include "cardtext.h"
#include "core/result.h"

#include <QRectF>
#include <QString>
#include <QTextLayout>
#include <memory>
#include <vector>

class QPaintDevice;

namespace packdesk::printing {

/// Where everything on one card goes, in the paint device's units: text
/// laid out line by line (QTextLayout, plain text only: a value can never
/// become markup) with every line positioned on the page, and the QR code.
struct CardLayout
{
    std::vector<std::unique_ptr<QTextLayout>> texts; ///< draw each at (0, 0)
    QRectF qrRect;                                   ///< empty: the card has no QR code
    double fontScale = 1.0;                          ///< 1.0, or smaller when the content had to shrink
    int hiddenItems = 0;                             ///< items replaced by the "+ N more items" line

    /// The smallest font scale before the item list is cut (body text ~6.3 pt).
    static constexpr double kMinimumFontScale = 0.7;
};

/// Lays a card out inside `content` (the page minus its margins). Content
/// taller than that shrinks the font step by step down to
/// kMinimumFontScale; only then is the item list cut and ended with the
/// template's "+ N more items" line. card_overflow when even that does not
/// fit (e.g. a very long gift message), so nothing is ever drawn off the page.
/// `qrSide` is the QR code's side (0: no QR code).
Result<CardLayout> layOutCard(const CardText& text, const QRectF& content, double qrSide,
                              const QString& fontFamily, const QPaintDevice* device);

} // namespace packdesk::printing
