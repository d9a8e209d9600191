#include "idempotencyrecords.h"

#include "store/sqlitedatabase.h"

namespace packdesk::sync {

namespace {
constexpr const char* kFind =
    "SELECT request_hash, status, response FROM api_requests WHERE shop = ?1 AND idempotency_key = ?2";
constexpr const char* kInsert =
    "INSERT INTO api_requests (shop, idempotency_key, request_hash, status, response, "
    "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
} // namespace

Result<std::optional<IdempotencyRecords::Record>> IdempotencyRecords::find(const QString& shop,
                                                                           const QString& key)
{
    auto st = m_db.prepare(kFind);
    if (!st)
        return st.error();
    st->bind(1, shop).bind(2, key);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Record>();
    return std::optional<Record>(Record{st->blob(0), st->int32(1), st->text(2).toUtf8()});
}

Result<void> IdempotencyRecords::store(const QString& shop, const QString& key, const Record& record,
                                       qint64 nowMs)
{
    auto st = m_db.prepare(kInsert);
    if (!st)
        return st.error();
    return st->bind(1, shop)
        .bind(2, key)
        .bindBlob(3, record.requestHash)
        .bind(4, record.status)
        .bindUtf8(5, record.response)
        .bind(6, nowMs)
        .run();
}

} // namespace packdesk::sync
