#pragma once

#include "core/result.h"
#include "stats/statsreport.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace packdesk::stats {

/// The choices a lead can filter by (for the dashboard's filter lists).
struct FilterChoices
{
    QStringList shops;
    QStringList stations;
    QStringList packers;     ///< badges
    QStringList packerNames; ///< same order as packers
};

/// Computes StatsReports from a station database: the one implementation of
/// every metric, shared by the web dashboard, the station's lead view and
/// `packdesk stats`. Opens its own connection; reads only what the store
/// keeps for it (see docs/stats.md), so a query stays fast with millions of
/// orders. Not thread-safe: one per thread.
class StatsQueries
{
public:
    virtual ~StatsQueries() = default;

    static Result<std::unique_ptr<StatsQueries>> open(const QString& dbPath);

    /// invalid_filter when toMs <= fromMs or the range is longer than 400 days.
    virtual Result<StatsReport> report(const StatsFilter& filter) = 0;
    virtual Result<FilterChoices> choices() = 0;
};

} // namespace packdesk::stats
