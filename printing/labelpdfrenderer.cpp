#include "labelpdfrenderer.h"

#include "documentfont.h"
#include "labellayout.h"
#include "stablepdf.h"

#include "scanning/barcodegenerator.h"

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace packdesk::printing {

namespace {
using namespace LabelLayout;

/// Device units per inch: fine enough that bar edges land within 0.02 mm.
constexpr int kResolution = 1200;
constexpr double kUnitsPerMm = kResolution / 25.4;

double units(double mm)
{
    return mm * kUnitsPerMm;
}

QRectF units(const QRectF& mm)
{
    return {units(mm.x()), units(mm.y()), units(mm.width()), units(mm.height())};
}

struct TextStyle
{
    double maxPoints = 10;
    double minPoints = 6;
    bool bold = false;
    int alignment = Qt::AlignLeft | Qt::AlignTop;
};

class LabelPainter
{
public:
    LabelPainter(QPainter& painter, QString family) : m_painter(painter), m_family(std::move(family)) {}

    /// Draws text in the box at the largest size from maxPoints down that
    /// fits wrapped at word boundaries; below minPoints it wraps anywhere
    /// and is clipped to the box.
    void text(const QRectF& boxMm, const QString& text, const TextStyle& style)
    {
        const QRectF box = units(boxMm);
        const int wordWrap = style.alignment | Qt::TextWordWrap;
        for (double points = style.maxPoints; points >= style.minPoints - 1e-9; points -= 0.5) {
            setFont(points, style.bold);
            const QRectF needed = m_painter.boundingRect(box, wordWrap, text);
            if (needed.width() <= box.width() + 0.5 && needed.height() <= box.height() + 0.5) {
                m_painter.drawText(box, wordWrap, text);
                return;
            }
        }
        setFont(style.minPoints, style.bold);
        m_painter.save();
        m_painter.setClipRect(box);
        m_painter.drawText(box, style.alignment | Qt::TextWrapAnywhere, text);
        m_painter.restore();
    }

    void rule(double yMm)
    {
        m_painter.fillRect(QRectF(units(kMarginMm), units(yMm - kFrameLineMm / 4), units(kContentWidthMm),
                                  units(kFrameLineMm / 2)),
                           Qt::black);
    }

    void frame(const QRectF& boxMm)
    {
        QPainterPath path;
        path.addRect(units(boxMm));
        path.addRect(units(boxMm.adjusted(kFrameLineMm, kFrameLineMm, -kFrameLineMm, -kFrameLineMm)));
        m_painter.fillPath(path, Qt::black); // odd-even fill: the ring
    }

    void symbol(const scanning::BarcodeSymbol& symbol, double moduleMm, QPointF topLeftMm)
    {
        QPainterPath path = symbol.toPainterPath(units(moduleMm));
        path.translate(units(topLeftMm.x()), units(topLeftMm.y()));
        m_painter.fillPath(path, Qt::black);
    }

private:
    void setFont(double points, bool bold)
    {
        QFont font(m_family);
        font.setPointSizeF(points);
        font.setBold(bold);
        font.setHintingPreference(QFont::PreferNoHinting); // the same metrics everywhere
        font.setKerning(true);
        m_painter.setFont(font);
    }

    QPainter& m_painter;
    QString m_family;
};

Result<void> drawCodes(LabelPainter& painter, const ReturnLabel& label)
{
    scanning::GenerateOptions linear;
    linear.linearHeightModules = int(std::ceil(kBarcodeHeightMm / kMinModuleMm));
    auto code128 = scanning::generateBarcode(scanning::BarcodeFormat::Code128, label.rmaCode, linear);
    if (!code128)
        return code128.error();
    // The symbol's quiet zone is part of it: top-left of the light margin.
    const double quietMm = code128->quietZoneModules * kMinModuleMm;
    const double codeWidthMm = code128->widthModules * kMinModuleMm;
    painter.symbol(code128.value(), kMinModuleMm, {(kWidthMm - codeWidthMm) / 2, kBarcodeTopMm - quietMm});

    auto qr = scanning::generateBarcode(scanning::BarcodeFormat::QrCode, label.portalUrl);
    if (!qr)
        return qr.error();
    // Whole printer dots of a 203 dpi head, the largest that fits the area.
    const double dotMm = 25.4 / 203;
    double moduleMm = kQrTargetModuleMm;
    while (moduleMm > 2 * dotMm && qr->widthModules * moduleMm > kQrArea.width())
        moduleMm -= dotMm;
    painter.symbol(qr.value(), moduleMm, kQrArea.topLeft());
    return {};
}

} // namespace

Result<QByteArray> LabelPdfRenderer::render(const ReturnLabel& label)
{
    auto family = documentFontFamily();
    if (!family)
        return family.error();

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QSizeF(kWidthMm, kHeightMm), QPageSize::Millimeter, QStringLiteral("4x6")));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("packdesk"));
        writer.setTitle(QStringLiteral("Return label %1").arg(label.rmaCode));
        writer.setDocumentXmpMetadata(fixedXmpMetadata(QStringLiteral("Return label %1").arg(label.rmaCode)));
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::black);
        LabelPainter draw(painter, family.value());

        draw.frame(kReturnFrame);
        draw.text(kReturnToCaption, label.returnToCaption, {9, 6, true});
        draw.text(kReturnAddress, label.returnAddress.join(QLatin1Char('\n')), {14, 7, true});
        draw.text(kFromCaption, label.fromCaption, {8, 6, true});
        draw.text(kSenderAddress, label.senderAddress.join(QLatin1Char('\n')), {10, 6, false});
        draw.text(kOrderText, label.orderText, {10, 6, false});
        draw.text(kReturnByText, label.returnByText, {12, 6, true});
        draw.rule(kFirstRuleYMm);
        draw.text(kReturnCodeCaption, label.returnCodeCaption, {8, 6, true, Qt::AlignHCenter | Qt::AlignTop});
        if (auto drawn = drawCodes(draw, label); !drawn)
            return drawn.error();
        draw.text(kRmaText, label.rmaCode, {16, 10, true, Qt::AlignHCenter | Qt::AlignTop});
        draw.rule(kSecondRuleYMm);
        draw.text(kScanHint, label.scanHint, {11, 7, true});
        draw.text(kPortalUrlText, label.portalUrl, {7, 5, false});
        painter.end();
    }
    return stabilizeQtPdf(pdf, QSizeF(288.0, 432.0)); // 4 x 6 in
}

} // namespace packdesk::printing
