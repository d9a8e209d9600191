// The QtMultimedia adapter: frames pushed into a QVideoSink (as a camera
// would) are decoded on the worker thread; busy means dropped, not queued.
#include "framesupport.h"
#include "scanning/videoscanner.h"

#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <cstring>

using namespace packdesk::scanning;
using packdesk::scanning::testing::cameraFrame;

namespace {

QVideoFrame videoFrame(const QImage& image, QVideoFrameFormat::PixelFormat format)
{
    const QImage source = format == QVideoFrameFormat::Format_Y8
                              ? image.convertToFormat(QImage::Format_Grayscale8)
                              : image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(source.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int rowBytes = std::min<int>(frame.bytesPerLine(0), static_cast<int>(source.bytesPerLine()));
    for (int y = 0; y < source.height(); ++y)
        std::memcpy(frame.bits(0) + static_cast<std::ptrdiff_t>(y) * frame.bytesPerLine(0),
                    source.constScanLine(y), static_cast<std::size_t>(rowBytes));
    frame.unmap();
    return frame;
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000)
{
    for (int waited = 0; waited < timeoutMs; waited += 10) {
        if (condition())
            return true;
        QTest::qWait(10);
    }
    return condition();
}

} // namespace

TEST(VideoScanner, FramesFromASinkAreScannedOncePerCodeInView)
{
    QVideoSink sink;
    VideoScanner scanner;
    scanner.setVideoSink(&sink);
    QSignalSpy scans(&scanner, &VideoScanner::scanned);

    const QImage image = cameraFrame({{BarcodeFormat::QrCode, QStringLiteral("acme/1001"), {300, 200}}});
    for (int i = 0; i < 10; ++i) {
        // A new frame each time: QVideoSink ignores the same frame set twice.
        const QVideoFrame frame = videoFrame(image, QVideoFrameFormat::Format_BGRX8888);
        ASSERT_TRUE(frame.isValid());
        sink.setVideoFrame(frame);
        // Wait for the worker, like a 30 fps camera would.
        ASSERT_TRUE(waitUntil(
            [&] { return scanner.counters().decoded + scanner.counters().dropped == quint64(i + 1); }));
    }
    ASSERT_TRUE(waitUntil([&] { return scans.size() >= 1; }));
    QTest::qWait(50);
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), QStringLiteral("]Q1acme/1001"));
}

TEST(VideoScanner, DropsFramesWhileBusyInsteadOfQueueingThem)
{
    QVideoSink sink;
    VideoScanner scanner;
    scanner.setVideoSink(&sink);

    const QImage image = cameraFrame({{BarcodeFormat::Code128, QStringLiteral("SKU-0042"), {300, 200}}});
    std::vector<QVideoFrame> burst;
    for (int i = 0; i < 50; ++i)
        burst.push_back(videoFrame(image, QVideoFrameFormat::Format_Y8));
    // 50 frames at once, far faster than the worker decodes a 1280x720 frame.
    for (const QVideoFrame& frame : burst)
        sink.setVideoFrame(frame);

    ASSERT_TRUE(waitUntil([&] { return scanner.counters().decoded + scanner.counters().dropped == 50; }));
    const VideoScanner::Counters counters = scanner.counters();
    EXPECT_EQ(counters.received, 50u);
    EXPECT_GT(counters.dropped, 0u);
    EXPECT_GE(counters.decoded, 1u);
}

TEST(VideoScanner, SwitchingSinksStopsListeningToTheOldOne)
{
    QVideoSink first;
    QVideoSink second;
    VideoScanner scanner;
    QSignalSpy changes(&scanner, &VideoScanner::videoSinkChanged);
    scanner.setVideoSink(&first);
    scanner.setVideoSink(&second);
    EXPECT_EQ(changes.size(), 2);

    const QImage image = cameraFrame({});
    first.setVideoFrame(videoFrame(image, QVideoFrameFormat::Format_Y8));
    QTest::qWait(20);
    EXPECT_EQ(scanner.counters().received, 0u);
    second.setVideoFrame(videoFrame(image, QVideoFrameFormat::Format_Y8));
    EXPECT_EQ(scanner.counters().received, 1u);
}
