// The foundation's performance targets (docs/performance.md):
//  - import 100,000 orders (~300,000 lines) in under 5 s;
//  - open an order by scan (lookup + claim + load) with 1,000,000 orders: p99 < 2 ms;
//  - record a scan event: p99 < 1 ms.
#include "benchdata.h"
#include "core/packsession.h"
#include "intake/orderimporter.h"
#include "latencies.h"
#include "ordergenerator.h"
#include "store/sqliteorderstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

#include <unistd.h>

using namespace packdesk;
using namespace packdesk::bench;

namespace {

constexpr int kMillion = 1'000'000;

void importOrders(benchmark::State& state)
{
    const int count = int(state.range(0));
    QTemporaryDir dir(benchDataDir() + QStringLiteral("/import-XXXXXX"));
    const QString file = dir.filePath(QStringLiteral("orders.jsonl"));
    if (!OrderGenerator::writeJsonLines(file, count)) {
        state.SkipWithError("cannot write the order file");
        return;
    }
    int run = 0;
    int lines = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = dir.filePath(QStringLiteral("import-%1.sqlite").arg(++run));
        auto store = store::SqliteOrderStore::open(db);
        state.ResumeTiming();
        OrderImporter importer(*store.value());
        const ImportReport report = importer.importFile(file, ImportOptions{});
        if (report.created != count) {
            state.SkipWithError("not every order was created");
            return;
        }
        state.PauseTiming();
        lines = 0;
        for (const auto& order : store.value()->listOrders(std::nullopt, 1000, 0).value())
            lines += int(order.lines.size());
        store.value().reset();
        state.ResumeTiming();
    }
    state.counters["orders_per_s"] = benchmark::Counter(double(count) * double(state.iterations()),
                                                        benchmark::Counter::kIsRate);
    state.counters["lines_per_order_sample"] = lines / 1000.0;
}
BENCHMARK(importOrders)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void openOrderByScan(benchmark::State& state)
{
    QTemporaryDir dir(benchDataDir() + QStringLiteral("/open-XXXXXX"));
    const QString db = freshCopyOfOrderDatabase(kMillion, dir.path());
    if (db.isEmpty()) {
        state.SkipWithError("cannot build the 1,000,000-order database");
        return;
    }
    auto store = store::SqliteOrderStore::open(db);
    std::mt19937 random(7);
    Latencies latencies;
    int station = 0;
    for (auto _ : state) {
        // Each claim comes from its own station, as on a warehouse floor; random
        // orders defeat any cache locality a sequential scan would enjoy.
        const QString number = OrderGenerator::numberFor(random() % kMillion);
        const SessionOwner owner{QStringLiteral("bench-%1").arg(++station), QStringLiteral("P01")};
        const auto start = Latencies::Clock::now();
        auto opened = store.value()->openSession(number, owner, 1'700'000'000'000);
        latencies.add(Latencies::Clock::now() - start);
        if (!opened && opened.error().code != QLatin1String("order_claimed")) {
            state.SkipWithError(qPrintable(opened.error().message));
            return;
        }
        benchmark::DoNotOptimize(opened);
    }
    latencies.report(state);
}
BENCHMARK(openOrderByScan)->Unit(benchmark::kMicrosecond)->Iterations(5000)->UseRealTime();

void recordScanEvent(benchmark::State& state)
{
    QTemporaryDir dir(benchDataDir() + QStringLiteral("/scan-XXXXXX"));
    const QString db = freshCopyOfOrderDatabase(kMillion, dir.path());
    auto store = store::SqliteOrderStore::open(db);
    if (db.isEmpty() || !store) {
        state.SkipWithError("cannot open the 1,000,000-order database");
        return;
    }
    // One big order so the session never runs out of items to scan.
    Order big = OrderGenerator().next(kMillion + 1);
    big.lines.resize(1);
    big.lines[0].quantity = 9999;
    (void)store.value()->upsertOrders({big});
    auto opened = store.value()->openSession(big.number, {QStringLiteral("S1"), QStringLiteral("P01")}, 0);
    if (!opened) {
        state.SkipWithError(qPrintable(opened.error().message));
        return;
    }
    PackSession session(opened->order, opened->settings,
                        SessionContext{opened->sessionId, QStringLiteral("S1"), QStringLiteral("P01"), 0});
    const QString code = big.lines[0].barcodes.first();
    Latencies latencies;
    qint64 now = 1'700'000'000'000;
    for (auto _ : state) {
        // What PackingService::scan does: decide, store durably, then apply.
        const auto start = Latencies::Clock::now();
        auto decided = session.scanItem(code, ++now);
        const auto stored = store.value()->appendToSession(session.context().sessionId, decided.value(),
                                                           SessionUpdate{});
        session.apply(decided.value());
        latencies.add(Latencies::Clock::now() - start);
        if (!stored) {
            state.SkipWithError(qPrintable(stored.error().message));
            return;
        }
    }
    latencies.report(state);
}
BENCHMARK(recordScanEvent)->Unit(benchmark::kMicrosecond)->Iterations(5000)->UseRealTime();

/// The floor under every durable commit: one 4 KiB append + fdatasync in the
/// same directory as the databases. Scan and claim latencies are this plus
/// the CPU work, so their p99 is read against this p99.
void diskSyncFloor(benchmark::State& state)
{
    QTemporaryDir dir(benchDataDir() + QStringLiteral("/fsync-XXXXXX"));
    QFile file(dir.filePath(QStringLiteral("probe")));
    if (!file.open(QIODevice::WriteOnly)) {
        state.SkipWithError("cannot create the probe file");
        return;
    }
    const QByteArray page(4096, 'x');
    Latencies latencies;
    for (auto _ : state) {
        const auto start = Latencies::Clock::now();
        file.write(page);
        file.flush();
        ::fdatasync(file.handle());
        latencies.add(Latencies::Clock::now() - start);
    }
    latencies.report(state);
}
BENCHMARK(diskSyncFloor)->Unit(benchmark::kMicrosecond)->Iterations(5000)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
