// The camera path without a camera: frame conversion, decoding and the
// "once while in view" rule, on 1280x720 frames.
#include "framesupport.h"
#include "scanning/codetracker.h"
#include "scanning/framepipeline.h"

#include <gtest/gtest.h>

using namespace packdesk::scanning;
using packdesk::scanning::testing::cameraFrame;

namespace {

VideoFrameView greyView(const QImage& grey)
{
    return VideoFrameView{FramePixelFormat::Y8, grey.width(), grey.height(), grey.constBits(),
                          static_cast<int>(grey.bytesPerLine())};
}

/// Packs a grey image as YUYV (Y U Y V ...) or UYVY, the way many USB cameras deliver.
std::vector<std::uint8_t> packed422(const QImage& grey, bool yFirst)
{
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(grey.width()) * grey.height() * 2, 128);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            bytes[(static_cast<std::size_t>(y) * grey.width() + x) * 2 + (yFirst ? 0 : 1)] = line[x];
    }
    return bytes;
}

} // namespace

TEST(FrameConversion, PlanarYuvIsUsedWithoutACopy)
{
    std::vector<std::uint8_t> plane(64 * 48, 0);
    std::vector<std::uint8_t> scratch;
    for (FramePixelFormat format :
         {FramePixelFormat::Y8, FramePixelFormat::Nv12, FramePixelFormat::Nv21, FramePixelFormat::Yuv420p,
          FramePixelFormat::Yv12, FramePixelFormat::Yuv422p}) {
        const ImageRef luminance = luminanceOf(VideoFrameView{format, 64, 48, plane.data(), 64}, scratch);
        EXPECT_EQ(luminance.data, plane.data());
        EXPECT_EQ(luminance.layout, PixelLayout::Lum);
    }
}

TEST(FrameConversion, PackedYuvTakesEveryLumaByte)
{
    QImage grey(4, 2, QImage::Format_Grayscale8);
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 4; ++x)
            grey.scanLine(y)[x] = static_cast<uchar>(10 * (y * 4 + x));
    std::vector<std::uint8_t> scratch;
    for (bool yFirst : {true, false}) {
        const auto bytes = packed422(grey, yFirst);
        const ImageRef luminance = luminanceOf(
            VideoFrameView{yFirst ? FramePixelFormat::Yuyv : FramePixelFormat::Uyvy, 4, 2, bytes.data(), 8}, scratch);
        ASSERT_NE(luminance.data, nullptr);
        EXPECT_EQ(luminance.bytesPerLine, 4);
        for (int i = 0; i < 8; ++i)
            EXPECT_EQ(luminance.data[i], 10 * i) << "pixel " << i;
    }
}

TEST(FrameConversion, RefusesUnsupportedFormatsAndInconsistentSizes)
{
    std::vector<std::uint8_t> bytes(100, 0);
    std::vector<std::uint8_t> scratch;
    EXPECT_EQ(
        luminanceOf(VideoFrameView{FramePixelFormat::Unsupported, 10, 10, bytes.data(), 10}, scratch).data,
        nullptr);
    EXPECT_EQ(luminanceOf(VideoFrameView{FramePixelFormat::Y8, 10, 10, nullptr, 10}, scratch).data, nullptr);
    EXPECT_EQ(luminanceOf(VideoFrameView{FramePixelFormat::Y8, -1, 10, bytes.data(), 10}, scratch).data,
              nullptr);
    EXPECT_EQ(luminanceOf(VideoFrameView{FramePixelFormat::Bgrx, 10, 10, bytes.data(), 10}, scratch).data,
              nullptr);
}

TEST(CodeTracker, ReportsACodeOnceWhileItStaysInView)
{
    CodeTracker tracker(1000);
    EXPECT_TRUE(tracker.seen(BarcodeFormat::Ean13, QStringLiteral("4006381333931"), 0));
    for (std::int64_t t = 33; t < 5000; t += 33)
        EXPECT_FALSE(tracker.seen(BarcodeFormat::Ean13, QStringLiteral("4006381333931"), t));
    EXPECT_EQ(tracker.inView(), 1u);
}

TEST(CodeTracker, ACodeBackAfterItWasGoneIsANewScan)
{
    CodeTracker tracker(1000);
    EXPECT_TRUE(tracker.seen(BarcodeFormat::QrCode, QStringLiteral("A"), 0));
    EXPECT_TRUE(tracker.seen(BarcodeFormat::QrCode, QStringLiteral("B"), 10));
    tracker.expire(1005);
    EXPECT_EQ(tracker.inView(), 1u); // A left, B still counts as in view
    EXPECT_TRUE(tracker.seen(BarcodeFormat::QrCode, QStringLiteral("A"), 1100));
    EXPECT_TRUE(tracker.seen(BarcodeFormat::QrCode, QStringLiteral("B"), 2500)); // unseen for 2.49 s
}

