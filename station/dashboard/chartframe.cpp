#include "chartframe.h"

namespace packdesk::dashboard {

void openChartFrame(HtmlBuilder& svg, const ChartGeometry& g, const QString& cssClass, const QString& ariaLabel,
                    int maxValue)
{
    svg.open(QStringLiteral("svg"), {{QStringLiteral("xmlns"), QStringLiteral("http://www.w3.org/2000/svg")},
                                     {QStringLiteral("class"), cssClass},
                                     {QStringLiteral("viewBox"), g.viewBox()},
                                     {QStringLiteral("role"), QStringLiteral("img")},
                                     {QStringLiteral("aria-label"), ariaLabel}});
    svg.empty(QStringLiteral("line"),
              {{QStringLiteral("class"), QStringLiteral("axis")},
               {QStringLiteral("x1"), ChartGeometry::coordinate(g.left)},
               {QStringLiteral("y1"), ChartGeometry::coordinate(g.baseline())},
               {QStringLiteral("x2"), ChartGeometry::coordinate(g.left + g.plotWidth())},
               {QStringLiteral("y2"), ChartGeometry::coordinate(g.baseline())}});
    svg.element(QStringLiteral("text"),
                {{QStringLiteral("class"), QStringLiteral("label")},
                 {QStringLiteral("x"), ChartGeometry::coordinate(g.left - 6)},
                 {QStringLiteral("y"), ChartGeometry::coordinate(g.top + 10)},
                 {QStringLiteral("text-anchor"), QStringLiteral("end")}},
                QString::number(maxValue));
}

} // namespace packdesk::dashboard
