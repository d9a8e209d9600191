#include "stableweightreader.h"

#include "stabilitydetector.h"

#include <QElapsedTimer>
#include <QThread>

namespace packdesk::devices {

StableWeight readStableWeight(Scale& scale, const ScaleProfile& profile, int timeoutMs,
                              const std::function<void(const ScaleReading&, bool stable)>& onReading)
{
    StabilityDetector detector(profile.stableBandGrams, profile.stableForMs);
    const int periodMs = 1000 / std::max(1, profile.pollHz);
    QElapsedTimer clock;
    clock.start();
    StableWeight result;
    for (;;) {
        const qint64 pollStart = clock.elapsed();
        result.last = scale.read();
        result.stable = detector.judge(result.last, pollStart);
        if (onReading)
            onReading(result.last, result.stable);
        if (result.stable || clock.elapsed() >= timeoutMs)
            return result;
        const qint64 wait = periodMs - (clock.elapsed() - pollStart);
        if (wait > 0)
            QThread::msleep(static_cast<unsigned long>(wait));
    }
}

QString describe(const ScaleReading& reading)
{
    if (reading.ok())
        return QStringLiteral("%1 g").arg(*reading.grams, 0, 'f', 1);
    const QString status = toString(reading.status);
    return reading.detail.isEmpty() ? status : status + QStringLiteral(": ") + reading.detail;
}

} // namespace packdesk::devices
