#pragma once

#include "apirequest.h"
#include "core/result.h"

#include <memory>
#include <optional>
#include <vector>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::sync {

/// The order API's work, one request at a time, on its own database
/// connection: authentication, the body check, idempotency and the write,
/// all or nothing in one transaction. Synchronous: OrderApiRoutes runs it on
/// a worker thread. See docs/api.md for the contract.
class OrderApiService
{
public:
    /// Opens its connection to a database that is already migrated
    /// (SqliteOrderStore::open migrates).
    static Result<std::unique_ptr<OrderApiService>> open(const QString& dbPath);
    ~OrderApiService();

    /// POST /api/v1/orders: create, update or cancel one order.
    ApiResponse submit(const ApiRequest& request);
    /// Several POSTs in one transaction (group commit): one fsync for all
    /// of them instead of one each, which is what bounds the throughput.
    /// Each request still stands alone: it runs in its own savepoint, and a
    /// refused one is rolled back to it without touching the others. The
    /// answers are only returned after the commit, so a 2xx is durable.
    std::vector<ApiResponse> submitAll(const std::vector<ApiRequest>& requests);
    /// GET /api/v1/orders/{shop}/{number}: the order's status.
    ApiResponse status(const ApiRequest& request);

private:
    explicit OrderApiService(std::unique_ptr<store::SqliteDatabase> db);

    struct Prepared;

    /// The token's shop, or the 401 to answer.
    std::optional<ApiResponse> authenticate(const ApiRequest& request, QString* shop);
    /// Everything that needs no write lock: authentication and the body check.
    Prepared prepare(const ApiRequest& request);
    /// Inside the batch's transaction: idempotency and the write.
    ApiResponse write(const ApiRequest& request, const Prepared& prepared);

    std::unique_ptr<store::SqliteDatabase> m_db;
};

} // namespace packdesk::sync
