// decodeImage() on hand-made buffers: every pixel layout, padded rows,
// format restriction, several symbols at once, corners, and inputs that must
// give nothing rather than a crash. The symbols come from the zint corpus.

#include "scanning/imagescanner.h"

#include <QImage>
#include <algorithm>
#include <climits>
#include <cstdint>
#include <gtest/gtest.h>
#include <random>
#include <vector>

using namespace packdesk::scanning;

namespace {

const QString kGs = QString(QChar(0x1D));

QImage corpusImage(const char* file)
{
    const QImage image(QStringLiteral(DECODE_CORPUS_DIR "/images/") + QLatin1String(file));
    EXPECT_FALSE(image.isNull()) << file << " missing; run tests/scanning/corpus/make-corpus.sh";
    return image.convertToFormat(QImage::Format_Grayscale8);
}

ImageRef lumRef(const QImage& grey)
{
    return {grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()), PixelLayout::Lum};
}

std::vector<DecodedBarcode> decodeOnly(const ImageRef& image, BarcodeFormats formats)
{
    DecodeOptions options;
    options.formats = formats;
    return decodeImage(image, options);
}

/// Bytes of one pixel in a layout, from one luminance value. The channels
/// differ on purpose so that a layout read with the wrong channel order gives
/// a negative image (which ZXing 1.4 does not read) instead of passing by
/// luck: red carries the image, blue and the filler byte its inverse.
std::vector<std::uint8_t> pixelBytes(PixelLayout layout, std::uint8_t lum)
{
    const std::uint8_t r = lum;
    const std::uint8_t g = 128;
    const std::uint8_t b = 255 - lum;
    const std::uint8_t x = 255 - lum;
    switch (layout) {
    case PixelLayout::Lum:
        return {lum};
    case PixelLayout::Rgb:
        return {r, g, b};
    case PixelLayout::Bgr:
        return {b, g, r};
    case PixelLayout::Rgbx:
        return {r, g, b, x};
    case PixelLayout::Xrgb:
        return {x, r, g, b};
    case PixelLayout::Bgrx:
        return {b, g, r, x};
    case PixelLayout::Xbgr:
        return {x, b, g, r};
    }
    return {};
}

/// A grey image re-laid out in `layout`, each row followed by `padding`
/// bytes of 0x00 that the decoder must skip.
struct LaidOutImage
{
    std::vector<std::uint8_t> bytes;
    ImageRef ref;
};

LaidOutImage layOut(const QImage& grey, PixelLayout layout, int padding = 0)
{
    const int bpp = int(pixelBytes(layout, 0).size());
    const int stride = grey.width() * bpp + padding;
    LaidOutImage out;
    out.bytes.assign(std::size_t(stride) * grey.height(), 0);
    for (int y = 0; y < grey.height(); ++y) {
        const std::uint8_t* row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            const auto pixel = pixelBytes(layout, row[x]);
            std::copy(pixel.begin(), pixel.end(), out.bytes.begin() + std::ptrdiff_t(y) * stride + x * bpp);
        }
    }
    out.ref = {out.bytes.data(), grey.width(), grey.height(), stride, layout};
    return out;
}

PixelLayout withSwappedRedAndBlue(PixelLayout layout)
{
    switch (layout) {
    case PixelLayout::Rgb:
        return PixelLayout::Bgr;
    case PixelLayout::Bgr:
        return PixelLayout::Rgb;
    case PixelLayout::Rgbx:
        return PixelLayout::Bgrx;
    case PixelLayout::Bgrx:
        return PixelLayout::Rgbx;
    case PixelLayout::Xrgb:
        return PixelLayout::Xbgr;
    case PixelLayout::Xbgr:
        return PixelLayout::Xrgb;
    case PixelLayout::Lum:
        break;
    }
    return layout;
}

const char* const kQrUrlText = "https://packdesk.example/o/4711?s=3";

} // namespace

class PixelLayouts : public ::testing::TestWithParam<PixelLayout>
{
};

TEST_P(PixelLayouts, DecodesTheSameSymbol)
{
    const LaidOutImage image = layOut(corpusImage("qr-url-m2.png"), GetParam());
    const auto found = decodeImage(image.ref);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].format, BarcodeFormat::QrCode);
    EXPECT_EQ(found[0].text, QLatin1String(kQrUrlText));
}

