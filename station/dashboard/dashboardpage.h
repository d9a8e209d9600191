#pragma once

#include "dashboard/dashboardquery.h"
#include "stats/statsqueries.h"
#include "stats/statsreport.h"

#include <QString>

namespace packdesk::dashboard {

/// The dashboard itself: filters, KPI tiles, the throughput chart, the
/// tables (each with its CSV link), the exception and defect Pareto charts
/// and the webhooks' health.
class DashboardPage
{
public:
    static QString render(const stats::StatsReport& report, const stats::FilterChoices& choices,
                          const DashboardQuery& query, const QString& leadName, qint64 nowMs);
    /// The page when the report could not be made (message: for the lead, no data).
    static QString renderError(const QString& message, const QString& leadName);
};

} // namespace packdesk::dashboard
