#include "feedbackcontroller.h"

#include "core/signaltower.h"
#include "devices/towerpolicy.h"

#include <QTimer>

#include <atomic>
#include <mutex>
#include <optional>

namespace packdesk::app {

namespace {
const QColor kGreen(0x2e, 0x9e, 0x4f);
const QColor kRed(0xd3, 0x2f, 0x2f);

/// What the tower shows while nothing momentary happens.
devices::StationCue steadyCueFor(const StationSnapshot& snapshot)
{
    if (!snapshot.packer)
        return devices::StationCue::Off;
    if (!snapshot.hasSession)
        return devices::StationCue::Ready;
    return devices::steadyCue(snapshot.state, snapshot.awaitingOverride || snapshot.printFailed);
}

std::optional<devices::StationCue> momentaryCueFor(StationController::Feedback kind)
{
    switch (kind) {
    case StationController::Feedback::Rejected:
        return devices::StationCue::ScanRejected;
    case StationController::Feedback::OrderComplete:
        return devices::StationCue::OrderPacked;
    case StationController::Feedback::Accepted:
    case StationController::Feedback::Problem:
        // A problem that blocks the order is a steady cue (AwaitingLead).
        break;
    }
    return std::nullopt;
}
} // namespace

/// The tower's own thread: show() is Modbus I/O (up to a response timeout
/// per coil on a dead bus), so it must never run on the UI thread. Requests
/// are numbered; a request that is already stale when the thread gets to it
/// is skipped, so a slow tower shows the latest cue instead of a backlog.
class FeedbackController::TowerWorker
{
public:
    explicit TowerWorker(std::unique_ptr<SignalTower> tower) : m_tower(std::move(tower))
    {
        m_thread.setObjectName(QStringLiteral("packdesk-tower"));
        m_context = new QObject;
        m_hold = new QTimer(m_context);
        m_hold->setSingleShot(true);
        m_context->moveToThread(&m_thread);
        // The timer is a child of the context: both are deleted on the tower
        // thread as it finishes (a timer cannot be stopped from another thread).
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        QObject::connect(m_hold, &QTimer::timeout, m_context, [this] { showNow(m_afterHold); });
        m_thread.start();
    }

    ~TowerWorker()
    {
        m_thread.quit();
        m_thread.wait();
    }

    /// From the UI thread: returns at once.
    void request(TowerSignal steady, std::optional<TowerSignal> momentary, int holdMs)
    {
        const quint64 serial = ++m_requested;
        QMetaObject::invokeMethod(
            m_context,
            [this, serial, steady, momentary, holdMs] {
                if (serial != m_requested.load())
                    return; // superseded while queued
                m_hold->stop();
                if (momentary && holdMs > 0) {
                    showNow(*momentary);
                    m_afterHold = steady;
                    m_hold->start(holdMs);
                } else {
                    showNow(steady);
                }
            },
            Qt::QueuedConnection);
    }

    QString lastShown() const
    {
        std::lock_guard lock(m_mutex);
        return m_last;
    }

private:
    void showNow(const TowerSignal& signal)
    {
        // A failed write is not retried here: the next command sends the
        // station's cue again, and ModbusLink reconnects by itself.
        (void)m_tower->show(signal);
        std::lock_guard lock(m_mutex);
        m_last = toString(signal);
    }

    std::unique_ptr<SignalTower> m_tower;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread
    QTimer* m_hold = nullptr;     // lives in m_thread
    TowerSignal m_afterHold;      // touched on m_thread only
    std::atomic<quint64> m_requested{0};
    mutable std::mutex m_mutex;
    QString m_last;
};

FeedbackController::FeedbackController(QObject* parent) : QObject(parent) {}

FeedbackController::~FeedbackController() = default;

void FeedbackController::attach(StationController* station)
{
    if (m_station)
        disconnect(m_station, nullptr, this, nullptr);
    m_station = station;
    if (!m_station)
        return;
    connect(m_station, &StationController::feedback, this, &FeedbackController::onFeedback);
    // Logging in or out, or a session resumed at start, changes the steady
    // cue without a feedback.
    connect(m_station, &StationController::changed, this, [this] {
        if (m_tower && m_station) {
            const TowerSignal steady = devices::towerSignalFor(steadyCueFor(m_station->snapshot()));
            if (!m_lastSteady || !(*m_lastSteady == steady)) {
                m_lastSteady = steady;
                m_tower->request(steady, std::nullopt, 0);
            }
        }
    });
}

void FeedbackController::setTower(std::unique_ptr<SignalTower> tower)
{
    m_tower.reset();
    m_lastSteady.reset();
    if (tower)
        m_tower = std::make_unique<TowerWorker>(std::move(tower));
}

QString FeedbackController::lastTowerSignal() const
{
    return m_tower ? m_tower->lastShown() : QString();
}

void FeedbackController::onFeedback(StationController::Feedback kind)
{
    switch (kind) {
    case StationController::Feedback::Accepted:
        m_flashColor = kGreen;
        m_sound = QStringLiteral("ok");
        break;
    case StationController::Feedback::OrderComplete:
        m_flashColor = kGreen;
        m_sound = QStringLiteral("complete");
        break;
    case StationController::Feedback::Rejected:
    case StationController::Feedback::Problem:
        m_flashColor = kRed;
        m_sound = QStringLiteral("error");
        break;
    }
    ++m_serial;
    Q_EMIT flash();

    if (!m_tower)
        return;
    const StationSnapshot empty;
    const StationSnapshot& snapshot = m_station ? m_station->snapshot() : empty;
    const TowerSignal steady = devices::towerSignalFor(steadyCueFor(snapshot));
    m_lastSteady = steady;
    const auto momentary = momentaryCueFor(kind);
    if (momentary)
        m_tower->request(steady, devices::towerSignalFor(*momentary), devices::cueHoldMs(*momentary));
    else
        m_tower->request(steady, std::nullopt, 0);
}

} // namespace packdesk::app
