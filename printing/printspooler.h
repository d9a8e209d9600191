#pragma once

#include "core/printjobstore.h"
#include "printing/cupsclient.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace packdesk::printing {

struct SpoolerOptions
{
    QString station;         ///< whose jobs this spooler drives
    int firstRetryMs = 1000; ///< a held job is tried again after this, doubling...
    int maxRetryMs = 60000;  ///< ...up to this
};

/// Drives print jobs from the store to CUPS and follows them until the
/// printer is done. The store is the truth: a job is persisted before it is
/// sent, every step is written back, and a new spooler on the same database
/// (after a crash or restart) picks up every unfinished job of its station.
///
/// - A job is *sent* exactly when it has no CUPS job id yet; one with an id
///   is only followed (polled), never sent again, unless CUPS no longer knows
///   it (its state was wiped): then it is sent anew.
/// - Before sending, the printer is asked: stopped, offline, out of paper or
///   not accepting -> the job stays Held with that reason and is tried again
///   with backoff (in memory; after a restart every held job is due at once).
/// - CUPS aborting or cancelling a job is final (Aborted/Cancelled + reason).
///
/// Known gap: a crash between CUPS accepting a job and the store recording
/// its id makes the next start send it again (attempts > 0 shows it).
///
/// Thread-safe: every public method may be called from any thread and they
/// run one at a time. They do network I/O (bounded by the client's timeout),
/// so call them from a worker thread, never the UI thread. start() runs pump()
/// on a thread of its own so held jobs print when the printer comes back.
class PrintSpooler
{
public:
    PrintSpooler(PrintJobStore& store, CupsClient client, SpoolerOptions options);
    ~PrintSpooler(); ///< stops the background thread

    PrintSpooler(const PrintSpooler&) = delete;
    PrintSpooler& operator=(const PrintSpooler&) = delete;

    /// Stores the job (Queued, for this station), then tries to send it once.
    /// Errors only when the job could not be stored; a printer problem is the
    /// returned job's state (Held) and reason.
    Result<PrintJob> enqueue(PrintJob job);
    /// One pass over the station's unfinished jobs: sends those due, follows
    /// the sent ones. Errors only when the store fails.
    Result<void> pump();
    /// A recorded reprint of a stored job (see PrintJobStore::addReprint), then sent like enqueue.
    Result<PrintJob> reprint(qint64 jobId, const QString& byBadge);

    /// Makes these held jobs due on the next pump(), whatever their backoff:
    /// someone says the printer is ready again (the packer's retry).
    void retryNow(const std::vector<qint64>& jobIds);

    /// Calls pump() every intervalMs on a background thread until stop().
    void start(int intervalMs);
    void stop();

    PrintJobStore& store() { return m_store; }
    const CupsClient& client() const { return m_client; }

private:
    using PrinterCache = std::map<QString, Result<PrinterStatus>>;
    /// Moves one job on as far as it goes now; writes it back when it changed.
    Result<PrintJob> advance(PrintJob job, PrinterCache& printers);
    PrintJob send(PrintJob job, PrinterCache& printers);
    PrintJob follow(PrintJob job, PrinterCache& printers);
    const Result<PrinterStatus>& printerStatus(const QString& name, PrinterCache& printers);
    void holdWithBackoff(PrintJob& job, const QString& reason);
    bool due(qint64 jobId) const;

    struct Retry
    {
        qint64 nextAtMs = 0;
        int delayMs = 0;
    };

    PrintJobStore& m_store;
    CupsClient m_client;
    SpoolerOptions m_options;
    std::mutex m_mutex; ///< one pass at a time
    std::map<qint64, Retry> m_retries;

    std::mutex m_threadMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace packdesk::printing
