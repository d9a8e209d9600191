#pragma once

#include "core/signaltower.h"
#include "stationcontroller.h"

#include <QColor>
#include <QObject>

#include <memory>
#include <optional>

namespace packdesk::app {

/// Turns a command's feedback into what the packer sees and hears within
/// one frame: a full-screen flash colour, a sound, and the light tower's
/// cue (shown on a worker thread: the tower is Modbus I/O).
class FeedbackController : public QObject
{
    Q_OBJECT
    /// Incremented on every feedback, so QML can restart the flash animation.
    Q_PROPERTY(int serial READ serial NOTIFY flash)
    Q_PROPERTY(QColor flashColor READ flashColor NOTIFY flash)
    /// "ok", "error", "complete": which sound QML plays (SoundEffect).
    Q_PROPERTY(QString sound READ sound NOTIFY flash)
public:
    explicit FeedbackController(QObject* parent = nullptr);
    ~FeedbackController() override;

    void attach(StationController* station);
    /// Optional: the tower shows the station's cue (devices/towerpolicy.h)
    /// after every command, on its own thread. Without one nothing is sent.
    void setTower(std::unique_ptr<SignalTower> tower);

    int serial() const { return m_serial; }
    QColor flashColor() const { return m_flashColor; }
    QString sound() const { return m_sound; }
    /// The tower signal last sent (tests, benchmarks): "green", "red+buzzer"...
    QString lastTowerSignal() const;

public Q_SLOTS:
    void onFeedback(packdesk::app::StationController::Feedback kind);

Q_SIGNALS:
    void flash();

private:
    class TowerWorker;
    int m_serial = 0;
    QColor m_flashColor;
    QString m_sound;
    StationController* m_station = nullptr;
    std::unique_ptr<TowerWorker> m_tower;
    std::optional<TowerSignal> m_lastSteady; ///< the steady cue last sent, to send changes only
};

} // namespace packdesk::app
