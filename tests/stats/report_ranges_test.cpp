#include "statsfixture.h"

namespace packdesk::stats::testing {
namespace {

class StatsRangesTest : public StatsFixture
{
protected:
    /// Packs one order for P01 at S1 (shop acme), opened `duration` before `end`.
    void packAt(qint64 end, qint64 duration, int items = 1)
    {
        const qint64 order = addOrder(QStringLiteral("acme"), QString::number(++m_orders));
        record(SessionLog(m_orders, order, QStringLiteral("S1"), QStringLiteral("P01"), end - duration)
                   .scan(end - duration + kSecond, items)
                   .packed(end, items));
    }

    qint64 m_orders = 0;
};

TEST_F(StatsRangesTest, ASessionCountsInTheRangeItEndedIn)
{
    // Opened 23:58 on day 0, a wrong item scanned then, packed at 00:03 on day 1.
    const qint64 order = addOrder(QStringLiteral("acme"), QStringLiteral("9"));
    record(SessionLog(1, order, QStringLiteral("S1"), QStringLiteral("P01"), day0() + kDay - 2 * kMinute)
               .reject(day0() + kDay - kMinute, QStringLiteral("wrong_item"))
               .scan(day0() + kDay - kMinute, 2)
               .packed(day0() + kDay + 3 * kMinute, 2));
    const auto first = report(day0(), day0() + kDay);
    EXPECT_EQ(first.totals.ordersPacked, 0);
    EXPECT_EQ(first.totals.misScans, 0);
    const auto second = report(day0() + kDay, day0() + 2 * kDay);
    EXPECT_EQ(second.totals.ordersPacked, 1);
    EXPECT_EQ(second.totals.misScans, 1);
    EXPECT_EQ(second.totals.medianPackMs, 5 * kMinute);
    // A range ending a second before the packing does not see it.
    EXPECT_EQ(report(day0() + kDay, day0() + kDay + 3 * kMinute).totals.ordersPacked, 0);
}

TEST_F(StatsRangesTest, P90IsTheNearestRank)
{
    for (int i = 1; i <= 10; ++i)
        packAt(day0() + i * kHour, i * kSecond * 10);
    const auto r = report(day0(), day0() + kDay);
    EXPECT_EQ(r.totals.medianPackMs, 50 * kSecond);
    EXPECT_EQ(r.totals.p90PackMs, 90 * kSecond);
    EXPECT_DOUBLE_EQ(r.totals.ordersPerHour, 1.0);
}

TEST_F(StatsRangesTest, RangesOverSevenDaysHaveDailyThroughputWithZeros)
{
    packAt(day0() + 2 * kDay + 5 * kHour, kMinute, 2);
    packAt(day0() + 2 * kDay + 6 * kHour, kMinute, 3);
    const auto week = report(day0(), day0() + 7 * kDay);
    EXPECT_EQ(week.throughputBucketMs, kHour);
    EXPECT_EQ(week.throughput.size(), 7u * 24);
    const auto r = report(day0(), day0() + 10 * kDay);
    EXPECT_EQ(r.throughputBucketMs, kDay);
    ASSERT_EQ(r.throughput.size(), 10u);
    EXPECT_EQ(r.throughput[2].ordersPacked, 2);
    EXPECT_EQ(r.throughput[2].itemsPacked, 5);
    EXPECT_EQ(r.throughput[1].ordersPacked, 0);
    EXPECT_EQ(r.throughput[3].ordersPacked, 0);
}

TEST_F(StatsRangesTest, LongRangesReadRollupsAndAgreeWithTheFacts)
{
    // Thirty days, one order every 6 hours, with mis-scans, a defect and an
    // exception; plus orders in the cut hours at both ends of the range.
    const qint64 from = day0() + 30 * kMinute;
    const qint64 to = day0() + 30 * kDay + 20 * kMinute;
    packAt(day0() + 45 * kMinute, 40 * kSecond);        // in the cut first hour
    packAt(day0() + 30 * kDay + 10 * kMinute, 50 * kSecond); // in the cut last hour
    packAt(day0() + 20 * kMinute, 10 * kSecond);        // before the range
    packAt(day0() + 30 * kDay + 25 * kMinute, 10 * kSecond); // after it
    for (int i = 1; i < 120; ++i)
        packAt(day0() + i * 6 * kHour, (60 + i) * kSecond, 2);
    const qint64 order = addOrder(QStringLiteral("acme"), QStringLiteral("x"));
    record(SessionLog(9000, order, QStringLiteral("S1"), QStringLiteral("P01"), day0() + 3 * kDay)
               .reject(day0() + 3 * kDay + kSecond, QStringLiteral("wrong_item"))
               .quality(day0() + 3 * kDay + 2 * kSecond, {QStringLiteral("dent")})
               .exception(day0() + 3 * kDay + 3 * kSecond, QStringLiteral("damaged_item")));

    const auto r = report(from, to);
    EXPECT_EQ(r.totals.ordersPacked, 121);
    EXPECT_EQ(r.totals.itemsPacked, 2 * 119 + 2);
    EXPECT_EQ(r.totals.misScans, 1);
    EXPECT_EQ(r.totals.exceptions, 1);
    ASSERT_EQ(r.defectsByKind.size(), 1u);
    EXPECT_EQ(r.defectsByKind[0].kind, QStringLiteral("dent"));
    ASSERT_EQ(r.exceptionsByReason.size(), 1u);
    // Durations 40 s, 50 s, 61..179 s: the median is the 61st of 121, 119 s,
    // the p90 the 109th, 167 s; bucketed to within 1/64 below.
    ASSERT_TRUE(r.totals.medianPackMs);
    EXPECT_LE(*r.totals.medianPackMs, 119 * kSecond);
    EXPECT_GE(*r.totals.medianPackMs, 119 * kSecond * 63 / 64);
    ASSERT_TRUE(r.totals.p90PackMs);
    EXPECT_LE(*r.totals.p90PackMs, 167 * kSecond);
    EXPECT_GE(*r.totals.p90PackMs, 167 * kSecond * 63 / 64);
    ASSERT_EQ(r.throughput.size(), 31u);
    EXPECT_EQ(r.throughput[0].ordersPacked, 1 + 3) << "00:45 and 06:00, 12:00, 18:00";
}

TEST_F(StatsRangesTest, LongRangesSplitByShopAndHonourEveryFilter)
{
    for (int i = 1; i <= 20; ++i)
        packAt(day0() + i * 12 * kHour, kMinute); // acme at S1 by P01
    for (int i = 1; i <= 5; ++i) {
        const qint64 order = addOrder(QStringLiteral("nordlys"), QStringLiteral("N%1").arg(i));
        const qint64 end = day0() + i * kDay + 3 * kHour;
        record(SessionLog(1000 + i, order, QStringLiteral("S2"), QStringLiteral("P02"), end - kMinute)
                   .scan(end - kSecond, 2)
                   .packed(end, 2));
    }
    const qint64 to = day0() + 20 * kDay;
    const auto all = report(day0(), to);
    EXPECT_EQ(all.totals.ordersPacked, 25);
    ASSERT_EQ(all.byShop.size(), 2u);
    EXPECT_EQ(findGroup(all.byShop, QStringLiteral("acme"))->figures.ordersPacked, 20);
    EXPECT_EQ(findGroup(all.byShop, QStringLiteral("nordlys"))->figures.itemsPacked, 10);
    EXPECT_EQ(findGroup(all.byStation, QStringLiteral("S2"))->figures.ordersPacked, 5);
    EXPECT_EQ(findGroup(all.byPacker, QStringLiteral("P01"))->figures.ordersPacked, 20);

    StatsFilter shop;
    shop.shops = {QStringLiteral("nordlys")};
    const auto nordlys = report(day0(), to, shop);
    EXPECT_EQ(nordlys.totals.ordersPacked, 5);
    ASSERT_EQ(nordlys.byPacker.size(), 1u);
    EXPECT_EQ(nordlys.byPacker[0].key, QStringLiteral("P02"));

    StatsFilter packer;
    packer.packers = {QStringLiteral("P01")};
    const auto p01 = report(day0(), to, packer);
    EXPECT_EQ(p01.totals.ordersPacked, 20);
    ASSERT_EQ(p01.byShop.size(), 1u);
    EXPECT_EQ(p01.byShop[0].key, QStringLiteral("acme"));

    StatsFilter station;
    station.stations = {QStringLiteral("S2")};
    const auto s2 = report(day0(), to, station);
    EXPECT_EQ(s2.totals.itemsPacked, 10);
    ASSERT_EQ(s2.byShop.size(), 1u);
    EXPECT_EQ(s2.byShop[0].figures.ordersPacked, 5);
}

} // namespace
} // namespace packdesk::stats::testing
