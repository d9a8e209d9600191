// Webhook delivery benchmarks (issue "Sync"): 20,000 outbox events across
// 2,000 orders delivered by the real sender (DeliveryService, 8 concurrent
// requests) to a loopback Node sink (webhook_sink.mjs), beside wrk against the
// same sink at the same concurrency; and the time from an outbox row's commit
// to the sink's 200 while the shop is healthy.
#include "store/migrations.h"
#include "store/outboxwriter.h"
#include "store/sqlitedatabase.h"
#include "store/transaction.h"
#include "sync/deliveryservice.h"
#include "sync/webhookendpoints.h"
#include "sync/webhooksigner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <csignal>

namespace {

using namespace packdesk;

constexpr int kEvents = 20'000;
constexpr int kEventsPerOrder = 10;
constexpr int kConcurrency = 8;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// The Node sink as a child process, killed by pid at the end.
class Sink
{
public:
    Sink()
    {
        m_process.setWorkingDirectory(QStringLiteral(PACKDESK_SOURCE_DIR "/bench"));
        m_process.start(QStringLiteral("node"), {QStringLiteral("webhook_sink.mjs")});
        if (m_process.waitForStarted(10'000) && m_process.waitForReadyRead(10'000))
            m_port = QJsonDocument::fromJson(m_process.readLine()).object().value(QLatin1String("port")).toInt();
    }
    ~Sink()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5'000);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hooks").arg(m_port); }
    bool ok() const { return m_port > 0; }

private:
    QProcess m_process;
    int m_port = 0;
};

/// A representative order.packed body (~700 bytes).
QByteArray packedBody(int order)
{
    return QStringLiteral(
               R"({"type":"order.packed","timestamp":"2026-03-02T09:15:04.120Z","data":{"schema_version":1,"shop":"bench",)"
               R"("order_number":"B-%1","packed_at":"2026-03-02T09:15:04.120Z","session_opened_at":"2026-03-02T09:13:10.004Z",)"
               R"("station":"st-1","packer_badge":"B-7","parcel":{"weight_grams":931,"weight_source":"scale",)"
               R"("weight_overridden":false,"box_code":"M"},"line_items":[{"sku":"MUG-1","name":"Stoneware mug","quantity":2},)"
               R"({"sku":"TEA-7","name":"Sencha tea 100 g","quantity":1}],"return_rma_code":"RMA-7Q2K-9XH4",)"
               R"("quality":{"checked":true,"defect_count":0,"answers":[{"key":"box_size","passed":true},)"
               R"({"key":"protection","passed":true},{"key":"seal","passed":true},{"key":"card","passed":true}]}}})")
        .arg(order)
        .toUtf8();
}

struct Outbox
{
    QTemporaryDir dir;
    std::unique_ptr<store::SqliteDatabase> db;

    QString path() const { return dir.filePath(QStringLiteral("bench.db")); }

    bool open(const QString& url)
    {
        auto opened = store::SqliteDatabase::open(path());
        if (!opened || !store::Migrations::migrate(*opened.value()))
            return false;
        db = std::move(opened).value();
        return sync::WebhookEndpoints(*db)
            .set(QStringLiteral("bench"), url, sync::WebhookSigner::generateSecret(), false, nowMs())
            .ok();
    }

    /// One committed row, as the store writes it with the change it records.
    bool enqueue(int order)
    {
        auto tx = store::Transaction::begin(*db);
        if (!tx)
            return false;
        if (!store::OutboxWriter(*db).enqueue(QStringLiteral("bench"), QStringLiteral("bench/B-%1").arg(order),
                                              QStringLiteral("order.packed"), packedBody(order), nowMs()))
            return false;
        return tx->commit().ok();
    }

