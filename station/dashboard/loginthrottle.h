#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <functional>

namespace packdesk::dashboard {

/// Slows down PIN guessing: after maxFailures failed logins within the
/// window for one badge (four times as many from one client address: behind
/// nginx every lead shares it), further attempts for
/// that badge or from that address are refused until the window has
/// passed, without even checking the PIN. Thread-safe.
class LoginThrottle
{
public:
    using Clock = std::function<qint64()>;
    static constexpr int kDefaultMaxFailures = 5;
    static constexpr qint64 kDefaultWindowMs = 15LL * 60 * 1000;

    explicit LoginThrottle(int maxFailures = kDefaultMaxFailures, qint64 windowMs = kDefaultWindowMs,
                           Clock clock = {});

    bool allowed(const QString& badge, const QString& address);
    void recordFailure(const QString& badge, const QString& address);
    /// A successful login forgets the badge's failures.
    void recordSuccess(const QString& badge);

private:
    qint64 now() const;
    int recentFailures(const QString& key, qint64 nowMs);

    int m_maxFailures;
    qint64 m_windowMs;
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_failures; ///< "badge:X" / "ip:Y" -> times of failures
};

} // namespace packdesk::dashboard
