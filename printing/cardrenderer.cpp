#include "cardrenderer.h"

#include "cardcontent.h"
#include "cardlayout.h"
#include "cardtemplate.h"
#include "cardtext.h"
#include "documentfont.h"
#include "scanning/barcodegenerator.h"
#include "stablepdf.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <optional>

namespace packdesk::printing {

namespace {
/// Device units per inch. Fine enough that rounding never moves a glyph
/// visibly; the PDF itself is resolution-independent.
constexpr int kResolutionDpi = 1200;
constexpr double kMarginMm = 7.0;
/// About 25 mm: a phone reads a 60-character URL from arm's length, and
/// at 203 dpi every module is still several dots wide.
constexpr double kQrSideMm = 25.0;

double mmToUnits(double mm)
{
    return mm / 25.4 * kResolutionDpi;
}

} // namespace

Result<RenderedDocument> renderCard(const TemplateLibrary& templates, const CardInput& input)
{
    const Result<QString> family = documentFontFamily();
    if (!family)
        return family.error();
    const QString language = input.language.isEmpty() ? input.order.customer.locale : input.language;
    auto file = templates.load(input.order.shop, QStringLiteral("card"), language);
    if (!file)
        return file.error();
    auto card = CardTemplate::fromJson(file->content, file->path, file->language);
    if (!card)
        return card.error();
    auto content = CardContent::fromOrder(input.order, input.shop, input.codes);
    if (!content)
        return content.error();
    auto text = composeCardText(card.value(), content.value());
    if (!text)
        return text.error();

    std::optional<scanning::BarcodeSymbol> qr;
    if (!text->surveyUrl.isEmpty()) {
        auto symbol = scanning::generateBarcode(scanning::BarcodeFormat::QrCode, text->surveyUrl);
        if (!symbol)
            return symbol.error();
        qr = std::move(symbol).value();
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolutionDpi);
        writer.setCreator(QStringLiteral("packdesk"));
        writer.setTitle(QStringLiteral("Thank-you card"));
        writer.setDocumentXmpMetadata(fixedXmpMetadata(QStringLiteral("Thank-you card")));
        const QPageSize pageSize(paperSizeMm(input.paper), QPageSize::Millimeter, paperName(input.paper),
                                 QPageSize::ExactMatch);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));

        // Qt's own page (whole points) is the coordinate system it draws in.
        const QSizeF page(writer.width(), writer.height());
        const double margin = mmToUnits(kMarginMm);
        const QRectF contentRect(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
        auto layout =
            layOutCard(text.value(), contentRect, qr ? mmToUnits(kQrSideMm) : 0.0, family.value(), &writer);
        if (!layout)
            return layout.error();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{QStringLiteral("pdf_failed"), QStringLiteral("Could not start the card's PDF.")};
        painter.setPen(Qt::black);
        for (const auto& textLayout : layout->texts)
            textLayout->draw(&painter, QPointF(0, 0));
        if (qr) {
            painter.save();
            painter.translate(layout->qrRect.topLeft());
            painter.fillPath(qr->toPainterPath(layout->qrRect.width() / qr->widthModules), Qt::black);
            painter.restore();
        }
        painter.end();
    }
    const QSizeF paperPoints = paperSizeMm(input.paper) * (72.0 / 25.4);
    return RenderedDocument{DocumentKind::Card, DocumentFormat::Pdf, stabilizeQtPdf(bytes, paperPoints)};
}

} // namespace packdesk::printing
