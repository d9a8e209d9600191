#include "barcodegenerator.h"

#include "zxingformats.h"

#include <QImage>
#include <QPainterPath>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <climits>
#include <cmath>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

namespace packdesk::scanning {

namespace {

// Options beyond this are typos, and the bound keeps every size computed
// from them far from int overflow.
constexpr int kMaxOptionModules = 1000;

// MultiFormatWriter takes an "ECC level" 0..8 and gives QR level (n - 1) / 2:
// 0..2 L, 3..4 M, 5..6 Q, 7..8 H (checked against ZXing 1.4 by decoding the
// symbol's level in the tests).
int zxingQrEccLevel(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::Low:
        return 2;
    case QrErrorCorrection::Medium:
        return 4;
    case QrErrorCorrection::Quartile:
        return 6;
    case QrErrorCorrection::High:
        return 8;
    }
    return 4;
}

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F) {
            return false;
        }
    }
    return true;
}

// The first character above maxCode, or -1.
qsizetype firstCharAbove(const QString& text, char16_t maxCode)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() > maxCode) {
            return i;
        }
    }
    return -1;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+") +
           QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

Error unencodable(BarcodeFormat format, const QString& why)
{
    return Error{QStringLiteral("barcode_unencodable"),
                 QStringLiteral("Cannot encode this text as %1: %2").arg(displayName(format), why)};
}

// Text the chosen writer cannot take is rejected here, before ZXing, because
// ZXing 1.4 does not always refuse it: its Code 128 writer silently turns
// U+00F1..U+00F4 into the function characters FNC1..FNC4, which would print
// a label that scans as something other than its text.
std::optional<Error> checkText(BarcodeFormat format, const QString& text)
{
    if (!text.isValidUtf16()) {
        return unencodable(format, QStringLiteral("the text has an unpaired UTF-16 surrogate"));
    }
    if (format == BarcodeFormat::Code128) {
        const qsizetype at = firstCharAbove(text, 0x7F);
        if (at >= 0) {
            return unencodable(format, QStringLiteral("only ASCII is allowed, character %1 (%2) is not")
                                           .arg(at + 1)
                                           .arg(codePoint(text.at(at))));
        }
    }
    if (format == BarcodeFormat::DataMatrix) {
        // ZXing 1.4's DataMatrix writer ignores setEncoding() and encodes
        // ISO 8859-1, the symbology's default character set, so readers get
        // such text back unchanged; anything beyond it it cannot encode.
        const qsizetype at = firstCharAbove(text, 0xFF);
        if (at >= 0) {
            return unencodable(format,
                               QStringLiteral("only ISO 8859-1 is supported, character %1 (%2) is not")
                                   .arg(at + 1)
                                   .arg(codePoint(text.at(at))));
        }
    }
    return std::nullopt;
}

// One module per pixel and no margin, i.e. exactly the symbol: width and
// height 0 make ZXing's writers return their minimal matrix (linear codes
// as a single row), and setMargin(0) drops the quiet zone they add by
// default (5 modules per side for Code 128, less than the 10 it needs).
ZXing::BitMatrix encodeModules(BarcodeFormat format, const QString& text, const GenerateOptions& options)
{
    ZXing::MultiFormatWriter writer(toZXingFormat(format));
    writer.setMargin(0);
    if (format == BarcodeFormat::QrCode) {
        writer.setEccLevel(zxingQrEccLevel(options.qrErrorCorrection));
        // ASCII needs no character set: leaving it unset keeps the symbol
        // free of an ECI header (12 bits, sometimes a whole version). Other
        // text goes as UTF-8 with ECI 26 so that readers need not guess.
        if (!isAscii(text)) {
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        }
    }
    return writer.encode(text.toStdWString(), 0, 0);
}