    qint64 count(const char* sql)
    {
        auto st = db->prepare(sql);
        return st && st->step().value() ? st->int64(0) : -1;
    }
};

sync::DeliveryOptions benchOptions()
{
    sync::DeliveryOptions options;
    options.concurrentRequestsPerEndpoint = kConcurrency;
    options.idlePollMs = 200;
    return options;
}

/// wrk -c 8 -t 2 -d 10s against the sink with the sender's request shape.
double wrkRequestsPerSecond(const QString& url)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"), {QStringLiteral("-c"), QString::number(kConcurrency), QStringLiteral("-t"),
                                      QStringLiteral("2"), QStringLiteral("-d"), QStringLiteral("10s"), QStringLiteral("-s"),
                                      QStringLiteral(PACKDESK_SOURCE_DIR "/bench/webhook_post.lua"), url});
    if (!wrk.waitForFinished(60'000))
        return 0;
    const QString output = QString::fromUtf8(wrk.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(output);
    return match.hasMatch() ? match.captured(1).toDouble() : 0;
}

void writeSummary(const QJsonObject& summary)
{
    const QString dir = qEnvironmentVariable("PACKDESK_BENCH_DATA");
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(QStringLiteral("webhooks_summary.json")));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(summary).toJson());
}

/// 20,000 queued events delivered at 8 concurrent requests, then wrk on the same sink.
void deliverOutboxBeside_wrk(benchmark::State& state)
{
    Sink sink;
    Outbox outbox;
    if (!sink.ok() || !outbox.open(sink.url())) {
        state.SkipWithError("cannot start the node sink or open the outbox");
        return;
    }
    double eventsPerSecond = 0;
    for (auto _ : state) {
        state.PauseTiming();
        {
            auto tx = store::Transaction::begin(*outbox.db);
            store::OutboxWriter writer(*outbox.db);
            for (int i = 0; i < kEvents; ++i)
                (void)writer.enqueue(QStringLiteral("bench"), QStringLiteral("bench/B-%1").arg(i % (kEvents / kEventsPerOrder)),
                                     QStringLiteral("order.packed"), packedBody(i), nowMs());
            (void)tx->commit();
        }
        state.ResumeTiming();
        const auto started = std::chrono::steady_clock::now();
        auto service = sync::DeliveryService::start(outbox.path(), benchOptions());
        while (outbox.count("SELECT count(*) FROM outbox WHERE state = 'pending'") > 0)
            QThread::msleep(20);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        service.value()->stop();
        eventsPerSecond = kEvents / seconds;
    }
    const double wrkRps = wrkRequestsPerSecond(sink.url());
    state.counters["events_per_s"] = eventsPerSecond;
    state.counters["wrk_rps"] = wrkRps;
    state.counters["sender_vs_wrk"] = wrkRps > 0 ? eventsPerSecond / wrkRps : 0;
    state.counters["delivered"] = double(outbox.count("SELECT count(*) FROM outbox WHERE state = 'delivered'"));
    writeSummary({{"events", kEvents}, {"concurrency", kConcurrency}, {"events_per_s", eventsPerSecond},
                  {"wrk_rps", wrkRps}, {"receiver", "node bench/webhook_sink.mjs"}});
}

/// Rows committed one by one (~300/s) with the sender woken after each, as
/// `packdesk station` does: commit to the sink's 200, per event.
void commitToDelivered(benchmark::State& state)
{
    Sink sink;
    Outbox outbox;
    if (!sink.ok() || !outbox.open(sink.url())) {
        state.SkipWithError("cannot start the node sink or open the outbox");
        return;
    }
    auto service = sync::DeliveryService::start(outbox.path(), benchOptions());
    int order = 0;
    for (auto _ : state) {
        if (!outbox.enqueue(order++))
            state.SkipWithError("enqueue failed");
        service.value()->wake();
        QThread::usleep(3'000);
    }
    while (outbox.count("SELECT count(*) FROM outbox WHERE state = 'pending'") > 0)
        QThread::msleep(20);
    service.value()->stop();
    std::vector<double> ms;
    auto st = outbox.db->prepare("SELECT delivered_at - created_at FROM outbox WHERE state = 'delivered'");
    (void)st->forEachRow([&](store::SqliteStatement& row) { ms.push_back(double(row.int64(0))); });
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms.empty() ? 0 : ms[std::min(ms.size() - 1, std::size_t(p / 100 * double(ms.size())))]; };
    state.counters["p50_ms"] = at(50);
    state.counters["p99_ms"] = at(99);
    state.counters["max_ms"] = at(100);
    state.counters["ops"] = double(ms.size());
}

} // namespace

BENCHMARK(deliverOutboxBeside_wrk)->Name("webhookDelivery20k")->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(commitToDelivered)->Name("webhookCommitToDelivered")->Iterations(2000)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the sender's thread and network stack
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
