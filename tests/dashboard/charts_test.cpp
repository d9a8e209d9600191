#include "dashboard/paretochart.h"
#include "dashboard/throughputchart.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace packdesk::dashboard;
using packdesk::stats::ParetoEntry;
using packdesk::stats::ThroughputPoint;

namespace {
int count(const QString& html, const QString& needle)
{
    return int(html.count(needle));
}

/// The height attribute of the n-th element with this class.
double heightOf(const QString& svg, const QString& cssClass, int n)
{
    const QRegularExpression re(QStringLiteral("class=\"%1\"[^>]*height=\"([0-9.]+)\"").arg(cssClass));
    auto it = re.globalMatch(svg);
    for (int i = 0; it.hasNext(); ++i) {
        const auto match = it.next();
        if (i == n)
            return match.captured(1).toDouble();
    }
    return -1;
}
} // namespace

TEST(DashboardCharts, ThroughputHasOneBarPerBucketScaledToTheBusiest)
{
    const std::vector<ThroughputPoint> points{
        {0, 4, 9}, {3'600'000, 8, 20}, {7'200'000, 0, 0}, {10'800'000, 2, 2}};
    const QString svg = ThroughputChart::render(points, 3'600'000).html();
    EXPECT_TRUE(svg.startsWith(QStringLiteral("<svg")));
    EXPECT_EQ(count(svg, QStringLiteral("class=\"tp-bar\"")), 4);
    const double busiest = heightOf(svg, QStringLiteral("tp-bar"), 1);
    EXPECT_GT(busiest, 100.0);
    EXPECT_DOUBLE_EQ(heightOf(svg, QStringLiteral("tp-bar"), 0), busiest / 2);
    EXPECT_DOUBLE_EQ(heightOf(svg, QStringLiteral("tp-bar"), 2), 0.0);
    EXPECT_TRUE(svg.contains(QStringLiteral("1970-01-01 01:00: 8 orders, 20 items")));
    EXPECT_TRUE(svg.contains(QStringLiteral(">8</text>"))); // the axis shows the maximum
}

TEST(DashboardCharts, ThroughputWithoutDataSaysSo)
{
    const QString html = ThroughputChart::render({}, 3'600'000).html();
    EXPECT_FALSE(html.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(html.contains(QStringLiteral("No data")));
}

TEST(DashboardCharts, ParetoHasBarsAndACumulativeLine)
{
    const std::vector<ParetoEntry> entries{{QStringLiteral("crushed"), 6, 0.6},
                                           {QStringLiteral("<b>torn</b>"), 3, 0.9},
                                           {QStringLiteral("wet"), 1, 1.0}};
    const QString svg = ParetoChart::render(entries, QStringLiteral("Defects")).html();
    EXPECT_EQ(count(svg, QStringLiteral("class=\"pareto-bar\"")), 3);
    EXPECT_EQ(count(svg, QStringLiteral("class=\"pareto-point\"")), 3);
    EXPECT_EQ(count(svg, QStringLiteral("class=\"pareto-line\"")), 1);
    EXPECT_DOUBLE_EQ(heightOf(svg, QStringLiteral("pareto-bar"), 1),
                     heightOf(svg, QStringLiteral("pareto-bar"), 0) / 2);
    // The last point of the line is at 100 %: the top of the plot (y = 16).
    EXPECT_TRUE(svg.contains(QRegularExpression(QStringLiteral("points=\"[^\"]* [0-9.]+,16.0\""))));
    EXPECT_FALSE(svg.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(svg.contains(QStringLiteral("&lt;b&gt;torn")));
}

TEST(DashboardCharts, ParetoWithoutDataSaysSo)
{
    const QString html = ParetoChart::render({}, QStringLiteral("Defects")).html();
    EXPECT_FALSE(html.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(html.contains(QStringLiteral("None in this period")));
}
