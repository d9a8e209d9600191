#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/types.h>

#include <memory>
#include <vector>

namespace packdesk::testing {

/// A private cupsd for tests and benchmarks: its own configuration, spool
/// and state in a temporary directory, listening on a free loopback port,
/// with the dirbackend.sh backend so every job's bytes land in a directory
/// (one file per job). Nothing of the machine's CUPS is used or changed.
///
/// start() after stop() restarts the same server (same port, same queues,
/// same spool: CUPS keeps its jobs across the restart). The process is
/// stopped by its pid in stop()/the destructor, and killed for sure when the
/// test process ends (parent-death signal plus an exit handler).
class CupsdFixture
{
public:
    CupsdFixture();
    ~CupsdFixture();

    CupsdFixture(const CupsdFixture&) = delete;
    CupsdFixture& operator=(const CupsdFixture&) = delete;

    /// Starts cupsd and waits (up to 10 s) until it answers.
    Result<void> start();
    /// SIGTERM by pid, waits for the exit; SIGKILL after 5 s.
    void stop();
    bool running() const { return m_pid > 0; }

    int port() const { return m_port; }
    /// "127.0.0.1:PORT", for CupsClient and CUPS_SERVER.
    QString server() const;

    /// A raw queue whose jobs land in outputDir(name).
    Result<void> addQueue(const QString& name);
    Result<void> disable(const QString& name); ///< cupsdisable: stopped, reason "paused"
    Result<void> enable(const QString& name);  ///< cupsenable
    Result<void> reject(const QString& name);  ///< cupsreject: not accepting jobs
    QString outputDir(const QString& queue) const;
    /// The bytes of every job the queue has printed, by CUPS job id.
    std::vector<std::pair<int, QByteArray>> printedJobs(const QString& queue) const;
    /// Waits until the queue has printed at least count jobs (or timeoutMs passed).
    bool waitForPrinted(const QString& queue, int count, int timeoutMs) const;
    /// cupsd's error log, for failure messages.
    QString errorLog() const;

private:
    Result<void> prepare();
    Result<void> run(const QString& program, const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    int m_port = 0;
    pid_t m_pid = -1;
};

/// A TCP port on 127.0.0.1 nothing listens on (at the moment of asking).
int freeLoopbackPort();

} // namespace packdesk::testing
