#pragma once

#include "stats/statsqueries.h"
#include "stats/statsreport.h"

#include <QJsonObject>

namespace packdesk::stats {

/// The JSON form of a report, shared by `packdesk stats --json` and the
/// dashboard's API: snake_case keys, times as ISO 8601 UTC and as epoch
/// milliseconds, null for a percentile without data.
class StatsJson
{
public:
    static QJsonObject toJson(const StatsReport& report);
    static QJsonObject toJson(const StatsFigures& figures);
    static QJsonObject toJson(const FilterChoices& choices);
};

} // namespace packdesk::stats
