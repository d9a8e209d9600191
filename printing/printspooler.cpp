#include "printspooler.h"

#include <QDateTime>

#include <algorithm>

namespace packdesk::printing {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool sameProgress(const PrintJob& a, const PrintJob& b)
{
    return a.state == b.state && a.cupsJobId == b.cupsJobId && a.attempts == b.attempts && a.reason == b.reason;
}

QString jobTitle(const PrintJob& job)
{
    // Order id and document only: a job title is visible to anyone on the
    // print server, so it carries no customer data.
    return QStringLiteral("packdesk order %1 %2 (job %3)").arg(job.orderId).arg(job.document).arg(job.id);
}
} // namespace

PrintSpooler::PrintSpooler(PrintJobStore& store, CupsClient client, SpoolerOptions options)
    : m_store(store), m_client(std::move(client)), m_options(std::move(options))
{
}

PrintSpooler::~PrintSpooler()
{
    stop();
}

Result<PrintJob> PrintSpooler::enqueue(PrintJob job)
{
    std::lock_guard lock(m_mutex);
    job.station = m_options.station;
    job.state = PrintJobState::Queued;
    job.cupsJobId = 0;
    auto stored = m_store.add(job);
    if (!stored)
        return stored.error();
    PrinterCache printers;
    return advance(stored.value(), printers);
}

Result<PrintJob> PrintSpooler::reprint(qint64 jobId, const QString& byBadge)
{
    std::lock_guard lock(m_mutex);
    auto stored = m_store.addReprint(jobId, byBadge, m_options.station, nowMs());
    if (!stored)
        return stored.error();
    if (stored->station != m_options.station)
        return stored; // another station's spooler prints it on that station's printer
    PrinterCache printers;
    return advance(stored.value(), printers);
}

Result<void> PrintSpooler::pump()
{
    std::lock_guard lock(m_mutex);
    auto jobs = m_store.unfinished(m_options.station);
    if (!jobs)
        return jobs.error();
    PrinterCache printers;
    for (const PrintJob& job : jobs.value())
        if (auto advanced = advance(job, printers); !advanced)
            return advanced.error();
    return {};
}

void PrintSpooler::retryNow(const std::vector<qint64>& jobIds)
{
    std::lock_guard lock(m_mutex);
    for (qint64 id : jobIds)
        if (auto it = m_retries.find(id); it != m_retries.end())
            it->second.nextAtMs = 0; // keeps the delay: a still-broken printer backs off as before
}

Result<PrintJob> PrintSpooler::advance(PrintJob job, PrinterCache& printers)
{
    const PrintJob before = job;
    job = job.cupsJobId == 0 ? send(std::move(job), printers) : follow(std::move(job), printers);
    if (isFinal(job.state) || job.state == PrintJobState::Submitted)
        m_retries.erase(job.id);
    if (!sameProgress(before, job))
        if (auto updated = m_store.update(job); !updated)
            return updated.error();
    return job;
}

const Result<PrinterStatus>& PrintSpooler::printerStatus(const QString& name, PrinterCache& printers)
{
    auto it = printers.find(name);
    if (it == printers.end())
        it = printers.emplace(name, m_client.printer(name)).first;
    return it->second;
}

bool PrintSpooler::due(qint64 jobId) const
{
    const auto it = m_retries.find(jobId);
    return it == m_retries.end() || it->second.nextAtMs <= nowMs();
}

void PrintSpooler::holdWithBackoff(PrintJob& job, const QString& reason)
{
    job.state = PrintJobState::Held;
    job.reason = reason;
    Retry& retry = m_retries[job.id];
    retry.delayMs = retry.delayMs == 0 ? m_options.firstRetryMs : std::min(retry.delayMs * 2, m_options.maxRetryMs);
    retry.nextAtMs = nowMs() + retry.delayMs;
}

PrintJob PrintSpooler::send(PrintJob job, PrinterCache& printers)
{
    if (!due(job.id))
        return job;
    const Result<PrinterStatus>& printer = printerStatus(job.printer, printers);
    if (!printer) {
        holdWithBackoff(job, printer.error().code);
        return job;
    }
    if (const QString blocked = printer->blockingReason(); !blocked.isEmpty()) {
        holdWithBackoff(job, blocked);
        return job;
    }
    // Count the attempt before sending: after a crash in between, attempts > 0
    // with no CUPS id tells that this job may have reached the printer once.
    ++job.attempts;
    if (auto counted = m_store.update(job); !counted) {
        --job.attempts;
        return job;
    }
    CupsSubmission submission;
    submission.printer = job.printer;
    submission.title = jobTitle(job);
    DocumentFormat format = DocumentFormat::Pdf;
    documentFormatFromName(job.format, &format);
    submission.format = format;
    submission.bytes = job.content;
    auto sent = m_client.submit(submission);
    if (!sent) {
        holdWithBackoff(job, sent.error().code);
        return job;
    }
    job.cupsJobId = sent.value();
    job.state = PrintJobState::Submitted;
    job.reason.clear();
    // Store the CUPS id at once: from now on the job is followed, never resent.
    if (m_store.update(job))
        printers.erase(job.printer); // its state changes with a job on it
    return follow(std::move(job), printers);
}

PrintJob PrintSpooler::follow(PrintJob job, PrinterCache& printers)
{
    auto status = m_client.job(job.cupsJobId);
    if (!status) {
        if (status.error().code == QLatin1String("cups_job_not_found")) {
            // CUPS lost it (its spool was wiped): the job never printed as far
            // as anyone can tell, so it is sent again.
            job.cupsJobId = 0;
            job.state = PrintJobState::Queued;
            job.reason = QStringLiteral("cups_lost_job");
            return job;
        }
        job.reason = status.error().code; // cupsd down: keep the id, CUPS keeps its jobs across restarts
        job.state = PrintJobState::Held;
        return job;
    }
    using S = CupsJobStatus::State;
    switch (status->state) {
    case S::Completed:
        job.state = PrintJobState::Completed;
        job.reason.clear();
        return job;
    case S::Cancelled:
        job.state = PrintJobState::Cancelled;
        job.reason = status->reasons.value(0, QStringLiteral("job-canceled"));
        return job;
    case S::Aborted:
        job.state = PrintJobState::Aborted;
        job.reason = status->reasons.value(0, QStringLiteral("aborted-by-system"));
        return job;
    case S::Held:
        job.state = PrintJobState::Held;
        job.reason = status->reasons.value(0, QStringLiteral("job-held"));
        return job;
    case S::Pending:
    case S::Processing:
    case S::Stopped:
        break;
    }
    // Waiting or printing: whether it is stuck depends on the printer.
    const Result<PrinterStatus>& printer = printerStatus(job.printer, printers);
    const QString blocked = printer ? printer->blockingReason() : printer.error().code;
    job.state = blocked.isEmpty() ? PrintJobState::Submitted : PrintJobState::Held;
    job.reason = blocked;
    return job;
}

void PrintSpooler::start(int intervalMs)
{
    std::lock_guard lock(m_threadMutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this, intervalMs] {
        std::unique_lock wait(m_threadMutex);
        while (!m_stopping) {
            wait.unlock();
            (void)pump(); // a failing store is retried on the next round
            wait.lock();
            m_wake.wait_for(wait, std::chrono::milliseconds(intervalMs), [this] { return m_stopping; });
        }
    });
}

void PrintSpooler::stop()
{
    {
        std::lock_guard lock(m_threadMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace packdesk::printing
