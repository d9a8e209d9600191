#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace packdesk::testing {

/// Processes this thread's events until `condition` holds or `timeoutMs`
/// passed; returns whether it held. Condition-based, so a slow machine only
/// takes longer, and what a test waits for is the behaviour, never a time.
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (condition())
            return true;
        if (clock.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(5);
    }
}

} // namespace packdesk::testing
