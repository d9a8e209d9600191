#include "dashboard/dashboardquery.h"
#include "dashboard/loginthrottle.h"
#include "dashboard/sessionstore.h"

#include <QDateTime>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace packdesk::dashboard;

TEST(DashboardSessions, IdsAreRandom256BitHex)
{
    SessionStore sessions;
    const QString a = sessions.create(QStringLiteral("L1"), QStringLiteral("Lena"));
    const QString b = sessions.create(QStringLiteral("L1"), QStringLiteral("Lena"));
    EXPECT_EQ(a.size(), 64);
    EXPECT_NE(a, b);
    EXPECT_TRUE(QByteArray::fromHex(a.toLatin1()).size() == 32);
    ASSERT_TRUE(sessions.find(a));
    EXPECT_EQ(sessions.find(a)->name, QStringLiteral("Lena"));
}

TEST(DashboardSessions, ExpireAfterTheirLifetime)
{
    qint64 now = 1'000'000;
    SessionStore sessions(8 * 3600 * 1000, [&now] { return now; });
    const QString id = sessions.create(QStringLiteral("L1"), QStringLiteral("Lena"));
    now += 8 * 3600 * 1000 - 1;
    EXPECT_TRUE(sessions.find(id));
    now += 1;
    EXPECT_FALSE(sessions.find(id));
    EXPECT_EQ(sessions.size(), 0);
}

TEST(DashboardSessions, RemoveInvalidates)
{
    SessionStore sessions;
    const QString id = sessions.create(QStringLiteral("L1"), QStringLiteral("Lena"));
    sessions.remove(id);
    EXPECT_FALSE(sessions.find(id));
    EXPECT_FALSE(sessions.find(QString()));
}

TEST(DashboardSessions, ThrottleLocksABadgeAfterFailuresUntilTheWindowPasses)
{
    qint64 now = 0;
    LoginThrottle throttle(3, 60'000, [&now] { return now; });
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(throttle.allowed(QStringLiteral("L1"), QStringLiteral("10.0.0.1")));
        throttle.recordFailure(QStringLiteral("L1"), QStringLiteral("10.0.0.1"));
    }
    EXPECT_FALSE(throttle.allowed(QStringLiteral("L1"), QStringLiteral("10.0.0.2")));
    EXPECT_TRUE(throttle.allowed(QStringLiteral("L2"), QStringLiteral("10.0.0.1")));
    now += 60'001;
    EXPECT_TRUE(throttle.allowed(QStringLiteral("L1"), QStringLiteral("10.0.0.1")));
}

TEST(DashboardSessions, ThrottleLocksAnAddressTryingManyBadges)
{
    LoginThrottle throttle(2, 60'000, [] { return qint64(0); });
    for (int i = 0; i < 8; ++i)
        throttle.recordFailure(QStringLiteral("B%1").arg(i), QStringLiteral("10.0.0.9"));
    EXPECT_FALSE(throttle.allowed(QStringLiteral("new"), QStringLiteral("10.0.0.9")));
    EXPECT_TRUE(throttle.allowed(QStringLiteral("new"), QStringLiteral("10.0.0.10")));
}

TEST(DashboardQuery, QuickRangesAndDates)
{
    const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    const DashboardQuery week = DashboardQuery::parse(QString(), now);
    EXPECT_EQ(week.from, QStringLiteral("2026-11-18"));
    EXPECT_EQ(week.to, QStringLiteral("2026-11-24"));
    const auto filter = week.toFilter();
    EXPECT_EQ(filter.toMs - filter.fromMs, 7LL * 86'400'000);
    EXPECT_EQ(DashboardQuery::parse(QStringLiteral("range=today"), now).from, QStringLiteral("2026-11-24"));
    const DashboardQuery dated = DashboardQuery::parse(
        QStringLiteral("from=2026-11-01&to=2026-11-02&packer=P+1&packer=P%262&shop=&station=S1"), now);
    EXPECT_EQ(dated.from, QStringLiteral("2026-11-01"));
    EXPECT_EQ(dated.packers, (QStringList{"P 1", "P&2"}));
    EXPECT_TRUE(dated.shops.isEmpty());
    EXPECT_EQ(DashboardQuery::parse(dated.toQueryString(), now).packers, dated.packers);
    EXPECT_EQ(DashboardQuery::parse(QStringLiteral("from=2026-11-05&to=2026-11-01"), now).range,
              QStringLiteral("7d"));
}
