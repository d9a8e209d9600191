#pragma once

#include "devices/scalemonitor.h"

#include <QObject>
#include <QVariant>

namespace packdesk::app {

/// The scale as the weighing screen shows it: live weight, stability,
/// status, and a verdict preview against the expected weight. Fed by
/// devices::ScaleMonitor's signals (its polling thread never touches this).
class ScaleView : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariant grams READ grams NOTIFY changed)   ///< double, or undefined when unknown
    Q_PROPERTY(bool stable READ stable NOTIFY changed)
    /// "ok", "offline", "timeout", "device_error", "garbage"
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    /// The stable weight to record, or undefined.
    Q_PROPERTY(QVariant stableGrams READ stableGrams NOTIFY changed)
public:
    explicit ScaleView(QObject* parent = nullptr);

    /// Connects to a monitor (may be null: no scale configured -> offline).
    void attach(devices::ScaleMonitor* monitor);
    void update(const devices::ScaleStatus& status);

    QVariant grams() const;
    bool stable() const { return m_status.stable && m_status.grams.has_value(); }
    QString status() const;
    QString detail() const { return m_status.detail; }
    QVariant stableGrams() const;

Q_SIGNALS:
    void changed();

private:
    devices::ScaleStatus m_status;
};

} // namespace packdesk::app
