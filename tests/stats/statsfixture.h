#pragma once

#include "core/domainevent.h"
#include "stats/statsqueries.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteorderstore.h"
#include "support/sampleorders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace packdesk::stats::testing {

inline constexpr qint64 kSecond = 1000;
inline constexpr qint64 kMinute = 60 * kSecond;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

/// 2026-03-02 00:00 UTC, a Monday: the day the hand-written logs happen on.
inline qint64 day0()
{
    return QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

/// Writes one pack session's events the way PackSession words them.
class SessionLog
{
public:
    SessionLog(qint64 sessionId, qint64 orderId, QString station, QString packer, qint64 openedAt)
        : m_sessionId(sessionId), m_orderId(orderId), m_station(std::move(station)), m_packer(std::move(packer)),
          m_openedAt(openedAt)
    {
        add(EventTypes::SessionOpened, openedAt, {});
    }

    SessionLog& scan(qint64 at, int count = 1)
    {
        for (int i = 0; i < count; ++i)
            add(EventTypes::ItemScanned, at, {{QStringLiteral("code"), QStringLiteral("4006381333931")}});
        return *this;
    }
    SessionLog& reject(qint64 at, const QString& reason)
    {
        return add(EventTypes::ScanRejected, at, {{QStringLiteral("code"), QStringLiteral("X")}, {QStringLiteral("reason"), reason}});
    }
    SessionLog& weigh(qint64 at, const QString& verdict)
    {
        return add(EventTypes::WeightChecked, at, {{QStringLiteral("verdict"), verdict}});
    }
    SessionLog& override_(qint64 at)
    {
        return add(EventTypes::OverrideApproved, at, {{QStringLiteral("lead"), QStringLiteral("L01")}, {QStringLiteral("reason"), QStringLiteral("ok")}});
    }
    SessionLog& quality(qint64 at, const QStringList& defects)
    {
        QJsonArray answers{QJsonObject{{QStringLiteral("key"), QStringLiteral("tape")}, {QStringLiteral("passed"), true}}};
        for (const auto& kind : defects)
            answers.append(QJsonObject{{QStringLiteral("key"), kind}, {QStringLiteral("passed"), false}, {QStringLiteral("defect"), kind}});
        return add(EventTypes::QualityRecorded, at, {{QStringLiteral("answers"), answers}, {QStringLiteral("defects"), int(defects.size())}});
    }
    SessionLog& printFailed(qint64 at) { return add(EventTypes::PrintFailed, at, {{QStringLiteral("reason"), QStringLiteral("offline")}}); }
    SessionLog& packed(qint64 at, int items)
    {
        return add(EventTypes::OrderPacked, at,
                   {{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("MUG-1")}, {QStringLiteral("quantity"), items}}}},
                    {QStringLiteral("started_at_ms"), m_openedAt},
                    {QStringLiteral("duration_ms"), at - m_openedAt}});
    }
    SessionLog& exception(qint64 at, const QString& reason) { return add(EventTypes::OrderException, at, {{QStringLiteral("reason"), reason}}); }
    SessionLog& cancelled(qint64 at) { return add(EventTypes::SessionCancelled, at, {{QStringLiteral("reason"), QStringLiteral("logout")}}); }

    const DomainEvents& events() const { return m_events; }

private:
    SessionLog& add(QLatin1String type, qint64 at, QJsonObject details)
    {
        m_events.push_back(DomainEvent{QString(type), at, m_station, m_packer, m_orderId, m_sessionId, std::move(details)});
        return *this;
    }

    qint64 m_sessionId;
    qint64 m_orderId;
    QString m_station;
    QString m_packer;
    qint64 m_openedAt;
    DomainEvents m_events;
};

/// A station database in a temp dir, written through the real store.
class StatsFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("stats.sqlite"));
        auto store = store::SqliteOrderStore::open(m_path);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        m_store = std::move(store.value());
        auto db = store::SqliteDatabase::open(m_path);
        ASSERT_TRUE(db);
        m_db = std::move(db.value());
        auto queries = StatsQueries::open(m_path);
        ASSERT_TRUE(queries) << queries.error().message.toStdString();
        m_queries = std::move(queries.value());
    }

    qint64 addOrder(const QString& shop, const QString& number)
    {
        Order order = packdesk::testing::sampleOrder(0, number);
        order.shop = shop;
        EXPECT_TRUE(m_store->upsertOrders({order}));
        auto st = m_db->prepare("SELECT id FROM orders WHERE shop = ?1 AND number = ?2");
        st->bind(1, shop).bind(2, number);
        EXPECT_TRUE(st->step().value());
        return st->int64(0);
    }

    void addPacker(const QString& badge, const QString& name)
    {
        ASSERT_TRUE(m_store->upsertPacker(Packer{badge, name}));
    }

    void record(const SessionLog& session) { record(session.events()); }
    void record(const DomainEvents& events)
    {
        auto recorded = m_store->recordEvents(events);
        ASSERT_TRUE(recorded) << recorded.error().message.toStdString();
    }

    StatsReport report(qint64 fromMs, qint64 toMs, StatsFilter filter = {})
    {
        filter.fromMs = fromMs;
        filter.toMs = toMs;
        auto result = m_queries->report(filter);
        EXPECT_TRUE(result) << result.error().message.toStdString();
        return result ? result.value() : StatsReport{};
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::SqliteOrderStore> m_store;
    std::unique_ptr<store::SqliteDatabase> m_db;
    std::unique_ptr<StatsQueries> m_queries;
};

inline const GroupFigures* findGroup(const std::vector<GroupFigures>& groups, const QString& key)
{
    for (const auto& group : groups)
        if (group.key == key)
            return &group;
    return nullptr;
}

} // namespace packdesk::stats::testing
