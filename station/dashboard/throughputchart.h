#pragma once

#include "dashboard/htmlbuilder.h"
#include "stats/statsreport.h"

#include <vector>

namespace packdesk::dashboard {

/// The throughput time series as inline SVG: one bar (class "tp-bar") per
/// bucket of orders packed, scaled to the busiest bucket, with a <title>
/// per bar for the exact figure. No data: a sentence instead of a chart.
class ThroughputChart
{
public:
    static HtmlBuilder render(const std::vector<stats::ThroughputPoint>& points, qint64 bucketMs);
};

} // namespace packdesk::dashboard
