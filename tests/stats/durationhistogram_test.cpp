#include "stats/durationhistogram.h"
#include "stats/percentile.h"

#include <gtest/gtest.h>

namespace packdesk::stats {
namespace {

TEST(StatsHistogram, BucketsAreExactBelow128MsAndWithinOneSixtyFourthAbove)
{
    EXPECT_EQ(DurationHistogram::lowerBoundOf(DurationHistogram::bucketOf(127)), 127);
    for (qint64 ms : {128LL, 129LL, 1000LL, 59'999LL, 60'000LL, 3'600'000LL, 86'400'000LL * 20}) {
        const qint64 lower = DurationHistogram::lowerBoundOf(DurationHistogram::bucketOf(ms));
        EXPECT_LE(lower, ms) << ms;
        EXPECT_GE(lower, ms - ms / 64) << ms;
        EXPECT_GT(DurationHistogram::lowerBoundOf(DurationHistogram::bucketOf(ms) + 1), ms) << ms;
    }
}

TEST(StatsHistogram, SurvivesEncodingAndGivesNearestRankPercentiles)
{
    DurationHistogram histogram;
    for (int i = 1; i <= 10; ++i)
        histogram.add(i * 10);
    const auto decoded = DurationHistogram::decode(histogram.encode());
    EXPECT_EQ(decoded.total(), 10);
    EXPECT_EQ(decoded.percentile(0.5), 50);
    EXPECT_EQ(decoded.percentile(0.9), 90);
    EXPECT_FALSE(DurationHistogram().percentile(0.5));
}

TEST(StatsPercentile, MedianOfAnEvenCountIsTheLowerMiddle)
{
    EXPECT_EQ(medianOf({40, 10, 30, 20}), 20);
    EXPECT_EQ(medianOf({5}), 5);
    EXPECT_FALSE(medianOf({}));
    std::vector<qint64> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    EXPECT_EQ(percentileOf(values, 0.9), 10);
}

} // namespace
} // namespace packdesk::stats
