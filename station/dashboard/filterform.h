#pragma once

#include "dashboard/dashboardquery.h"
#include "dashboard/htmlbuilder.h"
#include "stats/statsqueries.h"

namespace packdesk::dashboard {

/// The filters at the top of the page: a GET form (from/to dates, shop,
/// station and packer lists from StatsQueries::choices) and the quick-range
/// links. Plain HTML: no script is needed to filter.
class FilterForm
{
public:
    static HtmlBuilder render(const DashboardQuery& query, const stats::FilterChoices& choices, qint64 nowMs);
};

} // namespace packdesk::dashboard
