// Scanning benchmarks (issue "Scanning"): the camera frame pipeline beside
// ZXing-C++ called directly and beside libzbar, on the same 1280x720 frames
// with the station's formats, one core; and GS1 parsing latency.
#include "cameraframes.h"
#include "zbarreader.h"
#include "latencies.h"
#include "scanning/framepipeline.h"
#include "scanning/gs1.h"
#include "scanning/scaninterpreter.h"

#include <QGuiApplication>

#include <ZXing/ReadBarcode.h>
#include <benchmark/benchmark.h>

namespace {

using namespace packdesk;

const std::vector<bench::CameraFrame>& frames()
{
    static const std::vector<bench::CameraFrame> all = bench::stationCameraFrames();
    return all;
}

/// The same formats and live-video settings FramePipeline uses by default.
/// One symbol per call, as packdesk does: asking Debian's ZXing 1.4 for all
/// symbols aborts the process on the Code 128 frame (see imagescanner.cpp).
ZXing::DecodeHints directHints()
{
    return ZXing::DecodeHints()
        .setFormats(ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::UPCA
                    | ZXing::BarcodeFormat::UPCE | ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::QRCode
                    | ZXing::BarcodeFormat::DataMatrix)
        .setTryHarder(false)
        .setTryRotate(false)
        .setMaxNumberOfSymbols(1);
}

void reportFrames(benchmark::State& state, std::int64_t codesFound)
{
    state.SetItemsProcessed(state.iterations());
    state.counters["frames_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["codes_per_frame"] = double(codesFound) / double(std::max<std::int64_t>(1, state.iterations()));
}

void zxingDirect(benchmark::State& state)
{
    const auto hints = directHints();
    std::int64_t found = 0;
    std::size_t i = 0;
    for (auto _ : state) {
        const bench::CameraFrame& frame = frames()[i++ % frames().size()];
        const auto result = ZXing::ReadBarcode(
            ZXing::ImageView(frame.nv12.data(), frame.grey.width(), frame.grey.height(), ZXing::ImageFormat::Lum,
                             frame.grey.width()),
            hints);
        found += result.isValid() ? 1 : 0;
        benchmark::DoNotOptimize(result);
    }
    reportFrames(state, found);
}

/// ZXing handed a packed YUYV frame directly: its Y bytes as a luminance
/// view with a pixel stride of 2, no copy. The fair baseline for YUYV.
void zxingDirectYuyv(benchmark::State& state)
{
    const auto hints = directHints();
    std::int64_t found = 0;
    std::size_t i = 0;
    for (auto _ : state) {
        const bench::CameraFrame& frame = frames()[i++ % frames().size()];
        const int w = frame.grey.width();
        const auto result = ZXing::ReadBarcode(
            ZXing::ImageView(frame.yuyv.data(), w, frame.grey.height(), ZXing::ImageFormat::Lum, 2 * w, 2), hints);
        found += result.isValid() ? 1 : 0;
        benchmark::DoNotOptimize(result);
    }
    reportFrames(state, found);
}

/// For context: ZXing asked for every symbol, its default way. Downscaling
/// is off because with it on Debian's ZXing 1.4 aborts on these frames.
void zxingDirectAllSymbols(benchmark::State& state)
{
    const auto hints = directHints().setMaxNumberOfSymbols(255).setTryDownscale(false);
    std::int64_t found = 0;
    std::size_t i = 0;
    for (auto _ : state) {
        const bench::CameraFrame& frame = frames()[i++ % frames().size()];
        const auto results = ZXing::ReadBarcodes(
            ZXing::ImageView(frame.nv12.data(), frame.grey.width(), frame.grey.height(), ZXing::ImageFormat::Lum,
                             frame.grey.width()),
            hints);
        found += static_cast<std::int64_t>(results.size());
        benchmark::DoNotOptimize(results.data());
    }
    reportFrames(state, found);
}

/// What the video scanner's worker does per frame: conversion, decoding and
/// de-duplication. Timestamps advance 33 ms per frame, like a 30 fps camera.
void framePipeline(benchmark::State& state, scanning::FramePixelFormat format)
{
    scanning::FramePipeline pipeline;
    std::int64_t reported = 0;
    std::size_t i = 0;
    std::int64_t nowMs = 0;
    for (auto _ : state) {
        const bench::CameraFrame& frame = frames()[i++ % frames().size()];
        const int w = frame.grey.width();
        const bool yuyv = format == scanning::FramePixelFormat::Yuyv;
        const scanning::VideoFrameView view{format, w, frame.grey.height(),
                                            yuyv ? frame.yuyv.data() : frame.nv12.data(), yuyv ? 2 * w : w};
        reported += static_cast<std::int64_t>(pipeline.process(view, nowMs += 33).size());
    }
    reportFrames(state, reported);
}

void framePipelineNv12(benchmark::State& state) { framePipeline(state, scanning::FramePixelFormat::Nv12); }
void framePipelineYuyv(benchmark::State& state) { framePipeline(state, scanning::FramePixelFormat::Yuyv); }

/// libzbar with the same formats it supports (it has no DataMatrix).
void zbarDirect(benchmark::State& state)
{
    bench::ZbarReader zbar;
    std::int64_t found = 0;
    std::size_t i = 0;
    for (auto _ : state) {
        const bench::CameraFrame& frame = frames()[i++ % frames().size()];
        found += zbar.scan(frame.nv12.data(), frame.grey.width(), frame.grey.height());
    }
    reportFrames(state, found);
}

/// GS1 element strings as GS1-128 and GS1 DataMatrix scanners send them.
const std::vector<QString>& gs1Samples()
{
    static const std::vector<QString> samples{
        QStringLiteral("0109501101530003172601011012345678\x1d" "21SERIAL0042"),
        QStringLiteral("00106141411234567897"),
        QStringLiteral("0204006381333931370024\x1d" "400PO-88812"),
        QStringLiteral("01095011015300031524063010LOT-7\x1d" "3012"),
        QStringLiteral("(01)09501101530003(17)260101(10)ABC123(21)XYZ"),
    };
    return samples;
}

void gs1Parse(benchmark::State& state)
{
    bench::Latencies latencies;
    std::size_t i = 0;
    for (auto _ : state) {
        const QString& sample = gs1Samples()[i++ % gs1Samples().size()];
        const auto start = bench::Latencies::Clock::now();
        auto parsed = scanning::parseGs1(sample);
        latencies.add(bench::Latencies::Clock::now() - start);
        if (!parsed)
            state.SkipWithError(qPrintable(parsed.error().message));
        benchmark::DoNotOptimize(parsed);
    }
    latencies.report(state);
}

/// The whole text path of a handheld scan: AIM identifier, GS1, product text.
void interpretScan(benchmark::State& state)
{
    const QString raw = QStringLiteral("]C10109501101530003172601011012345678\x1d" "21SERIAL0042");
    bench::Latencies latencies;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto scanned = scanning::interpretScan(raw);
        latencies.add(bench::Latencies::Clock::now() - start);
        benchmark::DoNotOptimize(scanned);
    }
    latencies.report(state);
}

} // namespace

// Frame-rate benchmarks run for a fixed time each so that the three decoders
// see the same frames in the same proportions.
BENCHMARK(zxingDirect)->Name("frames/zxingDirect")->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(zxingDirectYuyv)->Name("frames/zxingDirectYuyv")->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(zxingDirectAllSymbols)->Name("frames/zxingDirectAllSymbols")->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(framePipelineNv12)->Name("frames/pipelineNv12")->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(framePipelineYuyv)->Name("frames/pipelineYuyv")->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(zbarDirect)->Name("frames/zbarDirect")->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(gs1Parse)->Name("gs1Parse")->Unit(benchmark::kMicrosecond);
BENCHMARK(interpretScan)->Name("interpretScan")->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    // QPainter draws the frames; fonts are not needed, a platform is.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
