#include "scale.h"
#include "signaltower.h"

#include <QStringList>

namespace packdesk {

QString toString(ScaleReading::Status status)
{
    switch (status) {
    case ScaleReading::Status::Ok: return QStringLiteral("ok");
    case ScaleReading::Status::Offline: return QStringLiteral("offline");
    case ScaleReading::Status::Timeout: return QStringLiteral("timeout");
    case ScaleReading::Status::DeviceError: return QStringLiteral("device_error");
    case ScaleReading::Status::Garbage: return QStringLiteral("garbage");
    }
    return QStringLiteral("unknown");
}

QString toString(const TowerSignal& signal)
{
    QStringList parts;
    if (signal.green)
        parts << QStringLiteral("green");
    if (signal.amber)
        parts << QStringLiteral("amber");
    if (signal.red)
        parts << QStringLiteral("red");
    if (signal.buzzer)
        parts << QStringLiteral("buzzer");
    return parts.isEmpty() ? QStringLiteral("off") : parts.join(QLatin1Char('+'));
}

} // namespace packdesk
