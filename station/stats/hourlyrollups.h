#pragma once

#include "core/result.h"
#include "stats/durationhistogram.h"
#include "stats/sessioncounts.h"

#include <QString>

#include <map>
#include <tuple>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::stats {

/// hour, shop, station, packer
using HourKey = std::tuple<qint64, QString, QString, QString>;

/// What one indexing chunk adds to one hour of one group.
struct HourDelta : SessionCounts
{
    DurationHistogram durations;

    void add(const HourDelta& other);
};

/// Adds deltas to the three hourly rollups: by (hour, shop, station, packer),
/// by (hour, station, packer) and by (hour, shop). Read-modify-write of the
/// histograms, inside the caller's transaction.
class HourlyRollups
{
public:
    explicit HourlyRollups(store::SqliteDatabase& db) : m_db(db) {}

    Result<void> add(const std::map<HourKey, HourDelta>& hours);

private:
    store::SqliteDatabase& m_db;
};

} // namespace packdesk::stats
