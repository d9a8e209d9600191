#include "imagescanner.h"

#include "zxingformats.h"

#include <QImage>
#include <QPolygon>
#include <QRect>
#include <QSysInfo>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstdint>
#include <string>
#include <vector>

namespace packdesk::scanning {

namespace {

constexpr char kGs = 0x1D;

ZXing::ImageFormat toZXingImageFormat(PixelLayout layout)
{
    switch (layout) {
    case PixelLayout::Lum:
        return ZXing::ImageFormat::Lum;
    case PixelLayout::Rgb:
        return ZXing::ImageFormat::RGB;
    case PixelLayout::Bgr:
        return ZXing::ImageFormat::BGR;
    case PixelLayout::Rgbx:
        return ZXing::ImageFormat::RGBX;
    case PixelLayout::Xrgb:
        return ZXing::ImageFormat::XRGB;
    case PixelLayout::Bgrx:
        return ZXing::ImageFormat::BGRX;
    case PixelLayout::Xbgr:
        return ZXing::ImageFormat::XBGR;
    }
    return ZXing::ImageFormat::None;
}

// ZXing trusts the view it is given and indexes it with int arithmetic, so
// everything it could read must lie inside what the caller described and
// the last byte's offset must fit an int.
bool isReadable(const ImageRef& image, ZXing::ImageFormat format)
{
    if (image.data == nullptr || image.width <= 0 || image.height <= 0 ||
        format == ZXing::ImageFormat::None) {
        return false;
    }
    const std::int64_t rowBytes = std::int64_t(image.width) * ZXing::PixStride(format);
    if (image.bytesPerLine < rowBytes) {
        return false;
    }
    const std::int64_t lastByte = std::int64_t(image.bytesPerLine) * (image.height - 1) + rowBytes;
    return lastByte <= INT_MAX;
}

// A GS1 element string as a scanner transmits it. ZXing 1.4 already gives
// that (FNC1 as GS, no leading FNC1) in bytes(), which is free of any
// character set guessing; GS1 data is a subset of ASCII. The leading-GS
// strip is for decoders that keep the first FNC1.
QString gs1Text(const ZXing::Result& result)
{
    const auto& bytes = result.bytes();
    std::string text(bytes.begin(), bytes.end());
    if (!text.empty() && text.front() == kGs) {
        text.erase(0, 1);
    }
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

DecodedBarcode toDecodedBarcode(const ZXing::Result& result, BarcodeFormat format)
{
    DecodedBarcode barcode;
    barcode.format = format;
    barcode.aimIdentifier = QString::fromStdString(result.symbologyIdentifier());
    barcode.text = result.contentType() == ZXing::ContentType::GS1 ? gs1Text(result)
                                                                   : QString::fromStdString(result.text());
    const auto& position = result.position();
    for (std::size_t i = 0; i < barcode.corners.size(); ++i) {
        barcode.corners[i] = QPoint(position[int(i)].x, position[int(i)].y);
    }
    return barcode;
}

/// At most this many symbols per image: a packing slip has a handful.
constexpr int kMaxSymbolsPerImage = 16;
/// Blanked around a found symbol beyond its corners (its quiet zone).
constexpr int kBlankMarginPx = 8;
/// Rows between the middle lines of the DataMatrix bands (see below).
constexpr int kDataMatrixRowSpacingPx = 64;

QRect boundingRect(const ZXing::Result& result)
{
    const auto& position = result.position();
    int left = INT_MAX, top = INT_MAX, right = INT_MIN, bottom = INT_MIN;
    for (int i = 0; i < 4; ++i) {
        left = std::min(left, position[i].x);
        right = std::max(right, position[i].x);
        top = std::min(top, position[i].y);
        bottom = std::max(bottom, position[i].y);
    }
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

/// Adds the result when it is valid and of a requested format; false when
/// nothing was found at all.
bool keep(const ZXing::Result& result, const DecodeOptions& options, std::vector<DecodedBarcode>& barcodes)
{
    if (!result.isValid()) {
        return false;
    }
    const BarcodeFormat ours = fromZXingFormat(result.format());
    // None: a format packdesk has no name for (Micro QR, MaxiCode). The set
    // check keeps the caller's set the contract whatever ZXing does.
    if (ours != BarcodeFormat::None && options.formats.testFlag(ours)) {
        barcodes.push_back(toDecodedBarcode(result, ours));
    }
    return true;
}

bool isRepeat(const ZXing::Result& result, const std::vector<DecodedBarcode>& found)
{
    const DecodedBarcode candidate = toDecodedBarcode(result, fromZXingFormat(result.format()));
    const QRect area = boundingRect(result);
    for (const DecodedBarcode& barcode : found) {
        if (barcode.format != candidate.format || barcode.text != candidate.text) {
            continue;
        }
        const QRect previous = QPolygon(QList<QPoint>(barcode.corners.begin(), barcode.corners.end())).boundingRect();
        // A linear code is read on a few lines only; its other lines lie
        // across them, within half the code's length.
        const bool linesRunAcross = previous.width() >= previous.height();
        const int reach = std::max(previous.width(), previous.height()) / 2 + kBlankMarginPx;
        const QRect sameSymbol = linesRunAcross ? previous.adjusted(0, -reach, 0, reach)
                                                : previous.adjusted(-reach, 0, reach, 0);
        if (sameSymbol.intersects(area)) {
            return true;
        }
    }
    return false;
}

/// A writable luminance copy of the image, for blanking out found symbols.
class GreyCopy
{
public:
    GreyCopy(const ImageRef& image, ZXing::ImageFormat format)
        : m_width(image.width), m_height(image.height),
          m_pixels(std::size_t(image.width) * std::size_t(image.height))
    {
        const int stride = ZXing::PixStride(format);
        const int red = ZXing::RedIndex(format);
        const int green = ZXing::GreenIndex(format);
        const int blue = ZXing::BlueIndex(format);
        for (int y = 0; y < m_height; ++y) {
            const std::uint8_t* in = image.data + std::ptrdiff_t(y) * image.bytesPerLine;
            std::uint8_t* out = m_pixels.data() + std::ptrdiff_t(y) * m_width;
            if (format == ZXing::ImageFormat::Lum) {
                std::copy(in, in + m_width, out);
                continue;
            }
            // The weights ZXing itself uses for RGB to luminance.
            for (int x = 0; x < m_width; ++x, in += stride) {
                out[x] = std::uint8_t((306 * in[red] + 601 * in[green] + 117 * in[blue] + 0x200) >> 10);
            }
        }
    }

    int width() const { return m_width; }
    int height() const { return m_height; }

    ZXing::ImageView view() const
    {
        return ZXing::ImageView(m_pixels.data(), m_width, m_height, ZXing::ImageFormat::Lum, m_width);
    }

    /// Paints the symbol's area white, with a margin; for a linear code
    /// also far above and below the rows that were read, where its bars go on.
    void blankOut(const ZXing::Result& result)
    {
        QRect area = boundingRect(result);
        const int margin = std::max(kBlankMarginPx, std::max(area.width(), area.height()) / 10);
        area.adjust(-margin, -margin, margin, margin);
        if (!(BarcodeFormats(fromZXingFormat(result.format())) & (BarcodeFormat::QrCode | BarcodeFormat::DataMatrix
                                                                    | BarcodeFormat::Aztec | BarcodeFormat::Pdf417))) {
            // ZXing reports a linear code as the few scan lines it read
            // (top-left to top-right runs along them); the bars go on across
            // those lines. Blank a third of the code's length that way: if
            // the bars are taller, the rest is read again, seen as a repeat
            // and blanked in turn.
            const auto& corners = result.position();
            const bool linesRunAcross = std::abs(corners[1].x - corners[0].x) >= std::abs(corners[1].y - corners[0].y);
            const int reach = std::max(area.width(), area.height()) / 3;
            if (linesRunAcross) {
                area.adjust(0, -reach, 0, reach);
            } else {
                area.adjust(-reach, 0, reach, 0);
            }
        }
        area = area.intersected(QRect(0, 0, m_width, m_height));
        for (int y = area.top(); y <= area.bottom(); ++y) {
            std::fill_n(m_pixels.data() + std::ptrdiff_t(y) * m_width + area.left(), area.width(), std::uint8_t(255));
        }
    }

private:
    int m_width;
    int m_height;
    std::vector<std::uint8_t> m_pixels;
};

/// Reads symbols one at a time from rows [top, top + height) of the grey
/// copy, blanking each one found, until nothing more is found there.
void readRepeatedly(GreyCopy& grey, int top, int height, const ZXing::DecodeHints& hints,
                    const DecodeOptions& options, int maxSymbols, std::vector<DecodedBarcode>& barcodes)
{
    for (int attempt = 0; attempt < 2 * maxSymbols && int(barcodes.size()) < maxSymbols; ++attempt) {
        ZXing::Result next = ZXing::ReadBarcode(grey.view().cropped(0, top, grey.width(), height), hints);
        if (!next.isValid()) {
            return;
        }
        if (top != 0) {
            ZXing::Position position = next.position();
            for (int i = 0; i < 4; ++i) {
                position[i].y += top;
            }
            next.setPosition(position);
        }
        // The same symbol again next to what was blanked (a tall linear
        // code whose other rows survived): blank more of it, report it once.
        if (!isRepeat(next, barcodes)) {
            keep(next, options, barcodes);
        }
        grey.blankOut(next);
    }
}

} // namespace

// Why one symbol per ZXing call. Debian's ZXing-C++ 1.4 is built with
// assertions on, and ReadBarcodes() aborts the process (Result.cpp:140,
// "lineCount() == 1") when, asked for several symbols, it meets the same
// linear code twice: once per downscaled layer of a large image, or twice
// in one image. A plain Code 128 in a 1280x720 frame is enough (see
// tests/scanning/zxing_abort_test.cpp; upstream zxing-cpp#516 and #740,
// fixed in 2.x). With maxNumberOfSymbols(1) that comparison is never
// reached, so more symbols are found by blanking each one out and asking
// again, on a grey copy of the image.
std::vector<DecodedBarcode> decodeImage(const ImageRef& image, const DecodeOptions& options)
{
    const ZXing::ImageFormat format = toZXingImageFormat(image.layout);
    const ZXing::BarcodeFormats formats = toZXingFormats(options.formats);
    // ZXing reads an empty format set as "all formats"; here it means none.
    if (formats.empty() || !isReadable(image, format)) {
        return {};
    }
    const int maxSymbols = options.maxSymbols <= 0 ? kMaxSymbolsPerImage
                                                   : std::min(options.maxSymbols, kMaxSymbolsPerImage);
    const auto hints = ZXing::DecodeHints()
                           .setFormats(formats)
                           .setTryHarder(options.tryHarder)
                           .setTryRotate(options.tryRotate)
                           .setMaxNumberOfSymbols(1);

    std::vector<DecodedBarcode> barcodes;
    ZXing::Result first =
        ZXing::ReadBarcode(ZXing::ImageView(image.data, image.width, image.height, format, image.bytesPerLine), hints);
    const bool foundFirst = keep(first, options, barcodes);
    const bool searchDataMatrixBands = options.tryHarder && options.formats.testFlag(BarcodeFormat::DataMatrix);
    if ((foundFirst && maxSymbols == 1) || (!foundFirst && !searchDataMatrixBands)) {
        return barcodes;
    }

    GreyCopy grey(image, format);
    if (foundFirst) {
        grey.blankOut(first);
        readRepeatedly(grey, 0, grey.height(), hints, options, maxSymbols, barcodes);
    }
    // ZXing 1.4's DataMatrix detector only looks along the middle row of
    // the image: a DataMatrix anywhere else in a photo is never found. For
    // still images, look again in bands whose middle rows cover the image.
    if (searchDataMatrixBands) {
        const auto dataMatrixHints = ZXing::DecodeHints(hints).setFormats(ZXing::BarcodeFormat::DataMatrix);
        for (int middle = kDataMatrixRowSpacingPx / 2; middle < grey.height() && int(barcodes.size()) < maxSymbols;
             middle += kDataMatrixRowSpacingPx) {
            const int top = std::max(0, middle - kDataMatrixRowSpacingPx);
            const int bottom = std::min(grey.height(), middle + kDataMatrixRowSpacingPx);
            readRepeatedly(grey, top, bottom - top, dataMatrixHints, options, maxSymbols, barcodes);
        }
    }
    return barcodes;
}

std::vector<DecodedBarcode> decodeImage(const QImage& image, const DecodeOptions& options)
{
    if (image.isNull()) {
        return {};
    }
    // Formats ZXing reads in place; anything else (indexed, 16-bit, mono)
    // becomes 8-bit grey first. QImage's 32-bit formats are 0xAARRGGBB
    // words, so their byte order in memory follows the CPU's.
    const auto refOf = [](const QImage& source, PixelLayout layout) {
        return ImageRef{source.constBits(), source.width(), source.height(), int(source.bytesPerLine()),
                        layout};
    };
    constexpr PixelLayout kArgbWordLayout =
        QSysInfo::ByteOrder == QSysInfo::LittleEndian ? PixelLayout::Bgrx : PixelLayout::Xrgb;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return decodeImage(refOf(image, PixelLayout::Lum), options);
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return decodeImage(refOf(image, kArgbWordLayout), options);
    case QImage::Format_RGB888:
        return decodeImage(refOf(image, PixelLayout::Rgb), options);
    case QImage::Format_BGR888:
        return decodeImage(refOf(image, PixelLayout::Bgr), options);
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return decodeImage(refOf(image, PixelLayout::Rgbx), options);
    default:
        break;
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return decodeImage(refOf(grey, PixelLayout::Lum), options);
}

} // namespace packdesk::scanning
