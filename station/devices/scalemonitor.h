#pragma once

#include "core/scale.h"
#include "deviceprofile.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

namespace packdesk::devices {

/// What the station shows about the scale.
struct ScaleStatus
{
    ScaleReading::Status status = ScaleReading::Status::Offline;
    std::optional<double> grams; ///< unknown unless status is Ok
    bool stable = false;
    QString detail;
    int consecutiveFailures = 0;
    std::int64_t atMs = 0; ///< monotonic ms when read
};

/// Polls a Scale on its own thread at the profile's rate, decides stability
/// (the device's flag when it has one, else StabilityDetector with the
/// profile's band and time), and reports each reading. When polls fail it
/// reports the failure (weight unknown) and retries with exponential backoff
/// (200 ms doubling to 5 s), so a dead scale neither floods the bus nor
/// hangs anything; the first good reading resets the backoff.
class ScaleMonitor : public QObject
{
    Q_OBJECT
public:
    ScaleMonitor(std::unique_ptr<Scale> scale, ScaleProfile profile, QObject* parent = nullptr);
    ~ScaleMonitor() override; ///< stops the thread

    /// Starts polling (the first poll at once); safe to call again after stop().
    void start();
    /// Stops polling; a poll already running finishes and is still reported.
    void stop();
    /// The newest status; safe from any thread.
    ScaleStatus latest() const;
    /// Queued to the scale's thread; the result comes as commandFinished.
    void requestTare();
    void requestZero();

Q_SIGNALS:
    /// Every poll's result (delivered in the thread that owns the monitor).
    void statusChanged(const packdesk::devices::ScaleStatus& status);
    void commandFinished(const QString& command, bool ok, const QString& message);

private:
    class Worker;
    // Called on the worker thread: stores the status, then emits it from
    // the monitor's own thread.
    void publish(const ScaleStatus& status);
    void finishCommand(const QString& command, bool ok, const QString& message);

    QThread m_thread;
    Worker* m_worker = nullptr; // lives in m_thread, deleted there when it finishes
    std::atomic<bool> m_polling{false};
    std::atomic<bool> m_closing{false}; // queued commands are dropped while the destructor waits
    mutable std::mutex m_mutex;
    ScaleStatus m_latest;
};

} // namespace packdesk::devices

Q_DECLARE_METATYPE(packdesk::devices::ScaleStatus)
