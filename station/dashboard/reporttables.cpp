#include "reporttables.h"

#include <QDateTime>
#include <QTimeZone>

namespace packdesk::dashboard {

namespace {
QStringList figureColumns(const QString& keyColumn, const QString& labelColumn)
{
    QStringList columns{keyColumn};
    if (!labelColumn.isEmpty())
        columns << labelColumn;
    columns << QStringLiteral("orders_packed") << QStringLiteral("items_packed")
            << QStringLiteral("orders_per_hour") << QStringLiteral("items_per_hour")
            << QStringLiteral("median_pack_s") << QStringLiteral("p90_pack_s")
            << QStringLiteral("items_scanned") << QStringLiteral("mis_scans")
            << QStringLiteral("mis_scans_per_100_items") << QStringLiteral("weight_check_failures")
            << QStringLiteral("overrides") << QStringLiteral("exceptions")
            << QStringLiteral("packaging_defects") << QStringLiteral("reprints")
            << QStringLiteral("print_failures");
    return columns;
}

QStringList figureRow(const stats::GroupFigures& group, bool withLabel)
{
    const stats::StatsFigures& f = group.figures;
    QStringList row{group.key};
    if (withLabel)
        row << group.label;
    row << QString::number(f.ordersPacked) << QString::number(f.itemsPacked)
        << ReportTables::decimal(f.ordersPerHour) << ReportTables::decimal(f.itemsPerHour)
        << ReportTables::seconds(f.medianPackMs) << ReportTables::seconds(f.p90PackMs)
        << QString::number(f.itemsScanned) << QString::number(f.misScans)
        << ReportTables::decimal(f.misScansPer100Items, 2) << QString::number(f.weightCheckFailures)
        << QString::number(f.overrides) << QString::number(f.exceptions)
        << QString::number(f.packagingDefects) << QString::number(f.reprints)
        << QString::number(f.printFailures);
    return row;
}

DataTable groupTable(const QString& name, const QString& title, const QString& keyColumn,
                     const QString& labelColumn, const std::vector<stats::GroupFigures>& groups)
{
    DataTable table{name, title, figureColumns(keyColumn, labelColumn), {}};
    for (const stats::GroupFigures& group : groups)
        table.rows.append(figureRow(group, !labelColumn.isEmpty()));
    return table;
}

DataTable paretoTable(const QString& name, const QString& title, const QString& kindColumn,
                      const std::vector<stats::ParetoEntry>& entries)
{
    DataTable table{
        name, title, {kindColumn, QStringLiteral("count"), QStringLiteral("cumulative_percent")}, {}};
    for (const stats::ParetoEntry& entry : entries)
        table.rows.append(
            {entry.kind, QString::number(entry.count), ReportTables::decimal(entry.cumulativeShare * 100.0)});
    return table;
}

DataTable throughputTable(const stats::StatsReport& report)
{
    DataTable table{
        QStringLiteral("throughput"),
        QStringLiteral("Throughput"),
        {QStringLiteral("period_start_utc"), QStringLiteral("orders_packed"), QStringLiteral("items_packed")},
        {}};
    for (const stats::ThroughputPoint& point : report.throughput)
        table.rows.append(
            {QDateTime::fromMSecsSinceEpoch(point.startMs, QTimeZone::utc()).toString(Qt::ISODate),
             QString::number(point.ordersPacked), QString::number(point.itemsPacked)});
    return table;
}

DataTable webhookTable(const stats::WebhookFigures& webhooks)
{
    return DataTable{QStringLiteral("webhooks"),
                     QStringLiteral("Webhooks to the shops"),
                     {QStringLiteral("delivered"), QStringLiteral("median_lag_s"),
                      QStringLiteral("p90_lag_s"), QStringLiteral("dead_lettered"),
                      QStringLiteral("pending")},
                     {{QString::number(webhooks.delivered), ReportTables::seconds(webhooks.medianLagMs),
                       ReportTables::seconds(webhooks.p90LagMs), QString::number(webhooks.deadLettered),
                       QString::number(webhooks.pending)}}};
}
} // namespace

QString ReportTables::seconds(const std::optional<qint64>& ms)
{
    return ms ? decimal(double(*ms) / 1000.0) : QString();
}

QString ReportTables::decimal(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

std::vector<DataTable> ReportTables::all(const stats::StatsReport& report)
{
    return {throughputTable(report),
            groupTable(QStringLiteral("packers"), QStringLiteral("Packers"), QStringLiteral("badge"),
                       QStringLiteral("name"), report.byPacker),
            groupTable(QStringLiteral("stations"), QStringLiteral("Stations"), QStringLiteral("station"), {},
                       report.byStation),
            groupTable(QStringLiteral("shops"), QStringLiteral("Shops"), QStringLiteral("shop"), {},
                       report.byShop),
            groupTable(QStringLiteral("hours"), QStringLiteral("Hour of day (UTC)"),
                       QStringLiteral("hour_utc"), {}, report.byHourOfDay),
            paretoTable(QStringLiteral("exceptions"), QStringLiteral("Exceptions by reason"),
                        QStringLiteral("reason"), report.exceptionsByReason),
            paretoTable(QStringLiteral("defects"), QStringLiteral("Packaging defects"),
                        QStringLiteral("defect"), report.defectsByKind),
            webhookTable(report.webhooks)};
}

std::optional<DataTable> ReportTables::named(const stats::StatsReport& report, const QString& name)
{
    for (DataTable& table : all(report)) {
        if (table.name == name)
            return std::move(table);
    }
    return std::nullopt;
}

} // namespace packdesk::dashboard
