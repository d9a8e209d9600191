#include "core/packingstats.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace packdesk;

namespace {
constexpr qint64 kNine = 1'764'061'200'000; // 2025-11-25T09:00:00Z
constexpr qint64 kMinute = 60'000;

DomainEvent packed(const char* packer, qint64 at, qint64 durationMs, int items)
{
    QJsonArray lines{QJsonObject{{QStringLiteral("sku"), QStringLiteral("X")}, {QStringLiteral("quantity"), items}}};
    return {EventTypes::OrderPacked, at, QStringLiteral("S1"), QString::fromLatin1(packer), 1, 1,
            {{QStringLiteral("duration_ms"), durationMs}, {QStringLiteral("items"), lines}}};
}

DomainEvent exception(const char* packer, const char* reason)
{
    return {EventTypes::OrderException, kNine, QStringLiteral("S1"), QString::fromLatin1(packer), 1, 1,
            {{QStringLiteral("reason"), QString::fromLatin1(reason)}}};
}
} // namespace

TEST(PackingStats, AnEmptyPeriodHasNoOrdersAndNoMedian)
{
    const auto stats = PackingStats::compute({});
    EXPECT_EQ(stats.ordersPacked, 0);
    EXPECT_FALSE(stats.medianPackMs.has_value());
    EXPECT_TRUE(stats.hourly.empty());
    EXPECT_TRUE(stats.toJson().value(QStringLiteral("median_pack_ms")).isNull());
}

TEST(PackingStats, OrdersAreCountedPerPackerAndHour)
{
    const auto stats = PackingStats::compute({
        packed("P01", kNine + 5 * kMinute, 60'000, 2),
        packed("P01", kNine + 59 * kMinute, 90'000, 1),
        packed("P01", kNine + 61 * kMinute, 30'000, 3),
        packed("P02", kNine + 10 * kMinute, 120'000, 1),
    });
    ASSERT_EQ(stats.hourly.size(), 3u);
    EXPECT_EQ(stats.hourly[0].packer, QStringLiteral("P01"));
    EXPECT_EQ(stats.hourly[0].hourStartMs, kNine);
    EXPECT_EQ(stats.hourly[0].orders, 2);
    EXPECT_EQ(stats.hourly[0].items, 3);
    EXPECT_EQ(stats.hourly[1].hourStartMs, kNine + 60 * kMinute);
    EXPECT_EQ(stats.hourly[1].orders, 1);
    EXPECT_EQ(stats.hourly[2].packer, QStringLiteral("P02"));
    EXPECT_EQ(stats.ordersPacked, 4);
}

TEST(PackingStats, MedianPackTimeIsAMeasuredValue)
{
    const auto stats = PackingStats::compute({
        packed("P01", kNine, 60'000, 1),
        packed("P01", kNine, 90'000, 1),
        packed("P01", kNine, 30'000, 1),
        packed("P02", kNine, 120'000, 1),
    });
    // All four: 30, 60, 90, 120 s -> lower middle is 60 s.
    EXPECT_EQ(stats.medianPackMs, 60'000);
    EXPECT_EQ(stats.packers[0].medianPackMs, 60'000);
    EXPECT_EQ(stats.packers[1].medianPackMs, 120'000);
}

TEST(PackingStats, ExceptionsAreCountedByReasonAndAPackerWithNoOrdersIsListed)
{
    const auto stats = PackingStats::compute({
        exception("P03", "short_pick"),
        exception("P03", "short_pick"),
        exception("P01", "damaged_item"),
    });
    EXPECT_EQ(stats.exceptionsByReason.at(QStringLiteral("short_pick")), 2);
    EXPECT_EQ(stats.exceptionsByReason.at(QStringLiteral("damaged_item")), 1);
    ASSERT_EQ(stats.packers.size(), 2u);
    EXPECT_EQ(stats.packers[1].packer, QStringLiteral("P03"));
    EXPECT_EQ(stats.packers[1].orders, 0);
    EXPECT_FALSE(stats.packers[1].medianPackMs.has_value());
}

TEST(PackingStats, OtherEventTypesDoNotCount)
{
    DomainEvent scan{EventTypes::ItemScanned, kNine, QStringLiteral("S1"), QStringLiteral("P01"), 1, 1, {}};
    EXPECT_EQ(PackingStats::compute({scan}).ordersPacked, 0);
    EXPECT_TRUE(PackingStats::compute({scan}).packers.empty());
}
