#include "retryschedule.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace packdesk::sync {

namespace {
/// A shop cannot park an event for longer than a day with one header.
constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;
} // namespace

std::optional<qint64> RetrySchedule::delayAfter(int attemptsMade) const
{
    if (attemptsMade < 1 || attemptsMade > int(m_delaysMs.size()))
        return std::nullopt;
    const double base = double(m_delaysMs[std::size_t(attemptsMade - 1)]);
    const double factor = 1.0 + m_jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return std::max<qint64>(0, qint64(base * factor));
}

std::optional<qint64> RetrySchedule::parseRetryAfter(const QByteArray& value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min(seconds * 1000, kMaxRetryAfterMs));
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form RFC 9110 says
    // to send; RFC 2822 dates with a numeric zone as a fallback.
    const QString text = QString::fromLatin1(trimmed);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    else
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::clamp<qint64>(at.toMSecsSinceEpoch() - nowMs, 0, kMaxRetryAfterMs);
}

bool RetrySchedule::honoursRetryAfter(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

} // namespace packdesk::sync
