// Images that make Debian's ZXing-C++ 1.4 abort the process when it is asked
// for several symbols at once (an assertion left on in Result.cpp; upstream
// zxing-cpp#516/#740). decodeImage() must read them and return normally.
// If this binary dies with "Assertion `lineCount() == 1' failed", the guard
// in scanning/imagescanner.cpp was lost.
#include "scanning/barcodegenerator.h"
#include "scanning/imagescanner.h"

#include <QPainter>

#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

using namespace packdesk::scanning;

namespace {

QImage frameWith(const std::vector<std::pair<BarcodeFormat, QPoint>>& codes, const QString& text)
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(200);
    QPainter painter(&frame);
    for (const auto& [format, at] : codes)
        painter.drawImage(at, generateBarcode(format, text)->toImage(3));
    return frame;
}

} // namespace

/// ZXing-C++ called the obvious way, asking for every symbol in the image.
std::size_t readAllDirectly(const QImage& grey)
{
    const auto hints = ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128).setMaxNumberOfSymbols(255);
    return ZXing::ReadBarcodes(ZXing::ImageView(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                                int(grey.bytesPerLine())),
                               hints)
        .size();
}

// The reason for the guard: if this starts failing, Debian's ZXing no
// longer aborts here, and the one-symbol-per-call workaround in
// imagescanner.cpp can be revisited.
TEST(ZXingAbortGuardDeathTest, DirectCallAbortsOnTheseFrames)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const QImage frame = frameWith({{BarcodeFormat::Code128, {300, 200}}}, QStringLiteral("SKU-0042"));
    EXPECT_DEATH(readAllDirectly(frame), "lineCount");
}

TEST(ZXingAbortGuard, OneCode128InALargeFrame)
{
    // Found in the full image and in ZXing's downscaled copy: the merge of
    // the two asserted.
    const QImage frame = frameWith({{BarcodeFormat::Code128, {300, 200}}}, QStringLiteral("SKU-0042"));
    for (bool tryHarder : {false, true}) {
        DecodeOptions options;
        options.tryHarder = tryHarder;
        const auto found = decodeImage(frame, options);
        ASSERT_EQ(found.size(), 1u) << "tryHarder " << tryHarder;
        EXPECT_EQ(found[0].text, QStringLiteral("SKU-0042"));
    }
}

TEST(ZXingAbortGuard, TheSameLinearCodeFourTimes)
{
    // Two units of one item under the camera: same text, different places.
    const QImage frame = frameWith({{BarcodeFormat::Code128, {60, 80}},
                                    {BarcodeFormat::Code128, {700, 80}},
                                    {BarcodeFormat::Code128, {60, 420}},
                                    {BarcodeFormat::Code128, {700, 420}}},
                                   QStringLiteral("SKU-0042"));
    DecodeOptions options;
    options.tryHarder = true;
    const auto found = decodeImage(frame, options);
    ASSERT_GE(found.size(), 2u);
    for (const DecodedBarcode& barcode : found)
        EXPECT_EQ(barcode.text, QStringLiteral("SKU-0042"));
}

TEST(ZXingAbortGuard, MixedCodesAreAllFound)
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(200);
    {
        QPainter painter(&frame);
        painter.drawImage(QPoint(60, 60), generateBarcode(BarcodeFormat::Code128, QStringLiteral("SKU-0042"))->toImage(3));
        painter.drawImage(QPoint(700, 60), generateBarcode(BarcodeFormat::QrCode, QStringLiteral("acme/1001"))->toImage(5));
        painter.drawImage(QPoint(100, 420), generateBarcode(BarcodeFormat::DataMatrix, QStringLiteral("RMA-7Q4K"))->toImage(6));
        painter.drawImage(QPoint(700, 450), generateBarcode(BarcodeFormat::Code128, QStringLiteral("1234567890"))->toImage(3));
    }
    const auto found = decodeImage(frame);
    QStringList texts;
    for (const DecodedBarcode& barcode : found)
        texts << barcode.text;
    texts.sort();
    EXPECT_EQ(texts.join(u',').toStdString(), QStringList({QStringLiteral("1234567890"), QStringLiteral("RMA-7Q4K"), QStringLiteral("SKU-0042"),
                                  QStringLiteral("acme/1001")}).join(u',').toStdString());
}
