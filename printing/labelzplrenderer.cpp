#include "labelzplrenderer.h"

#include "labellayout.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace packdesk::printing {

namespace {
using namespace LabelLayout;

/// ^A0's average character width as a share of its height (measured on the
/// condensed scalable font with equal height and width): used only to pick
/// a size at which the text fits; ^FB does the actual wrapping.
constexpr double kAverageCharWidth = 0.5;
constexpr double kPointMm = 25.4 / 72;
/// QR capacity, bytes at error correction M, versions 1..10 (ISO/IEC 18004).
constexpr int kQrBytesM[] = {14, 26, 42, 62, 84, 106, 122, 152, 180, 213};

class ZplWriter
{
public:
    explicit ZplWriter(int dpi) : m_dotsPerMm(dpi / 25.4) { m_zpl.reserve(2048); }

    int dots(double mm) const { return int(std::lround(mm * m_dotsPerMm)); }
    double dotsPerMm() const { return m_dotsPerMm; }
    QByteArray& raw() { return m_zpl; }

    void origin(double xMm, double yMm) { originDots(dots(xMm), dots(yMm)); }
    void originDots(int x, int y)
    {
        m_zpl += "^FO";
        m_zpl += QByteArray::number(x);
        m_zpl += ',';
        m_zpl += QByteArray::number(y);
    }

    void box(const QRectF& mm, double lineMm)
    {
        origin(mm.x(), mm.y());
        m_zpl += "^GB" + QByteArray::number(dots(mm.width())) + ',' + QByteArray::number(dots(mm.height())) + ','
                 + QByteArray::number(std::max(1, dots(lineMm))) + "^FS\n";
    }

    /// The lines (each may wrap) at the largest size from maxPoints down
    /// that fits the box; at minPoints, over-long words are split and ^FB's
    /// line limit keeps the text inside the box.
    void text(const QRectF& boxMm, const QStringList& lines, double maxPoints, double minPoints, bool centred = false)
    {
        const int width = dots(boxMm.width());
        const int height = dots(boxMm.height());
        int fontDots = dots(minPoints * kPointMm);
        for (double points = maxPoints; points >= minPoints; points -= 1) {
            const int candidate = dots(points * kPointMm);
            if (fits(lines, candidate, width, height)) {
                fontDots = candidate;
                break;
            }
        }
        const int charsPerLine = std::max(1, int(width / (fontDots * kAverageCharWidth)));
        int y = dots(boxMm.y());
        const int bottom = y + height;
        for (const QString& line : lines) {
            const int room = (bottom - y) / fontDots;
            if (room < 1)
                break;
            const QString wrapped = splitLongWords(line, charsPerLine);
            const int count = std::min(room, wrappedLines(wrapped, charsPerLine));
            originDots(dots(boxMm.x()), y);
            m_zpl += "^A0N," + QByteArray::number(fontDots) + ',' + QByteArray::number(fontDots);
            m_zpl += "^FB" + QByteArray::number(width) + ',' + QByteArray::number(count) + ",0,"
                     + (centred ? "C" : "L") + ",0";
            m_zpl += "^FH^FD";
            m_zpl += LabelZplRenderer::escapeField(wrapped);
            m_zpl += "^FS\n";
            y += count * fontDots;
        }
    }

private:
    static int wrappedLines(const QString& line, int charsPerLine)
    {
        int lines = 1;
        int used = 0;
        for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int length = int(word.size());
            if (used > 0 && used + 1 + length > charsPerLine) {
                ++lines;
                used = length;
            } else {
                used += (used > 0 ? 1 : 0) + length;
            }
        }
        return lines;
    }

    static QString splitLongWords(const QString& line, int charsPerLine)
    {
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString& word : words)
            for (qsizetype at = charsPerLine; at < word.size(); at += charsPerLine + 1)
                word.insert(at, QLatin1Char(' '));
        return words.join(QLatin1Char(' '));
    }

    static bool fits(const QStringList& lines, int fontDots, int width, int height)
    {
        const int charsPerLine = int(width / (fontDots * kAverageCharWidth));
        if (charsPerLine < 1)
            return false;
        int total = 0;
        for (const QString& line : lines) {
            for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (word.size() > charsPerLine)
                    return false;
            total += wrappedLines(line, charsPerLine);
        }
        return total * fontDots <= height;
    }

    double m_dotsPerMm;
    QByteArray m_zpl;
};

