#include "scaleview.h"

namespace packdesk::app {

ScaleView::ScaleView(QObject* parent) : QObject(parent)
{
    m_status.detail = QStringLiteral("no scale configured");
}

void ScaleView::attach(devices::ScaleMonitor* monitor)
{
    if (!monitor) {
        // A station without a scale weighs nothing: the weighing screen says
        // so, and a lead can enter a weight by override.
        devices::ScaleStatus none;
        none.detail = QStringLiteral("no scale configured");
        update(none);
        return;
    }
    // The monitor emits from its own (UI) thread, so this is a direct call;
    // should it ever live elsewhere, the connection queues by itself.
    connect(monitor, &devices::ScaleMonitor::statusChanged, this, &ScaleView::update);
    update(monitor->latest());
}

void ScaleView::update(const devices::ScaleStatus& status)
{
    // A scale at 10-20 Hz repeats itself; bindings re-evaluate only when
    // something the screen shows moved.
    const bool same = status.status == m_status.status && status.grams == m_status.grams &&
                      status.stable == m_status.stable && status.detail == m_status.detail;
    m_status = status;
    if (!same)
        Q_EMIT changed();
}

QVariant ScaleView::grams() const
{
    if (m_status.status != ScaleReading::Status::Ok || !m_status.grams)
        return {};
    return *m_status.grams;
}

QString ScaleView::status() const
{
    switch (m_status.status) {
    case ScaleReading::Status::Ok:
        return QStringLiteral("ok");
    case ScaleReading::Status::Offline:
        return QStringLiteral("offline");
    case ScaleReading::Status::Timeout:
        return QStringLiteral("timeout");
    case ScaleReading::Status::DeviceError:
        return QStringLiteral("device_error");
    case ScaleReading::Status::Garbage:
        return QStringLiteral("garbage");
    }
    return QStringLiteral("offline");
}

QVariant ScaleView::stableGrams() const
{
    if (m_status.status != ScaleReading::Status::Ok || !stable())
        return {};
    return *m_status.grams;
}

} // namespace packdesk::app
