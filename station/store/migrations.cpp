#include "migrations.h"

#include "schemasql.h"

#include "ordercontenthash.h"
#include "orderrows.h"
#include "sqlitedatabase.h"
#include "transaction.h"

#include <iterator>

namespace packdesk::store {

namespace {

// Orders stored before v3 get their hash now, so re-importing them reports
// "unchanged" instead of rewriting every one. Loads through today's OrderRows,
// which is fine while no later step changes the order tables; a step that
// does must come after this one and cannot change what v3 reads.
Result<void> backfillContentHashes(SqliteDatabase& db)
{
    OrderRows rows(db);
    auto ids = rows.ids(std::nullopt, -1, 0);
    if (!ids)
        return ids.error();
    for (qint64 id : ids.value()) {
        auto order = rows.load(id);
        if (!order)
            return order.error();
        if (auto stored = rows.setContentHash(id, OrderContentHash::of(order.value())); !stored)
            return stored;
    }
    return {};
}

struct Step
{
    int version;
    const char* sql;
    Result<void> (*after)(SqliteDatabase&); ///< data changes SQL cannot express; may be null
};

constexpr Step kSteps[] = {
    {1, schema::kV1, nullptr},
    {2, schema::kV2, nullptr},
    {3, schema::kV3, backfillContentHashes},
    {4, schema::kV4, nullptr},
    {5, schema::kV5, nullptr},
    {6, schema::kV6, nullptr},
};

Error tooNew(int found)
{
    return Error{
        QStringLiteral("schema_too_new"),
        QStringLiteral("This database was written by a newer packdesk (schema %1; this build knows up to "
                       "%2). Install the newer packdesk or restore a backup.")
            .arg(found)
            .arg(Migrations::latestVersion())};
}

Result<void> apply(SqliteDatabase& db, const Step& step)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Read again inside the write lock: another process may have migrated
    // while this one waited for it.
    auto current = Migrations::currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() >= step.version)
        return {};
    if (auto schema = db.exec(step.sql); !schema)
        return schema;
    if (step.after) {
        if (auto data = step.after(db); !data)
            return data;
    }
    // PRAGMA takes no parameters; the number is this build's own constant.
    const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
    if (auto bumped = db.exec(bump.constData()); !bumped)
        return bumped;
    return tx->commit();
}

} // namespace

int Migrations::latestVersion()
{
    return std::end(kSteps)[-1].version;
}

Result<int> Migrations::currentVersion(SqliteDatabase& db)
{
    auto st = db.prepare("PRAGMA user_version");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int32(0) : 0;
}

Result<void> Migrations::migrate(SqliteDatabase& db, int targetVersion)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return tooNew(current.value());
    for (const Step& step : kSteps) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        if (auto applied = apply(db, step); !applied)
            return Error{applied.error().code,
                         QStringLiteral("Could not upgrade the database to schema %1: %2")
                             .arg(step.version)
                             .arg(applied.error().message)};
    }
    return {};
}

Result<std::unique_ptr<SqliteDatabase>> Migrations::openMigrated(const QString& path)
{
    auto db = SqliteDatabase::open(path);
    if (!db)
        return db.error();
    if (auto migrated = migrate(*db.value()); !migrated)
        return migrated.error();
    return std::move(db).value();
}

} // namespace packdesk::store
