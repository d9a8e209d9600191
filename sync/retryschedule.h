#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace packdesk::sync {

/// When a failed webhook is tried again: exponential steps from the sync
/// contract, each scaled by random jitter so many failed events of one shop
/// do not come back as one burst.
class RetrySchedule
{
public:
    RetrySchedule(std::vector<qint64> delaysMs, double jitter) : m_delaysMs(std::move(delaysMs)), m_jitter(jitter) {}

    /// The wait after `attemptsMade` failed attempts, or nothing when the
    /// schedule is used up (the event goes to the dead letters).
    std::optional<qint64> delayAfter(int attemptsMade) const;

    /// A Retry-After header as a wait from nowMs: delta-seconds or an HTTP
    /// date (RFC 9110). Nothing when absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, qint64 nowMs);

    /// Status codes whose Retry-After is honoured (slow down, not broken).
    static bool honoursRetryAfter(int status);

private:
    std::vector<qint64> m_delaysMs;
    double m_jitter;
};

} // namespace packdesk::sync
