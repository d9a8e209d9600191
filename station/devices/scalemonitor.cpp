#include "scalemonitor.h"

#include "backoff.h"
#include "stabilitydetector.h"

#include <QTimer>

#include <algorithm>
#include <chrono>

namespace packdesk::devices {

namespace {

std::int64_t monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

/// Owns the Scale and does all its I/O on the monitor's thread. Polls are
/// scheduled one at a time with a single-shot timer, so a slow poll delays
/// the next one instead of letting timer ticks pile up behind it.
class ScaleMonitor::Worker : public QObject
{
public:
    Worker(ScaleMonitor& monitor, std::unique_ptr<Scale> scale, const ScaleProfile& profile)
        : m_monitor(monitor)
        , m_scale(std::move(scale))
        , m_periodMs(1000 / std::clamp(profile.pollHz, 1, 1000))
        , m_detector(profile.stableBandGrams, profile.stableForMs)
        , m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
    }

    void begin() { m_timer->start(0); }
    void halt() { m_timer->stop(); }

    void command(const QString& name)
    {
        if (m_monitor.m_closing.load())
            return;
        const Result<void> done = name == QLatin1String("tare") ? m_scale->tare() : m_scale->zero();
        // The load the detector saw is gone (tare) or moved (zero): decide
        // stability afresh, and show the new weight without waiting a period.
        m_detector.reset();
        m_monitor.finishCommand(name, done.ok(), done.ok() ? QString() : done.error().message);
        if (done.ok() && m_monitor.m_polling.load() && m_backoff.failures() == 0)
            m_timer->start(0);
    }

private:
    void poll()
    {
        if (!m_monitor.m_polling.load())
            return;
        const std::int64_t startedMs = monotonicMs();
        const ScaleReading reading = m_scale->read();

        ScaleStatus status;
        status.status = reading.status;
        status.detail = reading.detail;
        status.atMs = startedMs;
        status.stable = m_detector.judge(reading, startedMs);
        int nextMs = 0;
        if (reading.ok()) {
            m_backoff.reset();
            status.grams = reading.grams;
            nextMs = std::max<int>(0, m_periodMs - static_cast<int>(monotonicMs() - startedMs));
        } else {
            nextMs = m_backoff.next();
            status.consecutiveFailures = m_backoff.failures();
        }
        m_monitor.publish(status);
        if (m_monitor.m_polling.load())
            m_timer->start(nextMs);
    }

    ScaleMonitor& m_monitor;
    std::unique_ptr<Scale> m_scale;
    int m_periodMs;
    StabilityDetector m_detector;
    Backoff m_backoff;
    QTimer* m_timer; // child: moves to the worker thread with it
};

ScaleMonitor::ScaleMonitor(std::unique_ptr<Scale> scale, ScaleProfile profile, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ScaleStatus>();
    m_worker = new Worker(*this, std::move(scale), profile);
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread as the thread ends (Qt runs deferred deletes
    // after finished), so the Scale closes its connection where it used it.
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("scale:") + profile.name);
    m_thread.start();
}

ScaleMonitor::~ScaleMonitor()
{
    // A poll in progress blocks at most the endpoint's response timeout; the
    // timer never fires again once m_polling is false.
    m_closing.store(true);
    m_polling.store(false);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void ScaleMonitor::start()
{
    m_polling.store(true);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
}

void ScaleMonitor::stop()
{
    m_polling.store(false);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->halt(); }, Qt::QueuedConnection);
}

ScaleStatus ScaleMonitor::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

void ScaleMonitor::requestTare()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->command(QStringLiteral("tare")); },
                              Qt::QueuedConnection);
}

void ScaleMonitor::requestZero()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->command(QStringLiteral("zero")); },
                              Qt::QueuedConnection);
}

void ScaleMonitor::publish(const ScaleStatus& status)
{
    {
        std::lock_guard lock(m_mutex);
        m_latest = status;
    }
    // Posted to the monitor: dropped with the monitor if it is destroyed
    // before its thread gets to it.
    QMetaObject::invokeMethod(this, [this, status] { Q_EMIT statusChanged(status); }, Qt::QueuedConnection);
}

void ScaleMonitor::finishCommand(const QString& command, bool ok, const QString& message)
{
    QMetaObject::invokeMethod(this, [this, command, ok, message] { Q_EMIT commandFinished(command, ok, message); },
                              Qt::QueuedConnection);
}

} // namespace packdesk::devices
