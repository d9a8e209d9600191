#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::sync {

/// The answers given to requests that carried an Idempotency-Key (table
/// api_requests), so that a retry of the same request gets the same answer
/// without doing the work twice. Keys are per shop.
class IdempotencyRecords
{
public:
    struct Record
    {
        QByteArray requestHash; ///< SHA-256 of method, path and body
        int status = 0;
        QByteArray response;
    };

    explicit IdempotencyRecords(store::SqliteDatabase& db) : m_db(db) {}

    Result<std::optional<Record>> find(const QString& shop, const QString& key);
    Result<void> store(const QString& shop, const QString& key, const Record& record, qint64 nowMs);

private:
    store::SqliteDatabase& m_db;
};

} // namespace packdesk::sync
