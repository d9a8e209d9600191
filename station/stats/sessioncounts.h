#pragma once

#include <array>

namespace packdesk::stats {

/// The counts the stats keep for a pack session, an hourly rollup row and a
/// group of either: one list, so that summing, storing and reading them
/// cannot drift apart. kColumns is also the column order of stats_sessions'
/// and the rollups' count columns (schema v6).
struct SessionCounts
{
    int orders = 0;
    int items = 0;
    int itemsScanned = 0;
    int misScans = 0;
    int weightFailures = 0;
    int overrides = 0;
    int exceptions = 0;
    int defects = 0;
    int printFailures = 0;

    static constexpr std::array<int SessionCounts::*, 9> kColumns{
        &SessionCounts::orders,    &SessionCounts::items,          &SessionCounts::itemsScanned,
        &SessionCounts::misScans,  &SessionCounts::weightFailures, &SessionCounts::overrides,
        &SessionCounts::exceptions, &SessionCounts::defects,       &SessionCounts::printFailures};

    SessionCounts& operator+=(const SessionCounts& other)
    {
        for (int SessionCounts::*column : kColumns)
            this->*column += other.*column;
        return *this;
    }
};

} // namespace packdesk::stats
