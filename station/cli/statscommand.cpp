#include "commands.h"
#include "stats/statsjson.h"
#include "stats/statsqueries.h"
#include "texttable.h"

#include <QDateTime>
#include <QJsonDocument>

namespace packdesk::cli {

namespace {
using stats::GroupFigures;
using stats::StatsFigures;
using stats::StatsReport;

const QString kUsage = QStringLiteral(
    "Usage: packdesk stats [--from TIME] [--to TIME] [--shop CODE]... [--station ID]... [--packer BADGE]...\n"
    "                      [--by packer|station|shop|hour] [--json] [--db PATH]\n"
    "What a fulfilment lead looks at: orders and items packed per hour, median and\n"
    "p90 pack time, mis-scans per 100 items, weight-check failures, overrides,\n"
    "exceptions by reason, packaging defects, reprints, print failures and webhook\n"
    "delivery (definitions: docs/stats.md). TIME is ISO 8601 in UTC; a date as\n"
    "--from means its midnight, as --to the end of that day. The default is today.\n"
    "--shop, --station and --packer may be repeated; --json prints the whole report.");

std::optional<qint64> parseTime(const QString& text, bool endOfDay)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = (endOfDay ? date.addDays(1) : date).startOfDay(Qt::UTC);
    }
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // no zone given: read it as UTC, as the output is
    return time.toMSecsSinceEpoch();
}

