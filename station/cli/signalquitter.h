#pragma once

#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <memory>

namespace packdesk::cli {

/// Quits `loop` on SIGINT or SIGTERM, for the commands that run until they
/// are stopped (`serve`, `simulate`). The handler only writes a byte to a
/// pipe (all a signal handler may safely do); the event loop reads it. The
/// old handlers come back when this is destroyed, since runCli may run again
/// in the same process (tests). One at a time per process.
class SignalQuitter
{
public:
    explicit SignalQuitter(QEventLoop& loop);
    ~SignalQuitter();

    SignalQuitter(const SignalQuitter&) = delete;
    SignalQuitter& operator=(const SignalQuitter&) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};

} // namespace packdesk::cli