TEST_P(PixelLayouts, SkipsRowPadding)
{
    // An odd padding, so that rows do not even start on a pixel boundary.
    const LaidOutImage image = layOut(corpusImage("ean13-a-m2.png"), GetParam(), 13);
    const auto found = decodeImage(image.ref);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, QStringLiteral("5901234123457"));
}

INSTANTIATE_TEST_SUITE_P(ImageScanner, PixelLayouts,
                         ::testing::Values(PixelLayout::Lum, PixelLayout::Rgb, PixelLayout::Bgr,
                                           PixelLayout::Rgbx, PixelLayout::Xrgb, PixelLayout::Bgrx,
                                           PixelLayout::Xbgr));

TEST(ImageScanner, ChannelOrderMatters)
{
    const QImage grey = corpusImage("qr-url-m2.png");
    for (const PixelLayout layout : {PixelLayout::Rgb, PixelLayout::Bgr, PixelLayout::Rgbx, PixelLayout::Xrgb,
                                     PixelLayout::Bgrx, PixelLayout::Xbgr}) {
        LaidOutImage image = layOut(grey, layout);
        image.ref.layout = withSwappedRedAndBlue(layout);
        EXPECT_TRUE(decodeImage(image.ref).empty())
            << "layout " << int(layout) << " read with red and blue swapped";
    }
}

TEST(ImageScanner, QImageFormatsDecode)
{
    const QImage grey = corpusImage("dm-gs1-m3.png");
    const QString expected = QStringLiteral("01095011015300031725123110LOT-7") + kGs + QStringLiteral("21x1");
    for (const QImage::Format format :
         {QImage::Format_Grayscale8, QImage::Format_RGB32, QImage::Format_ARGB32,
          QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB888, QImage::Format_BGR888,
          QImage::Format_RGBX8888, QImage::Format_RGBA8888, QImage::Format_Indexed8, QImage::Format_Mono,
          QImage::Format_RGB16, QImage::Format_Grayscale16}) {
        const QImage image = grey.convertToFormat(format);
        ASSERT_EQ(image.format(), format);
        const auto found = decodeImage(image);
        ASSERT_EQ(found.size(), 1u) << "QImage format " << int(format);
        EXPECT_EQ(found[0].text, expected) << "QImage format " << int(format);
    }
}

TEST(ImageScanner, QImageAsLoadedFromAPngDecodes)
{
    const QImage image(QStringLiteral(DECODE_CORPUS_DIR "/images/upca-m2.png"));
    ASSERT_FALSE(image.isNull());
    const auto found = decodeImage(image);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, QStringLiteral("036000291452"));
}

TEST(ImageScanner, FindsOnlyTheRequestedFormats)
{
    const QImage grey = corpusImage("qr-url-m2.png");
    EXPECT_TRUE(decodeOnly(lumRef(grey), BarcodeFormat::Code128).empty());
    EXPECT_TRUE(decodeOnly(lumRef(grey), BarcodeFormat::DataMatrix | BarcodeFormat::Ean13).empty());
    EXPECT_EQ(decodeOnly(lumRef(grey), BarcodeFormat::QrCode).size(), 1u);
}

TEST(ImageScanner, NoFormatsFindsNothing)
{
    // ZXing reads an empty set as "everything"; packdesk must not.
    const QImage grey = corpusImage("qr-url-m2.png");
    EXPECT_TRUE(decodeOnly(lumRef(grey), BarcodeFormat::None).empty());
}

TEST(ImageScanner, FindsSeveralSymbolsInOneImage)
{
    const QImage parts[] = {corpusImage("ean13-a-m2.png"), corpusImage("qr-url-m2.png"),
                            corpusImage("dm-gs1-m3.png")};
    int width = 0;
    int height = 0;
    for (const QImage& part : parts) {
        width += part.width() + 40;
        height = std::max(height, part.height());
    }
    QImage sheet(width, height + 40, QImage::Format_Grayscale8);
    sheet.fill(255);
    int left = 20;
    for (const QImage& part : parts) {
        for (int y = 0; y < part.height(); ++y) {
            std::copy_n(part.constScanLine(y), part.width(), sheet.scanLine(y + 20) + left);
        }
        left += part.width() + 40;
    }

    const auto found = decodeImage(sheet);
    ASSERT_EQ(found.size(), 3u);
    QStringList texts;
    for (const DecodedBarcode& barcode : found) {
        texts << displayName(barcode.format) + u' ' + barcode.text;
    }
    texts.sort();
    EXPECT_EQ(texts, (QStringList{QStringLiteral("DataMatrix 01095011015300031725123110LOT-7") + kGs +
                                      QStringLiteral("21x1"),
                                  QStringLiteral("EAN-13 5901234123457"),
                                  QStringLiteral("QR Code ") + QLatin1String(kQrUrlText)}));

    DecodeOptions one;
    one.maxSymbols = 1;
    EXPECT_EQ(decodeImage(sheet, one).size(), 1u);
}

