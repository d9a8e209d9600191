// Card benchmark (issue "Printing"): render one A6 thank-you card PDF for a
// typical order (three lines, a gift message, a discount code, the survey
// QR code) with the built-in templates. Target: p99 under 50 ms.
#include "latencies.h"
#include "printing/cardrenderer.h"

#include <benchmark/benchmark.h>

namespace {

using namespace packdesk;
using namespace packdesk::printing;

CardInput typicalCard()
{
    CardInput input;
    Order& order = input.order;
    order.shop = QStringLiteral("acme");
    order.number = QStringLiteral("A-1042");
    order.customer.name = QStringLiteral("Anna van Dijk");
    order.customer.locale = QStringLiteral("nl-NL");
    order.customer.previousOrders = 1;
    const auto line = [](const QString& name, int quantity, const QString& category) {
        OrderLine l;
        l.sku = name.left(3).toUpper();
        l.name = name;
        l.quantity = quantity;
        l.category = category;
        return l;
    };
    order.lines = {line(QStringLiteral("Ethiopia Yirgacheffe bonen 250 g"), 2, QStringLiteral("coffee")),
                   line(QStringLiteral("Mok van steengoed, zeegroen"), 1, QStringLiteral("ceramics")),
                   line(QStringLiteral("Papieren filters"), 1, QString())};
    order.giftMessage = QStringLiteral("Gefeliciteerd! Liefs, Sam");
    order.surveyUrlTemplate = QStringLiteral("https://survey.example.com/s/{token}");
    order.discountCode = QStringLiteral("DANKJE10");
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
