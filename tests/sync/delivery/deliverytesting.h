#pragma once

#include "store/eventlog.h"
#include "store/migrations.h"
#include "store/orderimport.h"
#include "store/sqlitedatabase.h"
#include "store/transaction.h"
#include "support/sampleorders.h"
#include "support/waitfor.h"
#include "sync/webhookendpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace packdesk::deliverytesting {

inline std::string describe(const Error& error)
{
    return (error.code + QStringLiteral(": ") + error.message).toStdString();
}
#define ASSERT_OK(result) ASSERT_TRUE((result).ok()) << ::packdesk::deliverytesting::describe((result).error())

/// Two secrets of the right shape (24+ bytes), fixed so failures are reproducible.
inline const QString kOldSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
inline const QString kNewSecret = QStringLiteral("whsec_c2Vjb25kLXNlY3JldC1mb3ItdGhlLXJvdGF0aW9uLXRlc3Q=");

/// Waits (running this thread's events) until done() or the timeout.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20'000)
{
    return packdesk::testing::waitFor(done, timeoutMs);
}

inline qint64 scalar(store::SqliteDatabase& db, const char* sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return -1;
    auto row = st->step();
    return row.ok() && row.value() ? st->int64(0) : -1;
}

/// A migrated database in a temp dir, with helpers that record outbound
/// events the way the store does: through EventLog, in a transaction.
class OutboxDatabase
{
public:
    OutboxDatabase()
    {
        auto opened = store::SqliteDatabase::open(path());
        if (!opened) {
            ADD_FAILURE() << describe(opened.error());
            return;
        }
        db = std::move(opened).value();
        if (auto migrated = store::Migrations::migrate(*db); !migrated)
            ADD_FAILURE() << describe(migrated.error());
    }

    QString path() const { return m_dir.filePath(QStringLiteral("station.db")); }

    /// Stores orders shop/number for number in numbers; returns their ids.
    std::vector<qint64> addOrders(const QString& shop, const QStringList& numbers)
    {
        std::vector<Order> orders;
        for (const QString& number : numbers) {
            Order order = testing::sampleOrder(0, number);
            order.shop = shop;
            orders.push_back(order);
        }
        auto tx = store::Transaction::begin(*db);
        EXPECT_TRUE(tx.ok());
        EXPECT_TRUE(store::OrderImport(*db).run(orders, now()).ok());
        EXPECT_TRUE(tx->commit().ok());
        std::vector<qint64> ids;
        for (const QString& number : numbers) {
            auto st = db->prepare("SELECT id FROM orders WHERE shop = ?1 AND number = ?2");
            st->bind(1, shop).bind(2, number);
            EXPECT_TRUE(st->step().value());
            ids.push_back(st->int64(0));
        }
        return ids;
    }

    /// Records one event of the order in its own committed transaction.
    void record(const QString& type, qint64 orderId, QJsonObject details = {})
    {
        auto tx = store::Transaction::begin(*db);
        ASSERT_OK(tx);
        DomainEvent event{type, now(), QStringLiteral("st-1"), QStringLiteral("B-7"), orderId, 0, std::move(details)};
        ASSERT_OK(store::EventLog(*db).append(event));
        ASSERT_OK(tx->commit());
    }

    void setEndpoint(const QString& shop, const QString& url, const QString& secret = kOldSecret, bool rotate = false)
    {
        auto saved = sync::WebhookEndpoints(*db).set(shop, url, secret, rotate, now());
        ASSERT_OK(saved);
    }

    qint64 count(const char* sql) { return scalar(*db, sql); }

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

    std::unique_ptr<store::SqliteDatabase> db;

private:
    QTemporaryDir m_dir;
};

} // namespace packdesk::deliverytesting
