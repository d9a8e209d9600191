#include "loginthrottle.h"

#include <QDateTime>
#include <QMutexLocker>

namespace packdesk::dashboard {

namespace {
QString badgeKey(const QString& badge)
{
    return QStringLiteral("badge:") + badge.trimmed().toLower();
}
QString addressKey(const QString& address)
{
    return QStringLiteral("ip:") + address;
}
} // namespace

LoginThrottle::LoginThrottle(int maxFailures, qint64 windowMs, Clock clock)
    : m_maxFailures(maxFailures), m_windowMs(windowMs), m_clock(std::move(clock))
{
}

qint64 LoginThrottle::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

int LoginThrottle::recentFailures(const QString& key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    it->removeIf([&](qint64 at) { return at <= nowMs - m_windowMs; });
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    return int(it->size());
}

bool LoginThrottle::allowed(const QString& badge, const QString& address)
{
    const qint64 nowMs = now();
    QMutexLocker lock(&m_mutex);
    return recentFailures(badgeKey(badge), nowMs) < m_maxFailures &&
           recentFailures(addressKey(address), nowMs) < m_maxFailures * 4;
}

void LoginThrottle::recordFailure(const QString& badge, const QString& address)
{
    const qint64 nowMs = now();
    QMutexLocker lock(&m_mutex);
    m_failures[badgeKey(badge)].append(nowMs);
    m_failures[addressKey(address)].append(nowMs);
}

void LoginThrottle::recordSuccess(const QString& badge)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(badgeKey(badge));
}

} // namespace packdesk::dashboard
