#include "paretochart.h"

#include "chartframe.h"

#include <algorithm>

namespace packdesk::dashboard {

HtmlBuilder ParetoChart::render(const std::vector<stats::ParetoEntry>& entries, const QString& ariaLabel)
{
    HtmlBuilder svg;
    if (entries.empty()) {
        svg.element(QStringLiteral("p"), {{QStringLiteral("class"), QStringLiteral("empty")}},
                    QStringLiteral("None in this period."));
        return svg;
    }
    const ChartGeometry g;
    int maxCount = 1;
    for (const stats::ParetoEntry& entry : entries)
        maxCount = std::max(maxCount, entry.count);
    const double slot = g.plotWidth() / double(entries.size());
    const double barWidth = std::min(slot * 0.7, 90.0); // one kind alone is not a wall

    openChartFrame(svg, g, QStringLiteral("chart pareto"), ariaLabel, maxCount);
    svg.element(QStringLiteral("text"),
                {{QStringLiteral("class"), QStringLiteral("label")},
                 {QStringLiteral("x"), ChartGeometry::coordinate(g.left + g.plotWidth() + 6)},
                 {QStringLiteral("y"), ChartGeometry::coordinate(g.top + 10)}},
                QStringLiteral("100%"));

    QStringList linePoints;
    for (size_t i = 0; i < entries.size(); ++i) {
        const stats::ParetoEntry& entry = entries[i];
        const double barHeight = g.plotHeight() * double(entry.count) / double(maxCount);
        const double centre = g.left + slot * (double(i) + 0.5);
        svg.open(QStringLiteral("rect"),
                 {{QStringLiteral("class"), QStringLiteral("pareto-bar")},
                  {QStringLiteral("x"), ChartGeometry::coordinate(centre - barWidth / 2)},
                  {QStringLiteral("y"), ChartGeometry::coordinate(g.baseline() - barHeight)},
                  {QStringLiteral("width"), ChartGeometry::coordinate(barWidth)},
                  {QStringLiteral("height"), ChartGeometry::coordinate(barHeight)}});
        svg.element(QStringLiteral("title"), QStringLiteral("%1: %2").arg(entry.kind).arg(entry.count));
        svg.close();
        svg.element(QStringLiteral("text"),
                    {{QStringLiteral("class"), QStringLiteral("label")},
                     {QStringLiteral("x"), ChartGeometry::coordinate(centre)},
                     {QStringLiteral("y"), ChartGeometry::coordinate(g.baseline() + 16)},
                     {QStringLiteral("text-anchor"), QStringLiteral("middle")}},
                    entry.kind.size() > 14 ? entry.kind.left(13) + QChar(0x2026) : entry.kind);
        const double share = std::clamp(entry.cumulativeShare, 0.0, 1.0);
        const double y = g.baseline() - g.plotHeight() * share;
        linePoints << ChartGeometry::coordinate(centre) + QLatin1Char(',') + ChartGeometry::coordinate(y);
    }
    svg.empty(QStringLiteral("polyline"), {{QStringLiteral("class"), QStringLiteral("pareto-line")},
                                           {QStringLiteral("fill"), QStringLiteral("none")},
                                           {QStringLiteral("points"), linePoints.join(QLatin1Char(' '))}});
    for (size_t i = 0; i < entries.size(); ++i) {
        const QStringList xy = linePoints.at(qsizetype(i)).split(QLatin1Char(','));
        svg.open(QStringLiteral("circle"), {{QStringLiteral("class"), QStringLiteral("pareto-point")},
                                            {QStringLiteral("cx"), xy.at(0)},
                                            {QStringLiteral("cy"), xy.at(1)},
                                            {QStringLiteral("r"), QStringLiteral("3")}});
        svg.element(
            QStringLiteral("title"),
            QStringLiteral("%1 % cumulative").arg(QString::number(entries[i].cumulativeShare * 100, 'f', 1)));
        svg.close();
    }
    svg.close();
    return svg;
}

} // namespace packdesk::dashboard
