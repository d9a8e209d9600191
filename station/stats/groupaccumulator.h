#pragma once

#include "stats/durationhistogram.h"
#include "stats/sessioncounts.h"
#include "stats/statsreport.h"

#include <vector>

namespace packdesk::stats {

/// One row of stats_sessions or stats_hourly, as the queries read it.
struct FactCounts : SessionCounts
{
    qint64 hourStartMs = 0; ///< the clock hour the sessions ended in
};

/// Sums the figures of one group. Pack times read from single sessions stay
/// exact; once an hourly rollup is added, the percentiles come from the
/// merged histogram (see DurationHistogram for the precision).
class GroupAccumulator
{
public:
    void addSession(const FactCounts& counts, std::optional<qint64> durationMs);
    /// `durations`: a DurationHistogram as encoded in the rollup row.
    void addHour(const FactCounts& counts, const QByteArray& durations);
    void addReprint() { ++m_figures.reprints; }
    StatsFigures figures() const;

private:
    void addCounts(const FactCounts& counts);

    StatsFigures m_figures;
    std::vector<qint64> m_exactDurations;
    DurationHistogram m_durations;
    bool m_bucketed = false;
    /// Rows come roughly in time order: consecutive repeats are skipped here,
    /// the rest when counting.
    std::vector<qint64> m_hoursWithOrders;
};

} // namespace packdesk::stats
