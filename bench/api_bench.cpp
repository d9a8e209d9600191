// Inbound order API throughput (issue "Sync"): wrk POSTs new orders with
// bench/create-orders.lua to a real `packdesk serve` on a temporary database
// (synchronous=FULL, every 2xx durable). Target: >= 1,000 creations/s with
// 8 connections. Duration: $PACKDESK_API_BENCH_SECONDS (default 10).
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <csignal>

namespace {

QString packdesk(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PACKDESK_BINARY), arguments);
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

double number(const QString& text, const QString& pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

/// Orders created per second through POST /api/v1/orders.
void apiCreateOrders(benchmark::State& state)
{
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        state.SkipWithError("wrk is not installed (apt-get install wrk)");
        return;
    }
    const int connections = int(state.range(0));
    const int seconds = qEnvironmentVariableIsSet("PACKDESK_API_BENCH_SECONDS")
                            ? qEnvironmentVariableIntValue("PACKDESK_API_BENCH_SECONDS")
                            : 10;
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("api-bench.db"));
        const QString created =
            packdesk({QStringLiteral("shops"), QStringLiteral("token"), QStringLiteral("create"),
                      QStringLiteral("bench"), QStringLiteral("--db"), db});
        const QString token = QRegularExpression(QStringLiteral("(pdk_\\S+)")).match(created).captured(1);
        QProcess serve;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("packdesk.api.info=false"));
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(PACKDESK_BINARY), {QStringLiteral("serve"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--port"), QStringLiteral("0")});
        QString banner;
        while (!banner.contains(QLatin1Char('\n')) && serve.waitForReadyRead(10'000))
            banner += QString::fromUtf8(serve.readAllStandardOutput());
        const QString port = QRegularExpression(QStringLiteral(":(\\d+)")).match(banner).captured(1);
        if (token.isEmpty() || port.isEmpty()) {
            state.SkipWithError("packdesk serve did not start");
            serve.kill();
            serve.waitForFinished();
            return;
        }

        QProcess load;
        QProcessEnvironment loadEnvironment = QProcessEnvironment::systemEnvironment();
        loadEnvironment.insert(QStringLiteral("PACKDESK_TOKEN"), token);
        load.setProcessEnvironment(loadEnvironment);
        load.start(wrk, {QStringLiteral("-c%1").arg(connections), QStringLiteral("-t2"),
                         QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"),
                         QStringLiteral(PACKDESK_SOURCE_DIR "/bench/create-orders.lua"),
                         QStringLiteral("http://127.0.0.1:%1").arg(port)});
        load.waitForFinished((seconds + 30) * 1000);
        const QString report = QString::fromUtf8(load.readAllStandardOutput());

        ::kill(pid_t(serve.processId()), SIGTERM);
        serve.waitForFinished(30'000);

        const double perSecond = number(report, QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
        if (perSecond < 0) {
            state.SkipWithError("wrk printed no result");
            return;
        }
        state.SetIterationTime(seconds);
        state.counters["orders_per_s"] = perSecond;
        state.counters["p50_ms"] = number(report, QStringLiteral("p50_us: (\\d+)")) / 1000.0;
        state.counters["p99_ms"] = number(report, QStringLiteral("p99_us: (\\d+)")) / 1000.0;
        state.counters["non_201"] = number(report, QStringLiteral("non_201: (\\d+)"));
        state.counters["serve_exit"] = serve.exitCode();
    }
}
BENCHMARK(apiCreateOrders)->Arg(8)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // QProcess
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
