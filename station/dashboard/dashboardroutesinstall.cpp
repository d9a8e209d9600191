// The real backend of the dashboard, apart from the routes so that the
// routes' tests can run against a stand-in without the stats library.
#include "dashboardroutes.h"
#include "store/sqliteorderstore.h"

namespace packdesk::dashboard {

Result<std::unique_ptr<DashboardRoutes>>
DashboardRoutes::install(sync::HttpApiServer& server, const QString& dbPath, DashboardOptions options)
{
    auto store = store::SqliteOrderStore::open(dbPath);
    if (!store)
        return store.error();
    // Shared by the login closure; used on the worker thread only.
    std::shared_ptr<store::SqliteOrderStore> shared(std::move(store.value()));
    DashboardBackend backend;
    backend.openStats = [dbPath] { return stats::StatsQueries::open(dbPath); };
    backend.authenticate = [shared](const QString& badge, const QString& pin) {
        return shared->authenticate(badge, pin);
    };
    return install(server, std::move(backend), std::move(options));
}

} // namespace packdesk::dashboard
