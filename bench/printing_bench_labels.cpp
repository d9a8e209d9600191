// Return labels: composing and rendering one 4x6 in label as ZPL (target
// p99 < 1 ms: it is made while the packer waits at the print step) and as a
// vector PDF. Run: printing_bench --benchmark_filter=label
#include "latencies.h"

#include "printing/labelzplrenderer.h"
#include "printing/parcelcodegenerator.h"
#include "printing/renderreturnlabel.h"
#include "printing/returnlabel.h"
#include "printing/shopprofile.h"
#include "printing/templatelibrary.h"
#include "support/sampleorders.h"

#include <benchmark/benchmark.h>

namespace {

using namespace packdesk;
using namespace packdesk::printing;

ReturnLabelInput benchInput(DocumentFormat format, int dpi = 203)
{
    ReturnLabelInput input;
    input.order = testing::sampleOrder(7, QStringLiteral("1001"));
    input.order.returnPortalUrlTemplate = QStringLiteral("https://returns.example.com/acme/{rma}");
    const TemplateLibrary library;
    if (auto file = library.loadShopProfile(QStringLiteral("acme")))
        if (auto profile = ShopProfile::fromJson(file->content, file->path))
            input.shop = profile.value();
    input.codes = ParcelCodes{QStringLiteral("R7K3M9QX2P4D0"), QStringLiteral("q1w2e3r4t5y6u7i8o9p0aa"), 0};
    // A valid check character (the bench must not fail on the code check).
    for (const QChar c : QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ")) {
        input.codes.rmaCode.back() = c;
        if (ParcelCodeGenerator::isValidRmaCode(input.codes.rmaCode))
            break;
    }
    input.packedOn = QDate(2026, 11, 24);
    input.language = QStringLiteral("de");
    input.format = format;
    input.dpi = dpi;
    return input;
}

/// The whole entry point: template lookup and parse, content, ZPL.
void labelZplRender(benchmark::State& state)
{
    const TemplateLibrary library;
    const ReturnLabelInput input = benchInput(DocumentFormat::Zpl, int(state.range(0)));
    bench::Latencies latencies;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto document = renderReturnLabel(library, input);
        latencies.add(bench::Latencies::Clock::now() - start);
        if (!document) {
            state.SkipWithError(document.error().message.toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(document->bytes.data());
    }
    latencies.report(state);
}
BENCHMARK(labelZplRender)->Arg(203)->Arg(300)->Unit(benchmark::kMicrosecond);

/// ZPL writing alone, content already composed (what a reprint costs).
void labelZplWriteOnly(benchmark::State& state)
{
    auto label = ReturnLabel::compose(TemplateLibrary(), benchInput(DocumentFormat::Zpl));
    if (!label) {
        state.SkipWithError(label.error().message.toUtf8().constData());
        return;
    }
    bench::Latencies latencies;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto zpl = LabelZplRenderer::render(label.value(), 203);
        latencies.add(bench::Latencies::Clock::now() - start);
        benchmark::DoNotOptimize(zpl.value().data());
    }
    latencies.report(state);
}
BENCHMARK(labelZplWriteOnly)->Unit(benchmark::kMicrosecond);

void labelPdfRender(benchmark::State& state)
{
    const TemplateLibrary library;
    const ReturnLabelInput input = benchInput(DocumentFormat::Pdf);
    bench::Latencies latencies;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto document = renderReturnLabel(library, input);
        latencies.add(bench::Latencies::Clock::now() - start);
        if (!document) {
            state.SkipWithError(document.error().message.toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(document->bytes.data());
    }
    latencies.report(state);
}
BENCHMARK(labelPdfRender)->Unit(benchmark::kMillisecond);

} // namespace
