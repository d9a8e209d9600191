#pragma once

#include "dashboard/htmlbuilder.h"
#include "stats/statsreport.h"

#include <vector>

namespace packdesk::dashboard {

/// A Pareto chart as inline SVG: bars (class "pareto-bar") for the counts,
/// largest first as the report sorts them, scaled to the largest, and the
/// cumulative share as a line (class "pareto-line") with one point (class
/// "pareto-point") per bar on a 0-100 % axis. No data: a sentence.
class ParetoChart
{
public:
    static HtmlBuilder render(const std::vector<stats::ParetoEntry>& entries, const QString& ariaLabel);
};

} // namespace packdesk::dashboard
