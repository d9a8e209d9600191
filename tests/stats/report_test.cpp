#include "statsfixture.h"

namespace packdesk::stats::testing {
namespace {

/// One day, hand-counted:
///  P01 (Ann) at S1, shop acme:
///    s1 08:00-08:02 (120 s): 3 scans, wrong_item + surplus rejects, too_light
///       weight, override, pass, quality: crushed_corner; packed 3 items
///    s2 08:10-08:11 (60 s): 1 scan, unknown_code reject; packed 1 item
///  P02 (Bo) at S2, shop nordlys:
///    s3 09:00-09:05 (300 s): 2 scans, quality: crushed_corner + torn_tape,
///       print failure, override; packed 2 items
///    s4 09:10-09:12: 1 scan; short_pick exception
class StatsReportTest : public StatsFixture
{
protected:
    void recordDay()
    {
        addPacker(QStringLiteral("P01"), QStringLiteral("Ann"));
        addPacker(QStringLiteral("P02"), QStringLiteral("Bo"));
        addPacker(QStringLiteral("P03"), QStringLiteral("Idle"));
        const qint64 a1 = addOrder(QStringLiteral("acme"), QStringLiteral("1"));
        const qint64 a2 = addOrder(QStringLiteral("acme"), QStringLiteral("2"));
        const qint64 n1 = addOrder(QStringLiteral("nordlys"), QStringLiteral("1"));
        const qint64 n2 = addOrder(QStringLiteral("nordlys"), QStringLiteral("2"));
        const qint64 t = day0();
        const QString s1 = QStringLiteral("S1"), s2 = QStringLiteral("S2");
        record(SessionLog(1, a1, s1, QStringLiteral("P01"), t + 8 * kHour)
                   .scan(t + 8 * kHour + 10 * kSecond, 3)
                   .reject(t + 8 * kHour + 20 * kSecond, QStringLiteral("wrong_item"))
                   .reject(t + 8 * kHour + 21 * kSecond, QStringLiteral("surplus"))
                   .weigh(t + 8 * kHour + kMinute, QStringLiteral("too_light"))
                   .override_(t + 8 * kHour + kMinute + kSecond)
                   .weigh(t + 8 * kHour + kMinute + 5 * kSecond, QStringLiteral("pass"))
                   .quality(t + 8 * kHour + 90 * kSecond, {QStringLiteral("crushed_corner")})
                   .packed(t + 8 * kHour + 2 * kMinute, 3));
        record(SessionLog(2, a2, s1, QStringLiteral("P01"), t + 8 * kHour + 10 * kMinute)
                   .scan(t + 8 * kHour + 10 * kMinute + kSecond)
                   .reject(t + 8 * kHour + 10 * kMinute + 2 * kSecond, QStringLiteral("unknown_code"))
                   .packed(t + 8 * kHour + 11 * kMinute, 1));
        record(SessionLog(3, n1, s2, QStringLiteral("P02"), t + 9 * kHour)
                   .scan(t + 9 * kHour + kSecond, 2)
                   .quality(t + 9 * kHour + kMinute, {QStringLiteral("crushed_corner"), QStringLiteral("torn_tape")})
                   .printFailed(t + 9 * kHour + 2 * kMinute)
                   .override_(t + 9 * kHour + 3 * kMinute)
                   .packed(t + 9 * kHour + 5 * kMinute, 2));
        record(SessionLog(4, n2, s2, QStringLiteral("P02"), t + 9 * kHour + 10 * kMinute)
                   .scan(t + 9 * kHour + 11 * kMinute)
                   .exception(t + 9 * kHour + 12 * kMinute, QStringLiteral("short_pick")));
    }
};

TEST_F(StatsReportTest, AnEmptyRangeHasZerosEveryHourAndNoPercentiles)
{
    const auto r = report(day0(), day0() + kDay);
    EXPECT_EQ(r.totals.ordersPacked, 0);
    EXPECT_FALSE(r.totals.medianPackMs);
    EXPECT_FALSE(r.totals.p90PackMs);
    EXPECT_EQ(r.totals.ordersPerHour, 0);
    EXPECT_EQ(r.throughputBucketMs, kHour);
    ASSERT_EQ(r.throughput.size(), 24u);
    for (const auto& point : r.throughput)
        EXPECT_EQ(point.ordersPacked, 0);
    EXPECT_TRUE(r.byPacker.empty());
    EXPECT_TRUE(r.defectsByKind.empty());
    EXPECT_EQ(r.webhooks.delivered, 0);
    EXPECT_FALSE(r.webhooks.medianLagMs);
}

TEST_F(StatsReportTest, TotalsOfADayMatchTheHandCount)
{
    recordDay();
    const auto r = report(day0(), day0() + kDay);
    EXPECT_EQ(r.totals.ordersPacked, 3);
    EXPECT_EQ(r.totals.itemsPacked, 6);
    EXPECT_EQ(r.totals.itemsScanned, 7);
    EXPECT_EQ(r.totals.misScans, 2) << "surplus is not a mis-scan";
    EXPECT_NEAR(r.totals.misScansPer100Items, 200.0 / 7, 1e-9);
    EXPECT_EQ(r.totals.weightCheckFailures, 1);
    EXPECT_EQ(r.totals.overrides, 2);
    EXPECT_EQ(r.totals.exceptions, 1);
    EXPECT_EQ(r.totals.packagingDefects, 3);
    EXPECT_EQ(r.totals.printFailures, 1);
    EXPECT_EQ(r.totals.medianPackMs, 120 * kSecond);
    EXPECT_EQ(r.totals.p90PackMs, 300 * kSecond);
    // Orders fell in two clock hours (08 and 09).
    EXPECT_DOUBLE_EQ(r.totals.ordersPerHour, 1.5);
    EXPECT_DOUBLE_EQ(r.totals.itemsPerHour, 3.0);
}

TEST_F(StatsReportTest, PackersAreListedWithNamesAndTheMedianOfAnEvenCountIsTheLowerMiddle)
{
    recordDay();
    const auto r = report(day0(), day0() + kDay);
    ASSERT_EQ(r.byPacker.size(), 2u) << "P03 has no activity and is not listed";
    const auto& ann = r.byPacker[0];
    EXPECT_EQ(ann.key, QStringLiteral("P01"));
    EXPECT_EQ(ann.label, QStringLiteral("Ann"));
    EXPECT_EQ(ann.figures.ordersPacked, 2);
    EXPECT_EQ(ann.figures.medianPackMs, 60 * kSecond);
    EXPECT_EQ(ann.figures.p90PackMs, 120 * kSecond);
    EXPECT_DOUBLE_EQ(ann.figures.ordersPerHour, 2.0);
    EXPECT_DOUBLE_EQ(ann.figures.misScansPer100Items, 50.0);
    const auto& bo = r.byPacker[1];
    EXPECT_EQ(bo.label, QStringLiteral("Bo"));
    EXPECT_EQ(bo.figures.ordersPacked, 1);
    EXPECT_EQ(bo.figures.exceptions, 1);
    EXPECT_EQ(bo.figures.packagingDefects, 2);
    EXPECT_EQ(bo.figures.printFailures, 1);
}

TEST_F(StatsReportTest, StationsShopsAndHoursOfDaySplitTheTotals)
{
    recordDay();
    const auto r = report(day0(), day0() + kDay);
    ASSERT_EQ(r.byStation.size(), 2u);
    EXPECT_EQ(findGroup(r.byStation, QStringLiteral("S1"))->figures.ordersPacked, 2);
    EXPECT_EQ(findGroup(r.byStation, QStringLiteral("S2"))->figures.exceptions, 1);
    ASSERT_EQ(r.byShop.size(), 2u);
    EXPECT_EQ(findGroup(r.byShop, QStringLiteral("acme"))->figures.itemsPacked, 4);
    EXPECT_EQ(findGroup(r.byShop, QStringLiteral("nordlys"))->figures.itemsPacked, 2);
    ASSERT_EQ(r.byHourOfDay.size(), 2u);
    EXPECT_EQ(r.byHourOfDay[0].key, QStringLiteral("08"));
    EXPECT_EQ(r.byHourOfDay[0].figures.ordersPacked, 2);
    EXPECT_EQ(r.byHourOfDay[1].key, QStringLiteral("09"));
    EXPECT_EQ(r.byHourOfDay[1].figures.exceptions, 1);
}

TEST_F(StatsReportTest, ThroughputHasEveryHourWithZeros)
{
    recordDay();
    const auto r = report(day0(), day0() + kDay);
    ASSERT_EQ(r.throughput.size(), 24u);
    EXPECT_EQ(r.throughput[8].startMs, day0() + 8 * kHour);
    EXPECT_EQ(r.throughput[8].ordersPacked, 2);
    EXPECT_EQ(r.throughput[8].itemsPacked, 4);
    EXPECT_EQ(r.throughput[9].ordersPacked, 1);
    EXPECT_EQ(r.throughput[7].ordersPacked, 0);
    EXPECT_EQ(r.throughput[10].ordersPacked, 0);
}

TEST_F(StatsReportTest, ParetosAreSortedByCountWithRunningShares)
{
    recordDay();
    const auto r = report(day0(), day0() + kDay);
    ASSERT_EQ(r.defectsByKind.size(), 2u);
    EXPECT_EQ(r.defectsByKind[0].kind, QStringLiteral("crushed_corner"));
    EXPECT_EQ(r.defectsByKind[0].count, 2);
    EXPECT_NEAR(r.defectsByKind[0].cumulativeShare, 2.0 / 3, 1e-9);
    EXPECT_EQ(r.defectsByKind[1].kind, QStringLiteral("torn_tape"));
    EXPECT_DOUBLE_EQ(r.defectsByKind[1].cumulativeShare, 1.0);
    ASSERT_EQ(r.exceptionsByReason.size(), 1u);
    EXPECT_EQ(r.exceptionsByReason[0].kind, QStringLiteral("short_pick"));
}

TEST_F(StatsReportTest, FiltersNarrowEveryFigure)
{
    recordDay();
    StatsFilter byPacker;
    byPacker.packers = {QStringLiteral("P02")};
    const auto bo = report(day0(), day0() + kDay, byPacker);
    EXPECT_EQ(bo.totals.ordersPacked, 1);
    EXPECT_EQ(bo.totals.exceptions, 1);
    ASSERT_EQ(bo.byPacker.size(), 1u);
    ASSERT_EQ(bo.defectsByKind.size(), 2u);
    EXPECT_EQ(bo.defectsByKind[1].count, 1);

    StatsFilter byStation;
    byStation.stations = {QStringLiteral("S1"), QStringLiteral("S9")};
    const auto s1 = report(day0(), day0() + kDay, byStation);
    EXPECT_EQ(s1.totals.ordersPacked, 2);
    EXPECT_EQ(s1.totals.packagingDefects, 1);
    EXPECT_TRUE(s1.exceptionsByReason.empty());

    StatsFilter byShop;
    byShop.shops = {QStringLiteral("nordlys")};
    const auto nordlys = report(day0(), day0() + kDay, byShop);
    EXPECT_EQ(nordlys.totals.ordersPacked, 1);
    EXPECT_EQ(nordlys.webhooks.pending, 2) << "the packed order and the exception of nordlys";
}

TEST_F(StatsReportTest, WebhookLagComesFromTheOutbox)
{
    recordDay();
    // The store queued one webhook per packed order and exception (4); settle three.
    auto ids = m_db->prepare("SELECT id, created_at FROM outbox ORDER BY id");
    std::vector<std::pair<qint64, qint64>> rows;
    ASSERT_TRUE(ids->forEachRow([&](store::SqliteStatement& row) { rows.emplace_back(row.int64(0), row.int64(1)); }));
    ASSERT_EQ(rows.size(), 4u);
    auto settle = m_db->prepare("UPDATE outbox SET state = ?2, delivered_at = ?3 WHERE id = ?1");
    ASSERT_TRUE(settle->bind(1, rows[0].first).bind(2, QStringLiteral("delivered")).bind(3, rows[0].second + 1000).run());
    ASSERT_TRUE(settle->bind(1, rows[1].first).bind(2, QStringLiteral("delivered")).bind(3, rows[1].second + 3000).run());
    ASSERT_TRUE(settle->bind(1, rows[2].first).bind(2, QStringLiteral("dead")).bindNull(3).run());
    const auto r = report(day0(), day0() + kDay);
    EXPECT_EQ(r.webhooks.delivered, 2);
    EXPECT_EQ(r.webhooks.medianLagMs, 1000);
    EXPECT_EQ(r.webhooks.p90LagMs, 3000);
    EXPECT_EQ(r.webhooks.deadLettered, 1);
    EXPECT_EQ(r.webhooks.pending, 1);
}

TEST_F(StatsReportTest, WebhooksSettledAfterAReportCountInTheNextOneAndInLongRanges)
{
    recordDay();
    EXPECT_EQ(report(day0(), day0() + kDay).webhooks.pending, 4);
    auto settle = m_db->prepare("UPDATE outbox SET state = 'delivered', delivered_at = created_at + 500 WHERE ?1 = 1");
    ASSERT_TRUE(settle->bind(1, 1).run());
    const auto day = report(day0(), day0() + kDay);
    EXPECT_EQ(day.webhooks.pending, 0);
    EXPECT_EQ(day.webhooks.delivered, 4);
    EXPECT_EQ(day.webhooks.medianLagMs, 500);
    EXPECT_EQ(report(day0() - 30 * kMinute, day0() + 2 * kDay).webhooks.delivered, 4) << "rollup and a cut hour";
    // Thirty days read the webhook rollup: same count, lag within a bucket (1/64).
    const auto month = report(day0() - 10 * kDay, day0() + 20 * kDay);
    EXPECT_EQ(month.webhooks.delivered, 4);
    ASSERT_TRUE(month.webhooks.medianLagMs);
    EXPECT_LE(*month.webhooks.medianLagMs, 500);
    EXPECT_GE(*month.webhooks.medianLagMs, 500 - 500 / 64);
}

TEST_F(StatsReportTest, ReprintsCountWhenAndWhereTheyHappened)
{
    recordDay();
    auto order = m_db->prepare("SELECT id FROM orders WHERE shop = 'acme' AND number = '1'");
    ASSERT_TRUE(order->step().value());
    const qint64 orderId = order->int64(0);
    order->reset();
    DomainEvent reprint{QString(EventTypes::DocumentReprinted), day0() + 15 * kHour, QStringLiteral("S3"),
                        QStringLiteral("P03"), orderId, 0, {{QStringLiteral("document"), QStringLiteral("card")}}};
    record(DomainEvents{reprint, reprint});
    const auto r = report(day0(), day0() + kDay);
    EXPECT_EQ(r.totals.reprints, 2);
    EXPECT_EQ(findGroup(r.byShop, QStringLiteral("acme"))->figures.reprints, 2);
    const auto* idle = findGroup(r.byPacker, QStringLiteral("P03"));
    ASSERT_NE(idle, nullptr) << "a reprint is activity";
    EXPECT_EQ(idle->figures.ordersPacked, 0);
    EXPECT_FALSE(idle->figures.medianPackMs);
    EXPECT_EQ(report(day0() + 16 * kHour, day0() + kDay).totals.reprints, 0);
}

TEST_F(StatsReportTest, NewEventsShowInTheNextReport)
{
    recordDay();
    EXPECT_EQ(report(day0(), day0() + kDay).totals.ordersPacked, 3);
    const qint64 order = addOrder(QStringLiteral("acme"), QStringLiteral("3"));
    record(SessionLog(5, order, QStringLiteral("S1"), QStringLiteral("P01"), day0() + 10 * kHour)
               .scan(day0() + 10 * kHour + kSecond, 4)
               .packed(day0() + 10 * kHour + kMinute, 4));
    const auto again = report(day0(), day0() + kDay);
    EXPECT_EQ(again.totals.ordersPacked, 4);
    EXPECT_EQ(again.totals.itemsPacked, 10);
    EXPECT_EQ(again.throughput[10].ordersPacked, 1);
}

TEST_F(StatsReportTest, AnInvalidRangeIsRefused)
{
    StatsFilter filter;
    filter.fromMs = day0();
    filter.toMs = day0();
    auto result = m_queries->report(filter);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, QStringLiteral("invalid_filter"));
    filter.toMs = day0() + 401 * kDay;
    EXPECT_FALSE(m_queries->report(filter));
}

TEST_F(StatsReportTest, ChoicesListShopsStationsAndPackers)
{
    recordDay();
    auto choices = m_queries->choices();
    ASSERT_TRUE(choices);
    EXPECT_EQ(choices->shops, (QStringList{QStringLiteral("acme"), QStringLiteral("nordlys")}));
    EXPECT_EQ(choices->stations, (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
    EXPECT_EQ(choices->packers, (QStringList{QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P03")}));
    EXPECT_EQ(choices->packerNames.at(0), QStringLiteral("Ann"));
}

} // namespace
} // namespace packdesk::stats::testing
