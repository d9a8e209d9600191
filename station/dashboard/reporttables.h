#pragma once

#include "dashboard/datatable.h"
#include "stats/statsreport.h"

#include <optional>
#include <vector>

namespace packdesk::dashboard {

/// Turns a StatsReport into the dashboard's tables. Numbers are written in
/// the C locale (a dot for decimals, durations in seconds) so that a CSV
/// opens the same way everywhere.
class ReportTables
{
public:
    /// Every table, in page order: throughput, packers, stations, shops,
    /// hours, exceptions, defects, webhooks.
    static std::vector<DataTable> all(const stats::StatsReport& report);
    /// The table with this export name, if there is one.
    static std::optional<DataTable> named(const stats::StatsReport& report, const QString& name);

    /// "12.5" seconds, or "" when there is no value.
    static QString seconds(const std::optional<qint64>& ms);
    static QString decimal(double value, int decimals = 1);
};

} // namespace packdesk::dashboard
