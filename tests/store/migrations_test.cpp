#include "storetesting.h"

#include <QTemporaryDir>
#include <thread>

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

class MigrationsTest : public ::testing::Test
{
protected:
    QString dbPath() const { return m_dir.filePath(QStringLiteral("station.db")); }

    /// A database as an older build left it: migrated to `version` only.
    std::unique_ptr<store::SqliteDatabase> databaseAt(int version)
    {
        auto db = openRaw(dbPath());
        if (!db)
            return nullptr;
        auto migrated = store::Migrations::migrate(*db, version);
        EXPECT_OK(migrated);
        EXPECT_EQ(store::Migrations::currentVersion(*db).value(), version);
        return db;
    }

    /// Rows written with the v1 columns, the way a v1 build stored sampleOrder("1001").
    static void insertV1Rows(store::SqliteDatabase& db)
    {
        ASSERT_OK(db.exec(R"sql(
            INSERT INTO orders (id, shop, number, status, customer_name, customer_email, customer_locale,
                                previous_orders, ship_name, ship_line1, ship_postal_code, ship_city, ship_country,
                                imported_at, updated_at)
            VALUES (1, 'acme', '1001', 'ready', 'Bjørn Ødegård', 'bjorn@example.com', 'nb-NO', 0,
                    'Bjørn Ødegård', 'Storgata 1', '0155', 'Oslo', 'NO', 1000, 1000);
            INSERT INTO order_lines (id, order_id, position, sku, name, quantity, unit_weight_g, fragile)
            VALUES (10, 1, 0, 'MUG-1', 'Mug', 2, 300, 1), (11, 1, 1, 'TEA-7', 'Tea', 1, 100, 0);
            INSERT INTO line_barcodes (line_id, code) VALUES (10, '4006381333931'), (11, '036000291452');
            INSERT INTO packers (badge, name, locale, is_lead) VALUES ('P01', 'Anna Berg', 'sv', 0);
        )sql"));
    }

    QTemporaryDir m_dir;
};

TEST_F(MigrationsTest, AnEmptyFileIsMigratedToTheLatestSchema)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    auto version = store->schemaVersion();
    ASSERT_OK(version);
    EXPECT_EQ(version.value(), store::Migrations::latestVersion());
    EXPECT_EQ(store::Migrations::latestVersion(), 6);
    store.reset();
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(
        scalar(*raw,
               "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
               "('orders', 'order_lines', 'line_barcodes', 'packers', 'pack_sessions', 'events', 'shops')"),
        7);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM pragma_table_info('orders') WHERE name = 'content_hash'"),
              1);
}

TEST_F(MigrationsTest, EachStepStopsAtItsOwnVersion)
{
    auto db = databaseAt(1);
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'pack_sessions'"), 0);
    ASSERT_OK(store::Migrations::migrate(*db, 2));
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'pack_sessions'"), 1);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'shops'"), 0);
    EXPECT_EQ(scalar(*db, "PRAGMA user_version"), 2);
}

TEST_F(MigrationsTest, AVersionOneDatabaseIsUpgradedWithItsDataIntact)
{
    {
        auto db = databaseAt(1);
        ASSERT_TRUE(db);
        insertV1Rows(*db);
    }
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion().value(), store::Migrations::latestVersion());

    auto found = store->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
    ASSERT_OK(found);
    ASSERT_TRUE(found.value().has_value());
    const Order& order = *found.value();
    EXPECT_EQ(order.customer.name, QStringLiteral("Bjørn Ødegård"));
    ASSERT_EQ(order.lines.size(), 2u);
    EXPECT_EQ(order.lines[0].sku, QStringLiteral("MUG-1"));
    EXPECT_EQ(order.lines[0].barcodes, QStringList{QStringLiteral("4006381333931")});
    EXPECT_TRUE(order.lines[0].fragile);
    auto packer = store->authenticate(QStringLiteral("P01"), {});
    ASSERT_OK(packer);
    EXPECT_EQ(packer->name, QStringLiteral("Anna Berg"));

    // v3 back-filled the content hash, so the same order re-imported is recognised.
    auto again = store->upsertOrders({orderOf(QStringLiteral("acme"), QStringLiteral("1001"))});
    ASSERT_OK(again);
    EXPECT_EQ(again->at(0).kind, UpsertKind::Unchanged);
    // And the tables v2 added work on the upgraded data.
    auto opened =
        store->openSession(QStringLiteral("1001"), {QStringLiteral("S1"), QStringLiteral("P01")}, 5000);
    ASSERT_OK(opened);
    EXPECT_EQ(opened->order.id, 1);
}

