#include "throughputchart.h"

#include "chartframe.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace packdesk::dashboard {

namespace {
QString bucketLabel(qint64 startMs, qint64 bucketMs)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    return start.toString(bucketMs < 86'400'000 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                : QStringLiteral("yyyy-MM-dd"));
}
} // namespace

HtmlBuilder ThroughputChart::render(const std::vector<stats::ThroughputPoint>& points, qint64 bucketMs)
{
    HtmlBuilder svg;
    if (points.empty()) {
        svg.element(QStringLiteral("p"), {{QStringLiteral("class"), QStringLiteral("empty")}},
                    QStringLiteral("No data in this period."));
        return svg;
    }
    const ChartGeometry g;
    int maxOrders = 1;
    for (const stats::ThroughputPoint& point : points)
        maxOrders = std::max(maxOrders, point.ordersPacked);
    const double slot = g.plotWidth() / double(points.size());
    const double barWidth = std::max(slot * 0.8, 0.5);

    openChartFrame(svg, g, QStringLiteral("chart throughput"), QStringLiteral("Orders packed over time"), maxOrders);
    svg.element(QStringLiteral("text"),
                {{QStringLiteral("class"), QStringLiteral("label")},
                 {QStringLiteral("x"), ChartGeometry::coordinate(g.left - 6)},
                 {QStringLiteral("y"), ChartGeometry::coordinate(g.baseline())},
                 {QStringLiteral("text-anchor"), QStringLiteral("end")}},
                QStringLiteral("0"));
    for (size_t i = 0; i < points.size(); ++i) {
        const stats::ThroughputPoint& point = points[i];
        const double barHeight = g.plotHeight() * double(point.ordersPacked) / double(maxOrders);
        const double x = g.left + slot * double(i) + (slot - barWidth) / 2;
        svg.open(QStringLiteral("rect"),
                 {{QStringLiteral("class"), QStringLiteral("tp-bar")},
                  {QStringLiteral("x"), ChartGeometry::coordinate(x)},
                  {QStringLiteral("y"), ChartGeometry::coordinate(g.baseline() - barHeight)},
                  {QStringLiteral("width"), ChartGeometry::coordinate(barWidth)},
                  {QStringLiteral("height"), ChartGeometry::coordinate(barHeight)}});
        svg.element(QStringLiteral("title"), QStringLiteral("%1: %2 orders, %3 items")
                                                 .arg(bucketLabel(point.startMs, bucketMs))
                                                 .arg(point.ordersPacked)
                                                 .arg(point.itemsPacked));
        svg.close();
    }
    const double labelY = g.baseline() + 18;
    svg.element(QStringLiteral("text"),
                {{QStringLiteral("class"), QStringLiteral("label")},
                 {QStringLiteral("x"), ChartGeometry::coordinate(g.left)},
                 {QStringLiteral("y"), ChartGeometry::coordinate(labelY)}},
                bucketLabel(points.front().startMs, bucketMs));
    svg.element(QStringLiteral("text"),
                {{QStringLiteral("class"), QStringLiteral("label")},
                 {QStringLiteral("x"), ChartGeometry::coordinate(g.left + g.plotWidth())},
                 {QStringLiteral("y"), ChartGeometry::coordinate(labelY)},
                 {QStringLiteral("text-anchor"), QStringLiteral("end")}},
                bucketLabel(points.back().startMs, bucketMs));
    svg.close();
    return svg;
}

} // namespace packdesk::dashboard
