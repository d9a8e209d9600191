#include "sessionstore.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <array>

namespace packdesk::dashboard {

SessionStore::SessionStore(qint64 lifetimeMs, Clock clock)
    : m_lifetimeMs(lifetimeMs), m_clock(std::move(clock))
{
}

qint64 SessionStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString SessionStore::create(const QString& badge, const QString& name)
{
    // QRandomGenerator::system() reads the OS's CSPRNG: an id cannot be guessed.
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QString id = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words))).toHex());
    const qint64 nowMs = now();
    QMutexLocker lock(&m_mutex);
    removeExpired(nowMs);
    m_sessions.insert(id, DashboardSession{badge, name, nowMs + m_lifetimeMs});
    return id;
}

std::optional<DashboardSession> SessionStore::find(const QString& id)
{
    const qint64 nowMs = now();
    QMutexLocker lock(&m_mutex);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return std::nullopt;
    if (it->expiresAtMs <= nowMs) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    return *it;
}

void SessionStore::remove(const QString& id)
{
    QMutexLocker lock(&m_mutex);
    m_sessions.remove(id);
}

int SessionStore::size()
{
    QMutexLocker lock(&m_mutex);
    return int(m_sessions.size());
}

void SessionStore::removeExpired(qint64 nowMs)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->expiresAtMs <= nowMs)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

} // namespace packdesk::dashboard
