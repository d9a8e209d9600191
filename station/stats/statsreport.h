#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace packdesk::stats {

/// What a lead asks for: a period and, optionally, some shops, stations and
/// packers (empty = all). Times are UTC milliseconds, fromMs <= t < toMs.
struct StatsFilter
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList shops;
    QStringList stations;
    QStringList packers; ///< badges
};

/// The numbers of one group (a packer, a station, a shop, an hour of the
/// day) or of everything in the filter. Rates are per 100 items scanned.
struct StatsFigures
{
    int ordersPacked = 0;
    int itemsPacked = 0;
    /// Packed per hour of work: orders / the clock hours in which the group
    /// packed at least one order (per packer: a packer-hour). 0 when none.
    double ordersPerHour = 0;
    double itemsPerHour = 0;
    std::optional<qint64> medianPackMs; ///< session opened -> order packed; none without orders
    std::optional<qint64> p90PackMs;
    int itemsScanned = 0;        ///< accepted item scans (item.scanned): the base of the rates
    int misScans = 0;            ///< scans of a wrong or unknown item
    double misScansPer100Items = 0;
    int weightCheckFailures = 0; ///< weight.checked with a verdict other than pass
    int overrides = 0;           ///< override.approved
    int exceptions = 0;          ///< order.exception
    int packagingDefects = 0;
    int reprints = 0;            ///< document.reprinted
    int printFailures = 0;       ///< print.failed
};

struct GroupFigures
{
    QString key;   ///< badge, station id, shop code, or "07" for the hour of day
    QString label; ///< packer's name, or the key
    StatsFigures figures;
};

/// One point of the throughput time series.
struct ThroughputPoint
{
    qint64 startMs = 0; ///< start of the hour (ranges up to 7 days) or of the day (longer ranges)
    int ordersPacked = 0;
    int itemsPacked = 0;
};

/// A reason or defect kind with its count; sorted by count, descending
/// (ties by name), with the running share for a Pareto chart.
struct ParetoEntry
{
    QString kind;
    int count = 0;
    double cumulativeShare = 0; ///< 0..1
};

struct WebhookFigures
{
    int delivered = 0;
    std::optional<qint64> medianLagMs; ///< event recorded -> shop answered 2xx
    std::optional<qint64> p90LagMs;
    int deadLettered = 0; ///< events in the period that ended in the dead-letter state
    int pending = 0;      ///< events in the period still waiting
};

/// Everything the dashboard, the station's lead view and `packdesk stats` show.
struct StatsReport
{
    StatsFilter filter;
    StatsFigures totals;
    qint64 throughputBucketMs = 3'600'000;
    std::vector<ThroughputPoint> throughput; ///< every bucket of the period, zeros included
    std::vector<GroupFigures> byPacker;      ///< every packer with activity in the period, by badge
    std::vector<GroupFigures> byStation;
    std::vector<GroupFigures> byShop;
    std::vector<GroupFigures> byHourOfDay;   ///< shifts: "00".."23" (UTC), hours with activity only
    std::vector<ParetoEntry> exceptionsByReason;
    std::vector<ParetoEntry> defectsByKind;  ///< the packaging defect Pareto
    WebhookFigures webhooks;
};

} // namespace packdesk::stats