TEST(ImageScanner, CornersOutlineTheSymbol)
{
    // zint's QR at 4 px per module: the symbol sits inside a 4-module quiet
    // zone (16 px) on every side.
    const QImage grey = corpusImage("qr-url-m4.png");
    const auto found = decodeImage(grey);
    ASSERT_EQ(found.size(), 1u);
    const auto& c = found[0].corners;
    const int margin = 16;
    const int far = grey.width() - margin;
    const int tolerance = 4;
    EXPECT_NEAR(c[0].x(), margin, tolerance);
    EXPECT_NEAR(c[0].y(), margin, tolerance);
    EXPECT_NEAR(c[1].x(), far, tolerance);
    EXPECT_NEAR(c[1].y(), margin, tolerance);
    EXPECT_NEAR(c[2].x(), far, tolerance);
    EXPECT_NEAR(c[2].y(), far, tolerance);
    EXPECT_NEAR(c[3].x(), margin, tolerance);
    EXPECT_NEAR(c[3].y(), far, tolerance);
}

TEST(ImageScanner, CornersFollowTheSymbolsRotation)
{
    // Turned a quarter counter-clockwise, the symbol's top-left corner is at
    // the image's bottom-left and its top-right at the top-left.
    const QImage grey = corpusImage("qr-url-rot90.png");
    const auto found = decodeImage(grey);
    ASSERT_EQ(found.size(), 1u);
    const auto& c = found[0].corners;
    const QPoint centre(grey.width() / 2, grey.height() / 2);
    EXPECT_LT(c[0].x(), centre.x());
    EXPECT_GT(c[0].y(), centre.y());
    EXPECT_LT(c[1].x(), centre.x());
    EXPECT_LT(c[1].y(), centre.y());
    EXPECT_GT(c[2].x(), centre.x());
    EXPECT_LT(c[2].y(), centre.y());
}

TEST(ImageScanner, NullAndEmptyImagesGiveNothing)
{
    EXPECT_TRUE(decodeImage(QImage()).empty());
    EXPECT_TRUE(decodeImage(ImageRef{}).empty());
    QImage white(200, 100, QImage::Format_Grayscale8);
    white.fill(255);
    EXPECT_TRUE(decodeImage(white).empty());
}

TEST(ImageScanner, NonsenseGeometryGivesNothing)
{
    const QImage grey = corpusImage("qr-url-m2.png");
    const ImageRef good = lumRef(grey);
    ASSERT_EQ(decodeImage(good).size(), 1u);

    const auto variant = [&](auto change) {
        ImageRef ref = good;
        change(ref);
        return decodeImage(ref);
    };
    EXPECT_TRUE(variant([](ImageRef& r) { r.data = nullptr; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.width = 0; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.width = -5; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.height = 0; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.height = -1; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.bytesPerLine = 0; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.bytesPerLine = -r.bytesPerLine; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.bytesPerLine = r.width - 1; }).empty());
    // Rows of 4-byte pixels need four times the Lum stride.
    EXPECT_TRUE(variant([](ImageRef& r) { r.layout = PixelLayout::Bgrx; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) { r.layout = PixelLayout(99); }).empty());
    // Offsets that overflow int: refused before anything is read.
    EXPECT_TRUE(variant([](ImageRef& r) { r.height = INT_MAX; }).empty());
    EXPECT_TRUE(variant([](ImageRef& r) {
                    r.width = INT_MAX;
                    r.bytesPerLine = INT_MAX;
                    r.layout = PixelLayout::Rgbx;
                }).empty());
}

