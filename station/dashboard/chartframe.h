#pragma once

#include "chartgeometry.h"
#include "htmlbuilder.h"

namespace packdesk::dashboard {

/// Opens an SVG chart in `svg` (its class and accessible label) and draws
/// what every chart has: the baseline and, at the top left, the largest
/// value. The caller draws the data and closes the svg element.
void openChartFrame(HtmlBuilder& svg, const ChartGeometry& g, const QString& cssClass, const QString& ariaLabel,
                    int maxValue);

} // namespace packdesk::dashboard