TEST(CodeTracker, SameTextInAnotherFormatIsAnotherCode)
{
    CodeTracker tracker;
    EXPECT_TRUE(tracker.seen(BarcodeFormat::QrCode, QStringLiteral("1001"), 0));
    EXPECT_TRUE(tracker.seen(BarcodeFormat::Code128, QStringLiteral("1001"), 0));
}

TEST(FramePipeline, DecodesAFrameAndReportsEachCodeOnce)
{
    const QImage frame = cameraFrame({{BarcodeFormat::QrCode, QStringLiteral("acme/1001"), {200, 150}},
                                      {BarcodeFormat::Code128, QStringLiteral("SKU-0042"), {700, 300}}});
    FramePipelineSettings settings;
    settings.maxSymbolsPerFrame = 4; // a camera watching a whole table
    FramePipeline pipeline(settings);
    std::vector<DecodedBarcode> first = pipeline.process(greyView(frame), 0);
    ASSERT_EQ(first.size(), 2u);
    QStringList texts{first[0].text, first[1].text};
    texts.sort();
    EXPECT_EQ(texts, (QStringList{QStringLiteral("SKU-0042"), QStringLiteral("acme/1001")}));

    for (std::int64_t t = 33; t < 1000; t += 33)
        EXPECT_TRUE(pipeline.process(greyView(frame), t).empty()) << "at " << t << " ms";
    EXPECT_EQ(pipeline.framesProcessed(), 31u);
}

TEST(FramePipeline, SecondUnitOfTheSameItemAfterAGapIsReportedAgain)
{
    const QImage withCode = cameraFrame({{BarcodeFormat::Code128, QStringLiteral("SKU-0042"), {500, 300}}});
    const QImage empty = cameraFrame({});
    FramePipelineSettings settings;
    settings.forgetAfterMs = 500;
    FramePipeline pipeline(settings);

    EXPECT_EQ(pipeline.process(greyView(withCode), 0).size(), 1u);
    for (std::int64_t t = 33; t <= 700; t += 33)
        EXPECT_TRUE(pipeline.process(greyView(empty), t).empty());
    EXPECT_EQ(pipeline.process(greyView(withCode), 733).size(), 1u);
}

TEST(FramePipeline, ByDefaultOneCodePerFrameIsLookedFor)
{
    const QImage frame = cameraFrame({{BarcodeFormat::QrCode, QStringLiteral("acme/1001"), {200, 150}},
                                      {BarcodeFormat::Code128, QStringLiteral("SKU-0042"), {700, 300}}});
    FramePipeline pipeline;
    EXPECT_EQ(pipeline.process(greyView(frame), 0).size(), 1u);
}

TEST(FramePipeline, OnlyTheConfiguredFormatsAreDecoded)
{
    const QImage frame = cameraFrame({{BarcodeFormat::QrCode, QStringLiteral("acme/1001"), {200, 150}},
                                      {BarcodeFormat::Code128, QStringLiteral("SKU-0042"), {700, 300}}});
    FramePipelineSettings settings;
    settings.formats = BarcodeFormat::Code128;
    FramePipeline pipeline(settings);
    const auto found = pipeline.process(greyView(frame), 0);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].format, BarcodeFormat::Code128);
}

TEST(FramePipeline, YuyvFramesDecodeLikeGreyOnes)
{
    const QImage frame =
        cameraFrame({{BarcodeFormat::DataMatrix, QStringLiteral("RMA-7Q4K-2M9X"), {600, 300}}});
    const auto bytes = packed422(frame, true);
    FramePipeline pipeline;
    const auto found = pipeline.process(VideoFrameView{FramePixelFormat::Yuyv, frame.width(), frame.height(),
                                                       bytes.data(), frame.width() * 2},
                                        0);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, QStringLiteral("RMA-7Q4K-2M9X"));
    EXPECT_EQ(found[0].format, BarcodeFormat::DataMatrix);
}

TEST(FramePipeline, UnsupportedFramesAreCountedNotFatal)
{
    FramePipeline pipeline;
    std::vector<std::uint8_t> bytes(16, 0);
    EXPECT_TRUE(
        pipeline.process(VideoFrameView{FramePixelFormat::Unsupported, 4, 4, bytes.data(), 4}, 0).empty());
    EXPECT_EQ(pipeline.framesUnsupported(), 1u);
}