TEST(ImageScanner, NoiseGivesNothing)
{
    std::mt19937 random(20240601);
    std::uniform_int_distribution<int> byte(0, 255);
    std::vector<std::uint8_t> noise(320 * 240);
    for (std::uint8_t& pixel : noise) {
        pixel = std::uint8_t(byte(random));
    }
    EXPECT_TRUE(decodeImage(ImageRef{noise.data(), 320, 240, 320, PixelLayout::Lum}).empty());
}

TEST(ImageScanner, Gs1TextIsWhatAScannerSends)
{
    struct Case
    {
        const char* file;
        BarcodeFormat format;
        const char* aim;
    };
    const QString expected = QStringLiteral("010950110153000310ABC") + kGs + QStringLiteral("21123");
    for (const Case& c : {Case{"gs1128-lot-m2.png", BarcodeFormat::Code128, "]C1"},
                          Case{"qr-gs1-m2.png", BarcodeFormat::QrCode, "]Q3"}}) {
        const auto found = decodeImage(corpusImage(c.file));
        ASSERT_EQ(found.size(), 1u) << c.file;
        EXPECT_EQ(found[0].format, c.format) << c.file;
        EXPECT_EQ(found[0].aimIdentifier, QLatin1String(c.aim)) << c.file;
        // FNC1 as GS after the variable-length (10), none in front.
        EXPECT_EQ(found[0].text, expected) << c.file;
        EXPECT_EQ(found[0].scannerText(), QLatin1String(c.aim) + expected) << c.file;
    }

    const auto dataMatrix = decodeImage(corpusImage("dm-gs1-m3.png"));
    ASSERT_EQ(dataMatrix.size(), 1u);
    EXPECT_EQ(dataMatrix[0].aimIdentifier, QStringLiteral("]d2"));
    EXPECT_EQ(dataMatrix[0].text,
              QStringLiteral("01095011015300031725123110LOT-7") + kGs + QStringLiteral("21x1"));

    // Only fixed-length fields: no GS at all.
    const auto fixed = decodeImage(corpusImage("gs1128-fixed-m2.png"));
    ASSERT_EQ(fixed.size(), 1u);
    EXPECT_EQ(fixed[0].aimIdentifier, QStringLiteral("]C1"));
    EXPECT_EQ(fixed[0].text, QStringLiteral("0109501101530003310300125017251231"));
}

TEST(ImageScanner, RetailCodesKeepTheirPrintedDigits)
{
    struct Case
    {
        const char* file;
        BarcodeFormat format;
        const char* aim;
        const char* text;
    };
    for (const Case& c : {Case{"ean13-a-m2.png", BarcodeFormat::Ean13, "]E0", "5901234123457"},
                          Case{"upca-m2.png", BarcodeFormat::UpcA, "]E0", "036000291452"},
                          Case{"upce-m2.png", BarcodeFormat::UpcE, "]E0", "01234565"},
                          Case{"ean8-m2.png", BarcodeFormat::Ean8, "]E4", "96385074"}}) {
        const auto found = decodeImage(corpusImage(c.file));
        ASSERT_EQ(found.size(), 1u) << c.file;
        EXPECT_EQ(found[0].format, c.format) << c.file;
        EXPECT_EQ(found[0].aimIdentifier, QLatin1String(c.aim)) << c.file;
        EXPECT_EQ(found[0].text, QLatin1String(c.text)) << c.file;
    }
}

TEST(ImageScanner, TextInOtherCharacterSetsComesOutAsUnicode)
{
    // Latin-1 without ECI, and UTF-8 under ECI 26; neither AIM id claims ECI
    // because the text carries no ECI escapes.
    const auto latin1 = decodeImage(corpusImage("qr-latin1-m2.png"));
    ASSERT_EQ(latin1.size(), 1u);
    EXPECT_EQ(latin1[0].text, QStringLiteral("Jürgen Weiß æøå"));
    EXPECT_EQ(latin1[0].aimIdentifier, QStringLiteral("]Q1"));

    const auto eci = decodeImage(corpusImage("qr-eci-m2.png"));
    ASSERT_EQ(eci.size(), 1u);
    EXPECT_EQ(eci[0].text, QStringLiteral("Grüße € 東京"));
    EXPECT_EQ(eci[0].aimIdentifier, QStringLiteral("]Q1"));
}