QString minutesSeconds(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("-");
    const qint64 seconds = (*ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

QStringList figureCells(const StatsFigures& f)
{
    return {QString::number(f.ordersPacked), QString::number(f.itemsPacked), oneDecimal(f.ordersPerHour),
            minutesSeconds(f.medianPackMs), minutesSeconds(f.p90PackMs), oneDecimal(f.misScansPer100Items),
            QString::number(f.weightCheckFailures), QString::number(f.overrides), QString::number(f.exceptions),
            QString::number(f.packagingDefects), QString::number(f.reprints), QString::number(f.printFailures)};
}

void printGroups(QTextStream& out, const QString& by, const std::vector<GroupFigures>& groups)
{
    QStringList headers{by};
    if (by == QLatin1String("packer"))
        headers << QStringLiteral("name");
    headers << QStringLiteral("orders") << QStringLiteral("items") << QStringLiteral("orders/h")
            << QStringLiteral("median") << QStringLiteral("p90") << QStringLiteral("mis/100")
            << QStringLiteral("weight fails") << QStringLiteral("overrides") << QStringLiteral("exceptions")
            << QStringLiteral("defects") << QStringLiteral("reprints") << QStringLiteral("print fails");
    TextTable table(headers);
    for (const auto& group : groups) {
        QStringList cells{group.key};
        if (by == QLatin1String("packer"))
            cells << group.label;
        table.addRow(cells + figureCells(group.figures));
    }
    table.print(out);
}

void printPareto(QTextStream& out, const QString& title, const std::vector<stats::ParetoEntry>& entries)
{
    TextTable table({title, QStringLiteral("count"), QStringLiteral("cumulative")});
    for (const auto& entry : entries)
        table.addRow({entry.kind, QString::number(entry.count),
                      QStringLiteral("%1%").arg(qRound(entry.cumulativeShare * 100))});
    table.print(out);
}

void printReport(QTextStream& out, const StatsReport& r, const QString& by)
{
    const auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    const StatsFigures& t = r.totals;
    out << QStringLiteral("Period %1 to %2 (UTC)\n").arg(iso(r.filter.fromMs), iso(r.filter.toMs));
    out << QStringLiteral("Orders packed: %1 (%2 items), %3 orders/h, median pack time %4, p90 %5 (m:ss)\n")
               .arg(t.ordersPacked)
               .arg(t.itemsPacked)
               .arg(oneDecimal(t.ordersPerHour), minutesSeconds(t.medianPackMs), minutesSeconds(t.p90PackMs));
    out << QStringLiteral("Mis-scans: %1 (%2 per 100 items); weight-check failures: %3; overrides: %4\n")
               .arg(t.misScans)
               .arg(oneDecimal(t.misScansPer100Items))
               .arg(t.weightCheckFailures)
               .arg(t.overrides);
    out << QStringLiteral("Exceptions: %1; packaging defects: %2; reprints: %3; print failures: %4\n")
               .arg(t.exceptions)
               .arg(t.packagingDefects)
               .arg(t.reprints)
               .arg(t.printFailures);
    const auto& w = r.webhooks;
    out << QStringLiteral("Webhooks: %1 delivered (median lag %2 ms, p90 %3 ms), %4 dead-lettered, %5 pending\n\n")
               .arg(w.delivered)
               .arg(w.medianLagMs ? QString::number(*w.medianLagMs) : QStringLiteral("-"),
                    w.p90LagMs ? QString::number(*w.p90LagMs) : QStringLiteral("-"))
               .arg(w.deadLettered)
               .arg(w.pending);
    if (by == QLatin1String("station"))
        printGroups(out, by, r.byStation);
    else if (by == QLatin1String("shop"))
        printGroups(out, by, r.byShop);
    else if (by == QLatin1String("hour"))
        printGroups(out, by, r.byHourOfDay);
    else
        printGroups(out, QStringLiteral("packer"), r.byPacker);
    out << QLatin1Char('\n');
    printPareto(out, QStringLiteral("exception"), r.exceptionsByReason);
    out << QLatin1Char('\n');
    printPareto(out, QStringLiteral("defect"), r.defectsByKind);
}
} // namespace

int runStatsCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("Start of the period (inclusive)."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("End of the period (exclusive)."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("shop"), QStringLiteral("Only this shop (repeatable)."), QStringLiteral("code")});
    parser.addOption({QStringLiteral("packer"), QStringLiteral("Only this packer (repeatable)."), QStringLiteral("badge")});
    parser.addOption({QStringLiteral("by"), QStringLiteral("Table per packer, station, shop or hour."), QStringLiteral("group")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the whole report as JSON.")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("stats takes no arguments"));
    const QString by = parser.value(QStringLiteral("by"));
    if (parser.isSet(QStringLiteral("by")) && !QStringList{"packer", "station", "shop", "hour"}.contains(by))
        return context.usageError(QStringLiteral("--by is packer, station, shop or hour"));

    stats::StatsFilter filter;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    std::optional<qint64> to = today.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("to")) && !(to = parseTime(parser.value(QStringLiteral("to")), true)))
        return context.usageError(QStringLiteral("--to is not an ISO 8601 time or date"));
    // Without --from: the UTC day that --to ends in (today by default).
    std::optional<qint64> from =
        QDateTime::fromMSecsSinceEpoch(*to - 1, Qt::UTC).date().startOfDay(Qt::UTC).toMSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("from")) && !(from = parseTime(parser.value(QStringLiteral("from")), false)))
        return context.usageError(QStringLiteral("--from is not an ISO 8601 time or date"));
    if (*from >= *to)
        return context.usageError(QStringLiteral("--from must be before --to"));
    filter.fromMs = *from;
    filter.toMs = *to;
    filter.shops = parser.values(QStringLiteral("shop"));
    // --station is also the common "this station" option: a filter only when given.
    if (parser.isSet(QStringLiteral("station")))
        filter.stations = parser.values(QStringLiteral("station"));
    filter.packers = parser.values(QStringLiteral("packer"));

    // The store makes the database's folder and reports a missing or newer file the usual way.
    if (!context.openStore())
        return ExitFailed;
    auto queries = stats::StatsQueries::open(context.databasePath());
    if (!queries)
        return context.fail(queries.error());
    auto report = queries.value()->report(filter);
    if (!report) {
        if (report.error().code == QLatin1String("invalid_filter"))
            return context.usageError(report.error().message);
        return context.fail(report.error());
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out() << QString::fromUtf8(
            QJsonDocument(stats::StatsJson::toJson(report.value())).toJson(QJsonDocument::Indented));
    else
        printReport(context.out(), report.value(), by);
    context.out().flush();
    return ExitOk;
}

} // namespace packdesk::cli
