#include "cameraframes.h"

#include "scanning/barcodegenerator.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <random>

namespace packdesk::bench {

namespace {

using scanning::BarcodeFormat;

QImage ean13Image(const std::string& digits, int modulePx)
{
    // packdesk prints no EAN-13 (products come with theirs): draw it with ZXing's writer.
    const ZXing::BitMatrix bits =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(10).encode(digits, 0, 0);
    QImage image(bits.width() * modulePx, 60 * modulePx, QImage::Format_Grayscale8);
    image.fill(255);
    for (int x = 0; x < bits.width(); ++x) {
        if (bits.get(x, 0)) {
            for (int y = 0; y < image.height(); ++y)
                for (int dx = 0; dx < modulePx; ++dx)
                    image.scanLine(y)[x * modulePx + dx] = 0;
        }
    }
    return image;
}

QImage symbolImage(BarcodeFormat format, const QString& text, int modulePx)
{
    auto symbol = scanning::generateBarcode(format, text);
    return symbol ? symbol->toImage(modulePx) : QImage();
}

struct Placement
{
    QImage image;
    QPoint at;
};

CameraFrame makeFrame(const QString& label, const std::vector<Placement>& placements, std::uint32_t seed)
{
    CameraFrame frame;
    frame.label = label;
    frame.grey = QImage(1280, 720, QImage::Format_Grayscale8);
    frame.grey.fill(170);
    {
        QPainter painter(&frame.grey);
        for (const Placement& placement : placements)
            painter.drawImage(placement.at, placement.image);
    }
    // Sensor noise: +-12 grey levels, deterministic.
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> noise(-12, 12);
    for (int y = 0; y < frame.grey.height(); ++y) {
        uchar* line = frame.grey.scanLine(y);
        for (int x = 0; x < frame.grey.width(); ++x)
            line[x] = static_cast<uchar>(std::clamp(int(line[x]) * 3 / 4 + 30 + noise(random), 0, 255));
    }
    const int w = frame.grey.width();
    const int h = frame.grey.height();
    frame.nv12.assign(static_cast<std::size_t>(w) * h * 3 / 2, 128);
    frame.yuyv.assign(static_cast<std::size_t>(w) * h * 2, 128);
    for (int y = 0; y < h; ++y) {
        const uchar* line = frame.grey.constScanLine(y);
        std::copy(line, line + w, frame.nv12.begin() + static_cast<std::ptrdiff_t>(y) * w);
        for (int x = 0; x < w; ++x)
            frame.yuyv[(static_cast<std::size_t>(y) * w + x) * 2] = line[x];
    }
    frame.expectedCodes = static_cast<int>(placements.size());
    return frame;
}

} // namespace

std::vector<CameraFrame> stationCameraFrames()
{
    std::vector<CameraFrame> frames;
    frames.push_back(makeFrame(QStringLiteral("EAN-13"), {{ean13Image("4006381333931", 3), {420, 250}}}, 1));
    frames.push_back(
        makeFrame(QStringLiteral("Code 128"), {{symbolImage(BarcodeFormat::Code128, QStringLiteral("SKU-0042-XL"), 3), {380, 300}}}, 2));
    frames.push_back(makeFrame(QStringLiteral("QR"),
                               {{symbolImage(BarcodeFormat::QrCode, QStringLiteral("nordlys/NL-10041"), 6), {560, 260}}}, 3));
    frames.push_back(makeFrame(QStringLiteral("DataMatrix"),
                               {{symbolImage(BarcodeFormat::DataMatrix, QStringLiteral("RMA-7Q4K-2M9X"), 8), {600, 280}}}, 4));
    frames.push_back(makeFrame(QStringLiteral("QR + Code 128"),
                               {{symbolImage(BarcodeFormat::QrCode, QStringLiteral("acme/1001"), 6), {150, 200}},
                                {symbolImage(BarcodeFormat::Code128, QStringLiteral("5901234123457"), 3), {700, 400}}},
                               5));
    frames.push_back(makeFrame(QStringLiteral("nothing"), {}, 6));
    return frames;
}

} // namespace packdesk::bench
