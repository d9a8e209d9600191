#include "statsjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace packdesk::stats {

namespace {
QJsonValue optionalMs(std::optional<qint64> ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray groups(const std::vector<GroupFigures>& rows)
{
    QJsonArray out;
    for (const auto& row : rows) {
        QJsonObject item = StatsJson::toJson(row.figures);
        item.insert(QStringLiteral("key"), row.key);
        item.insert(QStringLiteral("label"), row.label);
        out.append(item);
    }
    return out;
}

QJsonArray pareto(const std::vector<ParetoEntry>& entries)
{
    QJsonArray out;
    for (const auto& entry : entries)
        out.append(QJsonObject{{QStringLiteral("kind"), entry.kind},
                               {QStringLiteral("count"), entry.count},
                               {QStringLiteral("cumulative_share"), entry.cumulativeShare}});
    return out;
}
} // namespace

QJsonObject StatsJson::toJson(const StatsFigures& f)
{
    return QJsonObject{
        {QStringLiteral("orders_packed"), f.ordersPacked},
        {QStringLiteral("items_packed"), f.itemsPacked},
        {QStringLiteral("orders_per_hour"), f.ordersPerHour},
        {QStringLiteral("items_per_hour"), f.itemsPerHour},
        {QStringLiteral("median_pack_ms"), optionalMs(f.medianPackMs)},
        {QStringLiteral("p90_pack_ms"), optionalMs(f.p90PackMs)},
        {QStringLiteral("items_scanned"), f.itemsScanned},
        {QStringLiteral("mis_scans"), f.misScans},
        {QStringLiteral("mis_scans_per_100_items"), f.misScansPer100Items},
        {QStringLiteral("weight_check_failures"), f.weightCheckFailures},
        {QStringLiteral("overrides"), f.overrides},
        {QStringLiteral("exceptions"), f.exceptions},
        {QStringLiteral("packaging_defects"), f.packagingDefects},
        {QStringLiteral("reprints"), f.reprints},
        {QStringLiteral("print_failures"), f.printFailures},
    };
}

QJsonObject StatsJson::toJson(const StatsReport& report)
{
    QJsonArray throughput;
    for (const auto& point : report.throughput)
        throughput.append(QJsonObject{{QStringLiteral("start"), isoUtc(point.startMs)},
                                      {QStringLiteral("start_ms"), point.startMs},
                                      {QStringLiteral("orders_packed"), point.ordersPacked},
                                      {QStringLiteral("items_packed"), point.itemsPacked}});
    const auto& w = report.webhooks;
    return QJsonObject{
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("from"), isoUtc(report.filter.fromMs)},
                     {QStringLiteral("to"), isoUtc(report.filter.toMs)},
                     {QStringLiteral("from_ms"), report.filter.fromMs},
                     {QStringLiteral("to_ms"), report.filter.toMs},
                     {QStringLiteral("shops"), QJsonArray::fromStringList(report.filter.shops)},
                     {QStringLiteral("stations"), QJsonArray::fromStringList(report.filter.stations)},
                     {QStringLiteral("packers"), QJsonArray::fromStringList(report.filter.packers)}}},
        {QStringLiteral("totals"), toJson(report.totals)},
        {QStringLiteral("throughput_bucket_ms"), report.throughputBucketMs},
        {QStringLiteral("throughput"), throughput},
        {QStringLiteral("by_packer"), groups(report.byPacker)},
        {QStringLiteral("by_station"), groups(report.byStation)},
        {QStringLiteral("by_shop"), groups(report.byShop)},
        {QStringLiteral("by_hour_of_day"), groups(report.byHourOfDay)},
        {QStringLiteral("exceptions_by_reason"), pareto(report.exceptionsByReason)},
        {QStringLiteral("defects_by_kind"), pareto(report.defectsByKind)},
        {QStringLiteral("webhooks"),
         QJsonObject{{QStringLiteral("delivered"), w.delivered},
                     {QStringLiteral("median_lag_ms"), optionalMs(w.medianLagMs)},
                     {QStringLiteral("p90_lag_ms"), optionalMs(w.p90LagMs)},
                     {QStringLiteral("dead_lettered"), w.deadLettered},
                     {QStringLiteral("pending"), w.pending}}},
    };
}

QJsonObject StatsJson::toJson(const FilterChoices& choices)
{
    return QJsonObject{{QStringLiteral("shops"), QJsonArray::fromStringList(choices.shops)},
                       {QStringLiteral("stations"), QJsonArray::fromStringList(choices.stations)},
                       {QStringLiteral("packers"), QJsonArray::fromStringList(choices.packers)},
                       {QStringLiteral("packer_names"), QJsonArray::fromStringList(choices.packerNames)}};
}

} // namespace packdesk::stats