void writeCodes(ZplWriter& zpl, const ReturnLabel& label)
{
    // Code 128, subset B: start, data, check, stop (11 modules each, stop 13).
    const int module = int(std::ceil(kMinModuleMm * zpl.dotsPerMm() - 0.01));
    const int modules = 11 * (int(label.rmaCode.size()) + 2) + 13;
    const int barHeight = zpl.dots(kBarcodeHeightMm);
    zpl.originDots((zpl.dots(kWidthMm) - modules * module) / 2, zpl.dots(kBarcodeTopMm));
    // The RMA code is checked to be 0-9 and A-Z (ReturnLabel::compose): no
    // ^BC subset switch (">") and nothing to escape.
    zpl.raw() += "^BY" + QByteArray::number(module) + ",3," + QByteArray::number(barHeight) + "^BCN,"
                 + QByteArray::number(barHeight) + ",N,N,N^FD" + label.rmaCode.toLatin1() + "^FS\n";

    // QR: the magnification (dots per module) nearest the PDF's module size,
    // smaller when a long URL would not fit the area.
    const qsizetype bytes = label.portalUrl.toUtf8().size();
    int version = 1;
    while (version < 10 && kQrBytesM[version - 1] < bytes + 3)
        ++version;
    const int symbolModules = 17 + 4 * version;
    int magnification = std::max(1, int(std::lround(kQrTargetModuleMm * zpl.dotsPerMm())));
    while (magnification > 2 && symbolModules * magnification > zpl.dots(kQrArea.width()))
        --magnification;
    // ^BQ draws the symbol without its quiet zone: start 4 modules in.
    const int quiet = 4 * magnification;
    zpl.originDots(zpl.dots(kQrArea.x()) + quiet, zpl.dots(kQrArea.y()) + quiet);
    // ^BY back to its defaults first: printers (and zebrash) move a QR code
    // down by the ^BY bar height, which the Code 128 above set to 16 mm.
    // "MA,": error correction M, automatic data mode.
    zpl.raw() += "^BY2,3,10^BQN,2," + QByteArray::number(magnification) + "^FH^FDMA,"
                 + LabelZplRenderer::escapeField(label.portalUrl) + "^FS\n";
}
} // namespace

QByteArray LabelZplRenderer::escapeField(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 16);
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = byte >= 0x20 && byte < 0x7F && byte != '^' && byte != '~' && byte != '_' && byte != '\\';
        if (plain) {
            out += c;
            continue;
        }
        out += '_';
        out += hex[byte >> 4];
        out += hex[byte & 0x0F];
    }
    return out;
}

Result<QByteArray> LabelZplRenderer::render(const ReturnLabel& label, int dpi)
{
    if (dpi != 203 && dpi != 300)
        return Error{QStringLiteral("zpl_resolution_unsupported"),
                     QStringLiteral("ZPL labels are made for 203 or 300 dpi printers, not %1 dpi. Set the "
                                    "printer's resolution to one of these.")
                         .arg(dpi)};
    ZplWriter zpl(dpi);
    // ^CI28: field data is UTF-8. ^PW/^LL: the 4x6 in label. ^LH0,0: origin
    // at the label's corner whatever the printer was left with.
    zpl.raw() += "^XA\n^CI28\n^PW" + QByteArray::number(zpl.dots(kWidthMm)) + "\n^LL"
                 + QByteArray::number(zpl.dots(kHeightMm)) + "\n^LH0,0\n";
    zpl.box(kReturnFrame, kFrameLineMm);
    zpl.text(kReturnToCaption, {label.returnToCaption}, 10, 7);
    zpl.text(kReturnAddress, label.returnAddress, 16, 8);
    zpl.text(kFromCaption, {label.fromCaption}, 9, 7);
    zpl.text(kSenderAddress, label.senderAddress, 12, 7);
    zpl.text(kOrderText, {label.orderText}, 11, 7);
    zpl.text(kReturnByText, {label.returnByText}, 13, 7);
    zpl.box(QRectF(kMarginMm, kFirstRuleYMm - kFrameLineMm / 4, kContentWidthMm, kFrameLineMm / 2), kFrameLineMm / 2);
    zpl.text(kReturnCodeCaption, {label.returnCodeCaption}, 9, 7, true);
    writeCodes(zpl, label);
    zpl.text(kRmaText, {label.rmaCode}, 17, 11, true);
    zpl.box(QRectF(kMarginMm, kSecondRuleYMm - kFrameLineMm / 4, kContentWidthMm, kFrameLineMm / 2), kFrameLineMm / 2);
    zpl.text(kScanHint, {label.scanHint}, 12, 8);
    zpl.text(kPortalUrlText, {label.portalUrl}, 8, 6);
    zpl.raw() += "^XZ\n";
    return zpl.raw();
}

} // namespace packdesk::printing