// Each row's runs of dark modules; a run identical to one ending in the
// row above extends that rectangle instead of starting a new one.
std::vector<QRect> matrixRects(const ZXing::BitMatrix& matrix, int offset)
{
    std::vector<QRect> rects;
    std::vector<std::size_t> open; // rectangles ending in the previous row, by x
    std::vector<std::size_t> nextOpen;
    for (int y = 0; y < matrix.height(); ++y) {
        nextOpen.clear();
        std::size_t candidate = 0;
        for (int x = 0; x < matrix.width();) {
            if (!matrix.get(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.width() && matrix.get(x, y)) {
                ++x;
            }
            const int left = offset + start;
            const int width = x - start;
            while (candidate < open.size() && rects[open[candidate]].x() < left) {
                ++candidate;
            }
            if (candidate < open.size() && rects[open[candidate]].x() == left &&
                rects[open[candidate]].width() == width) {
                QRect& rect = rects[open[candidate]];
                rect.setHeight(rect.height() + 1);
                nextOpen.push_back(open[candidate]);
            } else {
                rects.emplace_back(left, offset + y, width, 1);
                nextOpen.push_back(rects.size() - 1);
            }
        }
        open.swap(nextOpen);
    }
    return rects;
}

// A linear code's matrix is its bar pattern in one row: one rectangle per
// bar, as tall as the bars.
std::vector<QRect> barRects(const ZXing::BitMatrix& matrix, int offset, int barHeight)
{
    std::vector<QRect> rects;
    for (int x = 0; x < matrix.width();) {
        if (!matrix.get(x, 0)) {
            ++x;
            continue;
        }
        const int start = x;
        while (x < matrix.width() && matrix.get(x, 0)) {
            ++x;
        }
        rects.emplace_back(offset + start, offset, x - start, barHeight);
    }
    return rects;
}

// Enough digits for any print resolution, none of binary noise such as
// 0.30000000000000004.
QString svgNumber(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

bool isUsableModuleSize(double moduleSize)
{
    return std::isfinite(moduleSize) && moduleSize > 0;
}

} // namespace

QPainterPath BarcodeSymbol::toPainterPath(double moduleSize) const
{
    QPainterPath path;
    // The rectangles are disjoint and all wound the same way, so winding
    // fills each exactly once; odd-even would be the same today but would
    // punch holes if rectangles ever overlapped.
    path.setFillRule(Qt::WindingFill);
    if (!isUsableModuleSize(moduleSize)) {
        return path;
    }
    for (const QRect& rect : darkRects) {
        path.addRect(rect.x() * moduleSize, rect.y() * moduleSize, rect.width() * moduleSize,
                     rect.height() * moduleSize);
    }
    return path;
}

QString BarcodeSymbol::toSvg(double moduleSize) const
{
    if (!isUsableModuleSize(moduleSize)) {
        return {};
    }
    const QString width = svgNumber(widthModules * moduleSize);
    const QString height = svgNumber(heightModules * moduleSize);
    QString data;
    data.reserve(qsizetype(darkRects.size()) * 24);
    for (const QRect& rect : darkRects) {
        const QString rectWidth = svgNumber(rect.width() * moduleSize);
        data += QLatin1Char('M') + svgNumber(rect.x() * moduleSize) + QLatin1Char(' ') +
                svgNumber(rect.y() * moduleSize) + QLatin1Char('h') + rectWidth + QLatin1Char('v') +
                svgNumber(rect.height() * moduleSize) + QLatin1String("h-") + rectWidth + QLatin1Char('z');
    }
    // crispEdges: a viewer that antialiases would grey the module edges
    // and, between abutting rectangles, draw faint seams.
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
               "viewBox=\"0 0 %1 %2\" shape-rendering=\"crispEdges\">\n"
               "<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n"
               "<path fill=\"#000000\" d=\"%3\"/>\n"
               "</svg>\n")
        .arg(width, height, data);
}

