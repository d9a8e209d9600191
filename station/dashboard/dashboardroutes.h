#pragma once

#include "core/packer.h"
#include "core/result.h"
#include "dashboard/loginthrottle.h"
#include "dashboard/sessionstore.h"
#include "dashboard/workerthread.h"
#include "stats/statsqueries.h"
#include "sync/apirequest.h"

#include <functional>
#include <memory>

namespace packdesk::sync {
class HttpApiServer;
}

namespace packdesk::dashboard {

/// How the dashboard reaches the database; both run on its worker thread.
struct DashboardBackend
{
    /// Opens the stats queries (once, on the worker: StatsQueries is one per thread).
    std::function<Result<std::unique_ptr<stats::StatsQueries>>()> openStats;
    /// SqliteOrderStore::authenticate or a stand-in.
    std::function<Result<Packer>(const QString& badge, const QString& pin)> authenticate;
};

struct DashboardOptions
{
    qint64 sessionLifetimeMs = SessionStore::kDefaultLifetimeMs;
    int maxFailedLogins = LoginThrottle::kDefaultMaxFailures;
    qint64 failedLoginWindowMs = LoginThrottle::kDefaultWindowMs;
    std::function<qint64()> clock; ///< ms since the epoch; the system clock when empty
};

/// The leads' web dashboard (docs/dashboard.md), added to the server of
/// `packdesk serve`:
///   GET  /dashboard/login, POST /dashboard/login, POST /dashboard/logout
///   GET  /dashboard                        the page (filters in the query)
///   GET  /dashboard/export/{table}.csv     every table, same filters
///   GET  /dashboard/static/dashboard.css
/// Only leads sign in; sessions are in memory (cookie packdesk_session).
class DashboardRoutes
{
public:
    static constexpr auto kCookieName = "packdesk_session";

    /// The real backend: the station database at dbPath (already migrated).
    static Result<std::unique_ptr<DashboardRoutes>>
    install(sync::HttpApiServer& server, const QString& dbPath, DashboardOptions options = {});
    static std::unique_ptr<DashboardRoutes> install(sync::HttpApiServer& server, DashboardBackend backend,
                                                    DashboardOptions options = {});
    /// Finishes queued work, then closes the database connections.
    ~DashboardRoutes();

    SessionStore& sessions() { return m_sessions; }

private:
    DashboardRoutes(DashboardBackend backend, const DashboardOptions& options);
    void addRoutes(sync::HttpApiServer& server);
    qint64 now() const;
    /// The session of the request's cookie, if it is live.
    std::optional<DashboardSession> sessionOf(const sync::ApiRequest& request);

    void showLogin(const sync::ApiRequest& request, const sync::ApiReply& reply);
    void login(const sync::ApiRequest& request, const sync::ApiReply& reply);
    void logout(const sync::ApiRequest& request, const sync::ApiReply& reply);
    void showDashboard(const sync::ApiRequest& request, const sync::ApiReply& reply);
    void exportCsv(const sync::ApiRequest& request, const sync::ApiReply& reply);
    /// On the worker: the stats queries, opened on first use.
    Result<stats::StatsQueries*> statsQueries();

    DashboardBackend m_backend;
    std::function<qint64()> m_clock;
    qint64 m_sessionLifetimeMs;
    SessionStore m_sessions;
    LoginThrottle m_throttle;
    std::unique_ptr<stats::StatsQueries> m_stats; ///< worker thread only
    std::unique_ptr<WorkerThread> m_worker;
};

} // namespace packdesk::dashboard
