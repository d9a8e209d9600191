#include "commands.h"
#include "core/packingstats.h"
#include "store/sqliteorderstore.h"
#include "texttable.h"

#include <QDateTime>
#include <QJsonDocument>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk stats [--from TIME] [--to TIME] [--json] [--db PATH]\n"
    "Orders packed per packer and hour, median pack time and exceptions by\n"
    "reason, computed from the recorded events. TIME is ISO 8601 (a date means\n"
    "its midnight, UTC); the default is the last 7 days.");

std::optional<qint64> parseTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = date.startOfDay(Qt::UTC);
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

QString hourLabel(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:00"));
}

void printTables(QTextStream& out, const PackingStats& stats)
{
    out << QStringLiteral("Orders packed: %1, median pack time %2 (m:ss)\n\n")
               .arg(stats.ordersPacked)
               .arg(minutesSeconds(stats.medianPackMs));
    TextTable packers({QStringLiteral("packer"), QStringLiteral("orders"), QStringLiteral("items"),
                       QStringLiteral("median")});
    for (const auto& row : stats.packers)
        packers.addRow({row.packer, QString::number(row.orders), QString::number(row.items),
                        minutesSeconds(row.medianPackMs)});
    packers.print(out);
    out << QLatin1Char('\n');
    TextTable hourly({QStringLiteral("packer"), QStringLiteral("hour (UTC)"), QStringLiteral("orders"),
                      QStringLiteral("items")});
    for (const auto& row : stats.hourly)
        hourly.addRow({row.packer, hourLabel(row.hourStartMs), QString::number(row.orders), QString::number(row.items)});
    hourly.print(out);
    out << QLatin1Char('\n');
    TextTable exceptions({QStringLiteral("exception"), QStringLiteral("count")});
    for (const auto& [reason, count] : stats.exceptionsByReason)
        exceptions.addRow({reason, QString::number(count)});
    exceptions.print(out);
}
} // namespace

int runStatsCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("Start of the period (inclusive)."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("End of the period (exclusive)."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of tables.")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("stats takes no arguments"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<qint64> to = now + 1;
    std::optional<qint64> from;
    if (parser.isSet(QStringLiteral("to")) && !(to = parseTime(parser.value(QStringLiteral("to")))))
        return context.usageError(QStringLiteral("--to is not an ISO 8601 time or date"));
    from = *to - 7LL * 24 * 3600 * 1000;
    if (parser.isSet(QStringLiteral("from")) && !(from = parseTime(parser.value(QStringLiteral("from")))))
        return context.usageError(QStringLiteral("--from is not an ISO 8601 time or date"));
    if (*from >= *to)
        return context.usageError(QStringLiteral("--from must be before --to"));

    auto* store = context.openStore();
    if (!store)
        return ExitFailed;
    auto events = store->eventsBetween(*from, *to, {EventTypes::OrderPacked, EventTypes::OrderException});
    if (!events)
        return context.fail(events.error());
    const PackingStats stats = PackingStats::compute(events.value());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = stats.toJson();
        json.insert(QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(*from, Qt::UTC).toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("to"), QDateTime::fromMSecsSinceEpoch(*to, Qt::UTC).toString(Qt::ISODateWithMs));
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        printTables(context.out(), stats);
    }
    context.out().flush();
    return ExitOk;
}

} // namespace packdesk::cli