TEST_F(MigrationsTest, AVersionTwoDatabaseKeepsItsOpenSession)
{
    {
        auto db = databaseAt(2);
        ASSERT_TRUE(db);
        insertV1Rows(*db);
        ASSERT_OK(db->exec(R"sql(
            UPDATE orders SET status = 'packing' WHERE id = 1;
            INSERT INTO pack_sessions (id, order_id, station, packer, state, started_at)
            VALUES (7, 1, 'S1', 'P01', 'verifying', 2000);
            INSERT INTO events (at, type, station, packer, order_id, session_id, details) VALUES
                (2000, 'session.opened', 'S1', 'P01', 1, 7, '{"order":"acme/1001"}'),
                (2100, 'item.scanned', 'S1', 'P01', 1, 7, '{"code":"4006381333931","line":0}');
        )sql"));
    }
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion().value(), store::Migrations::latestVersion());
    auto active = store->activeSession(QStringLiteral("S1"));
    ASSERT_OK(active);
    ASSERT_TRUE(active.value().has_value());
    EXPECT_EQ(active.value()->sessionId, 7);
    EXPECT_EQ(active.value()->startedAtMs, 2000);
    ASSERT_EQ(active.value()->history.size(), 2u);
    EXPECT_EQ(active.value()->history[1].type, EventTypes::ItemScanned);
    EXPECT_EQ(active.value()->history[1].details.value(QStringLiteral("line")).toInt(), 0);
    // Being packed: the import leaves it alone after the upgrade too.
    auto imported = store->upsertOrders({orderOf(QStringLiteral("acme"), QStringLiteral("1001"))});
    ASSERT_OK(imported);
    EXPECT_EQ(imported->at(0).kind, UpsertKind::SkippedInProgress);
}

TEST_F(MigrationsTest, ADatabaseFromANewerBuildIsRefusedAndLeftAlone)
{
    const int newer = store::Migrations::latestVersion() + 5;
    {
        auto db = databaseAt(store::Migrations::latestVersion());
        ASSERT_TRUE(db);
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(newer);
        ASSERT_OK(db->exec(bump.constData()));
    }
    auto opened = store::SqliteOrderStore::open(dbPath());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, QStringLiteral("schema_too_new"));
    EXPECT_EQ(opened.error().message,
              QStringLiteral(
                  "This database was written by a newer packdesk (schema %1; this build knows up to %2). "
                  "Install the newer packdesk or restore a backup.")
                  .arg(newer)
                  .arg(store::Migrations::latestVersion()));
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(scalar(*raw, "PRAGMA user_version"), newer);
}

TEST_F(MigrationsTest, OpeningAgainChangesNothing)
{
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        ASSERT_OK(store->upsertOrders({orderOf(QStringLiteral("acme"), QStringLiteral("1001"))}));
    }
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion().value(), store::Migrations::latestVersion());
    ASSERT_OK(store::Migrations::migrate(*openRaw(dbPath())));
    auto orders = store->listOrders();
    ASSERT_OK(orders);
    ASSERT_EQ(orders->size(), 1u);
    EXPECT_EQ(orders->at(0).number, QStringLiteral("1001"));
}

TEST_F(MigrationsTest, TwoProcessesOpeningANewFileAtOnceBothGetTheLatestSchema)
{
    Result<std::unique_ptr<store::SqliteOrderStore>> first = Error{}, second = Error{};
    std::thread a([&] { first = store::SqliteOrderStore::open(dbPath()); });
    std::thread b([&] { second = store::SqliteOrderStore::open(dbPath()); });
    a.join();
    b.join();
    ASSERT_OK(first);
    ASSERT_OK(second);
    EXPECT_EQ(first.value()->schemaVersion().value(), store::Migrations::latestVersion());
    EXPECT_EQ(second.value()->schemaVersion().value(), store::Migrations::latestVersion());
}

} // namespace
