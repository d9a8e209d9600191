#pragma once

#include "core/result.h"
#include "printing/rendereddocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace packdesk::printing {

/// A CUPS queue as the server reports it.
struct PrinterStatus
{
    enum class State { Idle, Processing, Stopped };
    QString name;
    State state = State::Idle;
    bool acceptingJobs = true;
    QStringList reasons; ///< printer-state-reasons as sent ("none" dropped), e.g. "media-empty-error"

    /// Why nothing prints on it now, as a normalised reason ("paused",
    /// "offline", "media-empty", "printer_not_accepting", ...); "" when it can print.
    QString blockingReason() const;
};
QString toString(PrinterStatus::State state); ///< "idle", "processing", "stopped"

/// A job as CUPS reports it (IPP job-state 3..9).
struct CupsJobStatus
{
    enum class State { Pending = 3, Held = 4, Processing = 5, Stopped = 6, Cancelled = 7, Aborted = 8, Completed = 9 };
    int id = 0;
    State state = State::Pending;
    QStringList reasons; ///< job-state-reasons, e.g. "job-completed-successfully", "aborted-by-system"
};

/// What to print: one document on one queue.
struct CupsSubmission
{
    QString printer;
    QString title; ///< the job name shown in CUPS (order reference + document, no personal data)
    DocumentFormat format = DocumentFormat::Pdf;
    QByteArray bytes;
    QString media; ///< IPP media keyword, "" to leave the queue's default
};

/// Talks to one CUPS server through the CUPS API, on a connection of its own
/// per call (no global client state: cupsSetServer is never used, so tests
/// can point clients at private cupsd instances side by side, and a cupsd
/// restart costs nothing). Every network wait is bounded by the timeout
/// (libcups retries a request, so a hung cupsd costs about three timeouts):
/// a dead or hung cupsd answers cups_unreachable within a few seconds.
///
/// Error codes: cups_unreachable, printer_not_found, printer_not_accepting,
/// submit_failed, cups_job_not_found, cups_request_failed. Stateless apart
/// from its settings: safe to use from several threads.
class CupsClient
{
public:
    /// server: "host:port", "host" (port 631) or a socket path; empty for the
    /// default (CUPS_SERVER, client.conf, else the local scheduler).
    explicit CupsClient(QString server = {}, int timeoutMs = 1000);

    /// The server this client talks to, as "host:port" or a socket path.
    QString server() const;

    Result<std::vector<PrinterStatus>> printers() const;
    Result<PrinterStatus> printer(const QString& name) const;
    /// Creates the job, sends the document and closes it; the CUPS job id.
    Result<int> submit(const CupsSubmission& submission) const;
    Result<CupsJobStatus> job(int jobId) const;

    /// A printer-state-reason without its -error/-warning/-report suffix,
    /// with the synonyms folded: offline*, media-empty*, media-needed, paused.
    static QString normalizedReason(const QString& reason);

private:
    QString m_host;
    int m_port = 631;
    int m_timeoutMs;
};

} // namespace packdesk::printing