QImage BarcodeSymbol::toImage(int moduleSizePx) const
{
    if (moduleSizePx < 1 || widthModules <= 0 || heightModules <= 0 ||
        widthModules > INT_MAX / moduleSizePx || heightModules > INT_MAX / moduleSizePx) {
        return {};
    }
    QImage image(widthModules * moduleSizePx, heightModules * moduleSizePx, QImage::Format_Grayscale8);
    if (image.isNull()) {
        return image;
    }
    image.fill(Qt::white);
    // Whole pixels per module, written directly: exact, and no painter with
    // its antialiasing and rounding rules in between.
    for (const QRect& rect : darkRects) {
        const int left = rect.x() * moduleSizePx;
        const int width = rect.width() * moduleSizePx;
        const int top = rect.y() * moduleSizePx;
        const int bottom = top + rect.height() * moduleSizePx;
        for (int y = top; y < bottom; ++y) {
            std::memset(image.scanLine(y) + left, 0, std::size_t(width));
        }
    }
    return image;
}

BarcodeFormats generatableFormats()
{
    return BarcodeFormats(BarcodeFormat::Code128) | BarcodeFormat::QrCode | BarcodeFormat::DataMatrix;
}

int defaultQuietZoneModules(BarcodeFormat format)
{
    switch (format) {
    case BarcodeFormat::Code128:
        return GenerateOptions::code128QuietZoneModules;
    case BarcodeFormat::QrCode:
        return GenerateOptions::qrQuietZoneModules;
    case BarcodeFormat::DataMatrix:
        return GenerateOptions::dataMatrixQuietZoneModules;
    default:
        return 0;
    }
}

Result<BarcodeSymbol> generateBarcode(BarcodeFormat format, const QString& text,
                                      const GenerateOptions& options)
{
    // testFlag() alone would accept a combination of flags, which is no
    // single format; toZXingFormat() has no name for one.
    if (!generatableFormats().testFlag(format) || toZXingFormat(format) == ZXing::BarcodeFormat::None) {
        return Error{QStringLiteral("barcode_unsupported_format"),
                     QStringLiteral("%1 cannot be generated; supported are Code 128, QR Code and DataMatrix")
                         .arg(displayName(format))};
    }
    if (text.isEmpty()) {
        return Error{QStringLiteral("barcode_empty"), QStringLiteral("A barcode needs text to encode")};
    }
    const bool linear = format == BarcodeFormat::Code128;
    const int quietZone =
        options.quietZoneModules < 0 ? defaultQuietZoneModules(format) : options.quietZoneModules;
    if (quietZone > kMaxOptionModules ||
        (linear && (options.linearHeightModules < 1 || options.linearHeightModules > kMaxOptionModules))) {
        return Error{QStringLiteral("barcode_invalid_options"),
                     QStringLiteral("Quiet zone must be at most %1 modules and bar height 1 to %1 modules")
                         .arg(kMaxOptionModules)};
    }
    if (auto error = checkText(format, text)) {
        return *error;
    }

    ZXing::BitMatrix matrix;
    // ZXing reports unencodable input (bad characters, too long, no symbol
    // size that fits) by throwing, mostly std::invalid_argument; none of it
    // may cross this function.
    try {
        matrix = encodeModules(format, text, options);
    } catch (const std::exception& e) {
        return unencodable(format, QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return unencodable(format, QStringLiteral("the encoder failed"));
    }
    if (matrix.width() <= 0 || matrix.height() <= 0) {
        return unencodable(format, QStringLiteral("the encoder returned no symbol"));
    }

    BarcodeSymbol symbol;
    symbol.format = format;
    symbol.text = text;
    symbol.quietZoneModules = quietZone;
    symbol.widthModules = matrix.width() + 2 * quietZone;
    if (linear) {
        symbol.heightModules = options.linearHeightModules + 2 * quietZone;
        symbol.darkRects = barRects(matrix, quietZone, options.linearHeightModules);
    } else {
        symbol.heightModules = matrix.height() + 2 * quietZone;
        symbol.darkRects = matrixRects(matrix, quietZone);
    }
    return symbol;
}

} // namespace packdesk::scanning
