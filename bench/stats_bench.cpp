// The stats targets (docs/stats.md): every dashboard query under 200 ms on a
// station database with 1,000,000 packed orders / ~20,000,000 events over 90
// days: report() for 1, 7, 30 and 90 days, alone and with a packer or a
// station filter, and choices(). The warehouse is generated once and cached
// under $PACKDESK_BENCH_DATA (generation and first indexing times are
// reported as counters gen_s / index_s).
#include "latencies.h"
#include "stats/statsqueries.h"
#include "warehousegenerator.h"

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace packdesk;
using namespace packdesk::bench;

namespace {

constexpr qint64 kDayMs = 24LL * 3'600'000;

/// The cached warehouse; PACKDESK_BENCH_STATS_ORDERS makes a smaller one for a quick look.
struct Warehouse
{
    QString path;
    WarehouseFacts facts;

    static const Warehouse& get()
    {
        static const Warehouse warehouse = [] {
            Warehouse w;
            WarehouseShape shape;
            if (const QByteArray orders = qgetenv("PACKDESK_BENCH_STATS_ORDERS"); !orders.isEmpty())
                shape.orders = orders.toInt();
            w.path = WarehouseGenerator(shape).cachedDatabase(&w.facts);
            return w;
        }();
        return warehouse;
    }
};

void reportFacts(benchmark::State& state, const Warehouse& w)
{
    state.counters["gen_s"] = w.facts.generateSeconds;
    state.counters["index_s"] = w.facts.indexSeconds;
    state.counters["events_M"] = double(w.facts.events) / 1e6;
    state.counters["db_MB"] = double(w.facts.fileBytes) / 1e6;
}

enum class Filter { None, Packer, Station, Shop };

void statsReport(benchmark::State& state)
{
    const Warehouse& w = Warehouse::get();
    if (w.path.isEmpty()) {
        state.SkipWithError("cannot generate the warehouse");
        return;
    }
    auto queries = stats::StatsQueries::open(w.path);
    if (!queries) {
        state.SkipWithError("cannot open the warehouse");
        return;
    }
    stats::StatsFilter filter;
    // The dashboard's ranges end now: at the end of the generated period, mid-hour.
    filter.toMs = w.facts.endMs - 90LL * 60'000 + 17'000;
    filter.fromMs = filter.toMs - state.range(0) * kDayMs;
    switch (Filter(state.range(1))) {
    case Filter::Packer: filter.packers = {QStringLiteral("P042")}; break;
    case Filter::Station: filter.stations = {QStringLiteral("S07")}; break;
    case Filter::Shop: filter.shops = {QStringLiteral("acme")}; break;
    case Filter::None: break;
    }
    Latencies latencies;
    int orders = 0;
    for (auto _ : state) {
        const auto start = Latencies::Clock::now();
        auto report = queries.value()->report(filter);
        latencies.add(Latencies::Clock::now() - start);
        if (!report) {
            state.SkipWithError(qPrintable(report.error().message));
            return;
        }
        orders = report->totals.ordersPacked;
        benchmark::DoNotOptimize(report->totals.medianPackMs);
    }
    latencies.report(state);
    state.counters["orders"] = orders;
    reportFacts(state, w);
}
// Args: days, filter (0 none, 1 packer, 2 station, 3 shop).
BENCHMARK(statsReport)
    ->ArgsProduct({{1, 7, 30, 90}, {0, 1, 2, 3}})
    ->ArgNames({"days", "filter"})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);

void statsChoices(benchmark::State& state)
{
    const Warehouse& w = Warehouse::get();
    auto queries = stats::StatsQueries::open(w.path);
    if (w.path.isEmpty() || !queries) {
        state.SkipWithError("cannot open the warehouse");
        return;
    }
    Latencies latencies;
    for (auto _ : state) {
        const auto start = Latencies::Clock::now();
        auto choices = queries.value()->choices();
        latencies.add(Latencies::Clock::now() - start);
        if (!choices) {
            state.SkipWithError(qPrintable(choices.error().message));
            return;
        }
        benchmark::DoNotOptimize(choices->packers.size());
    }
    latencies.report(state);
    reportFacts(state, w);
}
BENCHMARK(statsChoices)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

BENCHMARK_MAIN();
