// Card benchmark (issue "Printing"): render one A6 thank-you card PDF for a
// typical order (three lines, a gift message, a discount code, the survey
// QR code) with the built-in templates. Target: p99 under 50 ms.
#include "latencies.h"
#include "printing/cardrenderer.h"
#include "printing/support/cardsamples.h"

#include <benchmark/benchmark.h>

namespace {

using namespace packdesk;
using namespace packdesk::printing;

CardInput typicalCard()
{
    CardInput input;
    input.order = testing::cardOrder();
    input.order.customer.locale = QStringLiteral("nl-NL");
    input.shop.displayName = QStringLiteral("Acme Koffie");
    input.shop.returnAddressLines = {QStringLiteral("Acme"), QStringLiteral("Dok 1")};
    input.codes.surveyToken = QStringLiteral("tK7q9Zrx2Lm4");
    return input;
}

void cardRenderA6(benchmark::State& state)
{
    const TemplateLibrary templates;
    const CardInput input = typicalCard();
    // The first card loads the font files; a station does that once.
    if (auto warm = renderCard(templates, input); !warm) {
        state.SkipWithError(qPrintable(warm.error().message));
        return;
    }
    bench::Latencies latencies;
    qint64 bytes = 0;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto pdf = renderCard(templates, input);
        latencies.add(bench::Latencies::Clock::now() - start);
        if (!pdf) {
            state.SkipWithError(qPrintable(pdf.error().message));
            break;
        }
        bytes = pdf->bytes.size();
        benchmark::DoNotOptimize(pdf->bytes.data());
    }
    latencies.report(state);
    state.counters["pdf_bytes"] = double(bytes);
}
BENCHMARK(cardRenderA6)->Unit(benchmark::kMillisecond);

} // namespace
