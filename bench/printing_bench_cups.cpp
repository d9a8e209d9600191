// CUPS: a job's way into a private cupsd (tests/printing/cups/cupsdfixture.h,
// started by the benchmark on a loopback port, jobs written to a directory by
// the test backend). Two measures:
//   cups_submitToAccepted   CupsClient::submit: connect, Create-Job,
//                           Send-Document, close -> CUPS answered with a job id
//                           (the job is in CUPS's spool). Target: p99 < 100 ms.
//   cups_submitToCompleted  the same plus polling Get-Job-Attributes every 2 ms
//                           until job-state is completed (backend finished).
#include "latencies.h"
#include "printing/cups/cupsdfixture.h"
#include "printing/cupsclient.h"

#include <QThread>

#include <memory>

using namespace packdesk;
using namespace packdesk::printing;

namespace {

QByteArray documentBytes(DocumentFormat format)
{
    if (format == DocumentFormat::Zpl)
        return QByteArray("^XA^CI28^PW812^LL1218^FO50,50^A0N,40,40^FDRMA-1001-XYZ^FS^FO50,120^BCN,100,Y,N,N^FDRMA1001XYZ^FS^XZ\n");
    QByteArray pdf("%PDF-1.4\n");
    pdf.append(QByteArray(40 * 1024, 'x')); // a card PDF is some tens of KB
    pdf.append("\n%%EOF\n");
    return pdf;
}

int g_submitted = 0; ///< jobs the accepted benchmark left in the queue

/// One private cupsd for all CUPS benchmarks of this run.
testing::CupsdFixture* cupsd(benchmark::State& state)
{
    static std::unique_ptr<testing::CupsdFixture> server;
    if (!server) {
        server = std::make_unique<testing::CupsdFixture>();
        auto started = server->start();
        if (!started || !server->addQueue(QStringLiteral("bench"))) {
            state.SkipWithError(started ? "lpadmin failed" : qPrintable(started.error().message));
            server.reset();
            return nullptr;
        }
    }
    return server.get();
}

void cupsSubmitToAccepted(benchmark::State& state)
{
    auto* server = cupsd(state);
    if (!server)
        return;
    const auto format = DocumentFormat(state.range(0));
    const CupsClient client(server->server());
    const CupsSubmission submission{QStringLiteral("bench"), QStringLiteral("bench"), format, documentBytes(format), {}};
    bench::Latencies latencies;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto id = client.submit(submission);
        latencies.add(bench::Latencies::Clock::now() - start);
        if (!id) {
            state.SkipWithError(qPrintable(id.error().message));
            return;
        }
        ++g_submitted;
    }
    latencies.report(state);
}

void cupsSubmitToCompleted(benchmark::State& state)
{
    auto* server = cupsd(state);
    if (!server)
        return;
    const auto format = DocumentFormat(state.range(0));
    // Measure an empty queue: let the jobs the accepted benchmark queued print first.
    if (!server->waitForPrinted(QStringLiteral("bench"), g_submitted, 120000)) {
        state.SkipWithError("earlier jobs did not drain within 120 s");
        return;
    }
    const CupsClient client(server->server());
    const CupsSubmission submission{QStringLiteral("bench"), QStringLiteral("bench"), format, documentBytes(format), {}};
    bench::Latencies latencies;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto id = client.submit(submission);
        if (!id) {
            state.SkipWithError(qPrintable(id.error().message));
            return;
        }
        for (;;) {
            auto job = client.job(id.value());
            if (!job) {
                state.SkipWithError(qPrintable(job.error().message));
                return;
            }
            if (job->state == CupsJobStatus::State::Completed)
                break;
            if (bench::Latencies::Clock::now() - start > std::chrono::seconds(10)) {
                state.SkipWithError("job did not complete within 10 s");
                return;
            }
            QThread::usleep(2000);
        }
        latencies.add(bench::Latencies::Clock::now() - start);
    }
    latencies.report(state);
}

} // namespace

// The argument is the DocumentFormat: 0 = PDF (40 KB), 1 = ZPL.
BENCHMARK(cupsSubmitToAccepted)->Name("cups_submitToAccepted")->Arg(int(DocumentFormat::Pdf))
    ->Arg(int(DocumentFormat::Zpl))->Unit(benchmark::kMillisecond)->Iterations(100);
BENCHMARK(cupsSubmitToCompleted)->Name("cups_submitToCompleted")->Arg(int(DocumentFormat::Pdf))
    ->Arg(int(DocumentFormat::Zpl))->Unit(benchmark::kMillisecond)->Iterations(30);
