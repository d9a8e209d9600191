#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>
#include <optional>

namespace packdesk::dashboard {

/// A lead logged in to the dashboard.
struct DashboardSession
{
    QString badge;
    QString name;
    qint64 expiresAtMs = 0;
};

/// The dashboard's sessions, in memory only (a restart logs everybody out,
/// which is fine for a desk tool): a random 256-bit id per login, looked up
/// on every request, gone after its lifetime or on logout. Thread-safe: the
/// login completes on the worker thread.
class SessionStore
{
public:
    static constexpr qint64 kDefaultLifetimeMs = 8LL * 3600 * 1000;
    using Clock = std::function<qint64()>; ///< milliseconds since the epoch

    explicit SessionStore(qint64 lifetimeMs = kDefaultLifetimeMs, Clock clock = {});

    /// A new session; returns its id (64 hex digits).
    QString create(const QString& badge, const QString& name);
    /// The live session with this id; expired ones are removed.
    std::optional<DashboardSession> find(const QString& id);
    void remove(const QString& id);
    int size();

private:
    qint64 now() const;
    void removeExpired(qint64 nowMs);

    qint64 m_lifetimeMs;
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, DashboardSession> m_sessions;
};

} // namespace packdesk::dashboard
