#include "cardlayout.h"

#include <QFont>
#include <QPaintDevice>
#include <QTextOption>
#include <algorithm>
#include <optional>

namespace packdesk::printing {

namespace {

enum class Style
{
    ShopName,
    Greeting,
    Body,
    Heading,
    Item,
    Small,
    Emphasis
};

struct Paragraph
{
    QString text;
    Style style = Style::Body;
    double spaceBeforePt = 0;
};

QFont fontFor(Style style, const QString& family, double scale)
{
    QFont font(family);
    // No hinting: glyph advances then do not depend on the resolution, so a
    // card lays out the same in the PDF and on every printer.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: with them "coffee" is extracted from the PDF (copy,
    // search, screen readers) as "coﬀee". Qt 6.4 has no font-feature API
    // (QFont::setFeature is 6.7); it drops ligatures for Latin whenever a
    // letter spacing is set, so set the smallest one it can represent.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64.0);
    double points = 9.0;
    bool bold = false;
    switch (style) {
    case Style::ShopName:
        points = 8.0;
        bold = true;
        break;
    case Style::Greeting:
        points = 13.0;
        bold = true;
        break;
    case Style::Body:
        points = 9.0;
        break;
    case Style::Heading:
        points = 9.0;
        bold = true;
        break;
    case Style::Item:
        points = 8.5;
        break;
    case Style::Small:
        points = 8.0;
        break;
    case Style::Emphasis:
        points = 9.0;
        bold = true;
        break;
    }
    font.setPointSizeF(points * scale);
    font.setBold(bold);
    return font;
}

std::vector<Paragraph> flowParagraphs(const CardText& text, int shownItems, const QString& moreLine)
{
    std::vector<Paragraph> paragraphs;
    const auto add = [&](const QString& value, Style style, double spaceBefore) {
        if (!value.isEmpty())
            paragraphs.push_back({value, style, paragraphs.empty() ? 0.0 : spaceBefore});
    };
    add(text.shopName, Style::ShopName, 0);
    add(text.greeting, Style::Greeting, 6);
    add(text.body, Style::Body, 4);
    if (!text.itemLines.isEmpty()) {
        add(text.itemsHeading, Style::Heading, 7);
        for (int i = 0; i < shownItems; ++i)
            add(text.itemLines.at(i), Style::Item, 1);
        add(moreLine, Style::Item, 1);
    }
    if (!text.giftMessage.isEmpty()) {
        add(text.giftHeading, Style::Heading, 7);
        add(text.giftMessage, Style::Body, 2);
    }
    if (!text.tips.isEmpty()) {
        add(text.tipsHeading, Style::Heading, 7);
        for (const QString& tip : text.tips)
            add(tip, Style::Small, 2);
    }
    add(text.discount, Style::Emphasis, 7);
    add(text.signature, Style::Body, 7);
    return paragraphs;
}

class Flow
{
public:
    Flow(const QString& family, double scale, const QPaintDevice* device)
        : m_family(family), m_scale(scale), m_device(device), m_unitsPerPoint(device->logicalDpiY() / 72.0)
    {
    }

    /// Lays `paragraph` out from y at x, `width` wide; returns the y below it.
    double add(const Paragraph& paragraph, double x, double y, double width, CardLayout& into) const
    {
        auto layout = std::make_unique<QTextLayout>(paragraph.text,
                                                    fontFor(paragraph.style, m_family, m_scale), m_device);
        QTextOption option;
        // A long word (an 80-letter name) breaks anywhere rather than
        // running off the card.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        y += paragraph.spaceBeforePt * m_scale * m_unitsPerPoint;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setLeadingIncluded(true);
            line.setPosition(QPointF(x, y));
            y += line.height();
        }
        layout->endLayout();
        into.texts.push_back(std::move(layout));
        return y;
    }

private:
    QString m_family;
    double m_scale;
    const QPaintDevice* m_device;
    double m_unitsPerPoint;
};

/// One attempt at a given font scale and item count; false when it does not fit.
bool tryLayout(const CardText& text, const QRectF& content, double qrSide, const QString& family,
               const QPaintDevice* device, double scale, int shownItems, const QString& moreLine,
               CardLayout& out)
{
    out = CardLayout{};
    out.fontScale = scale;
    out.hiddenItems = int(text.itemLines.size()) - shownItems;
    const Flow flow(family, scale, device);
    double flowBottom = content.bottom();
    if (qrSide > 0) {
        // The survey row sits at the bottom: QR code left, caption beside it.
        const double captionX = content.left() + qrSide;
        const double captionWidth = content.right() - captionX;
        if (captionWidth <= 0)
            return false;
        // Laid out once at y = 0 to learn its height, then moved into place.
        const double captionHeight =
            flow.add({text.surveyCaption, Style::Small, 0}, captionX, 0, captionWidth, out);
        const double rowHeight = std::max(qrSide, captionHeight);
        const double rowTop = content.bottom() - rowHeight;
        if (rowTop < content.top())
            return false;
        out.qrRect = QRectF(content.left(), rowTop + (rowHeight - qrSide) / 2, qrSide, qrSide);
        QTextLayout& caption = *out.texts.back();
        const double captionTop = rowTop + (rowHeight - captionHeight) / 2;
        for (int i = 0; i < caption.lineCount(); ++i) {
            QTextLine line = caption.lineAt(i);
            line.setPosition(line.position() + QPointF(0, captionTop));
        }
        flowBottom = rowTop;
    }
    double y = content.top();
    for (const Paragraph& paragraph : flowParagraphs(text, shownItems, moreLine))
        y = flow.add(paragraph, content.left(), y, content.width(), out);
    return y <= flowBottom;
}

} // namespace

Result<CardLayout> layOutCard(const CardText& text, const QRectF& content, double qrSide,
                              const QString& fontFamily, const QPaintDevice* device)
{
    CardLayout layout;
    const int items = int(text.itemLines.size());
    const int minimumPercent = int(CardLayout::kMinimumFontScale * 100 + 0.5);
    for (int percent = 100; percent >= minimumPercent; percent -= 5) {
        const double scale = percent == minimumPercent ? CardLayout::kMinimumFontScale : percent / 100.0;
        if (tryLayout(text, content, qrSide, fontFamily, device, scale, items, {}, layout))
            return layout;
    }
    // The fewest hidden items that fit: hiding more only shortens the card,
    // so a binary search finds it in a handful of layouts even for 500 lines.
    const auto fitsHiding = [&](int hidden, CardLayout& into) -> Result<bool> {
        auto moreLine = text.moreItemsLine(hidden);
        if (!moreLine)
            return moreLine.error();
        return tryLayout(text, content, qrSide, fontFamily, device, CardLayout::kMinimumFontScale,
                         items - hidden, moreLine.value(), into);
    };
    int low = 1;
    int high = items;
    std::optional<int> best;
    while (low <= high) {
        const int middle = low + (high - low) / 2;
        auto fits = fitsHiding(middle, layout);
        if (!fits)
            return fits.error();
        if (fits.value()) {
            best = middle;
            high = middle - 1;
        } else {
            low = middle + 1;
        }
    }
    if (best) {
        auto fits = fitsHiding(*best, layout);
        if (fits && fits.value())
            return layout;
    }
    return Error{
        QStringLiteral("card_overflow"),
        QStringLiteral("The card's texts do not fit on the page even at the smallest font size without the "
                       "item list. Shorten the template's texts or the gift message.")};
}

} // namespace packdesk::printing
