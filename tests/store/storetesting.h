#pragma once

#include "store/migrations.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteorderstore.h"
#include "support/sampleorders.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>

// Readable QString values in gtest failure messages.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace packdesk::storetesting {

inline std::string describe(const Error& error)
{
    return (error.code + QStringLiteral(": ") + error.message).toStdString();
}

/// ASSERT that a Result holds a value, printing the error otherwise.
#define ASSERT_OK(result) ASSERT_TRUE((result).ok()) << ::packdesk::storetesting::describe((result).error())
#define EXPECT_OK(result) EXPECT_TRUE((result).ok()) << ::packdesk::storetesting::describe((result).error())

/// Opens a store, failing the test (and returning null) when that fails.
inline std::unique_ptr<store::SqliteOrderStore> openStore(const QString& path)
{
    auto opened = store::SqliteOrderStore::open(path);
    if (!opened) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": " << describe(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

/// A second, raw connection for looking at what the store wrote.
inline std::unique_ptr<store::SqliteDatabase> openRaw(const QString& path)
{
    auto opened = store::SqliteDatabase::open(path);
    if (!opened) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": " << describe(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

/// The single integer a query returns (-1 when it fails or returns nothing).
inline qint64 scalar(store::SqliteDatabase& db, const char* sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return -1;
    auto row = st->step();
    return row.ok() && row.value() ? st->int64(0) : -1;
}

inline Order orderOf(const QString& shop, const QString& number)
{
    Order order = testing::sampleOrder(0, number);
    order.shop = shop;
    return order;
}

/// A fresh database file in its own temporary directory, opened by a store.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        store = openStore(dbPath());
        ASSERT_TRUE(store);
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    void import(const std::vector<Order>& orders)
    {
        auto result = store->upsertOrders(orders);
        ASSERT_OK(result);
    }

    OpenedSession mustOpen(const QString& code, const QString& station,
                           const QString& packer = QStringLiteral("P01"), qint64 atMs = 1'700'000'000'000)
    {
        auto opened = store->openSession(code, SessionOwner{station, packer}, atMs);
        EXPECT_OK(opened);
        return opened.ok() ? opened.value() : OpenedSession{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::SqliteOrderStore> store;
};

} // namespace packdesk::storetesting
