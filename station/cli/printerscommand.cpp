#include "commands.h"
#include "printing/cupsclient.h"
#include "printing/printermap.h"
#include "printing/printspooler.h"
#include "store/sqliteprintjobstore.h"
#include "texttable.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk printers list [--server HOST:PORT]\n"
    "       packdesk printers jobs [--station S] [--all] [--limit N]\n"
    "       packdesk printers reprint JOB --by BADGE [--server HOST:PORT]\n"
    "       packdesk printers check --map FILE [--server HOST:PORT]\n"
    "list: the CUPS printers with state, whether they accept jobs and why not.\n"
    "jobs: print jobs still waiting (all stations, or --station S; --all adds\n"
    "finished ones). reprint: prints a job again, recorded with the badge.\n"
    "check: validates a station's printer mapping (docs/printing-cups.md) and\n"
    "says which of its printers the print server does not have.\n"
    "The server defaults to CUPS_SERVER, else the local CUPS.");

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

int list(CliContext& context, const printing::CupsClient& client)
{
    auto printers = client.printers();
    if (!printers)
        return context.fail(printers.error());
    TextTable table({QStringLiteral("printer"), QStringLiteral("state"), QStringLiteral("accepting"),
                     QStringLiteral("reasons")});
    for (const auto& printer : printers.value())
        table.addRow({printer.name, printing::toString(printer.state), yesNo(printer.acceptingJobs),
                      printer.reasons.isEmpty() ? QStringLiteral("-") : printer.reasons.join(QLatin1Char(','))});
    if (table.isEmpty())
        context.out() << QStringLiteral("The print server %1 has no printers.\n").arg(client.server());
    else
        table.print(context.out());
    return ExitOk;
}

Result<std::unique_ptr<store::SqlitePrintJobStore>> openJobs(CliContext& context)
{
    QDir().mkpath(QFileInfo(context.databasePath()).absolutePath());
    return store::SqlitePrintJobStore::open(context.databasePath());
}

int jobs(CliContext& context, const QString& station, bool all, int limit)
{
    auto store = openJobs(context);
    if (!store)
        return context.fail(store.error());
    auto found = store.value()->recent(station, all, limit);
    if (!found)
        return context.fail(found.error());
    TextTable table({QStringLiteral("job"), QStringLiteral("station"), QStringLiteral("order"),
                     QStringLiteral("document"), QStringLiteral("printer"), QStringLiteral("state"),
                     QStringLiteral("reason"), QStringLiteral("cups"), QStringLiteral("tries"),
                     QStringLiteral("reprint of"), QStringLiteral("updated")});
    for (const PrintJob& job : found.value())
        table.addRow({QString::number(job.id), job.station, QString::number(job.orderId), job.document, job.printer,
                      toString(job.state), job.reason.isEmpty() ? QStringLiteral("-") : job.reason,
                      QString::number(job.cupsJobId), QString::number(job.attempts),
                      job.reprintOf ? QStringLiteral("%1 by %2").arg(job.reprintOf).arg(job.requestedBy)
                                    : QStringLiteral("-"),
                      QDateTime::fromMSecsSinceEpoch(job.updatedMs).toString(Qt::ISODate)});
    if (table.isEmpty())
        context.out() << (all ? QStringLiteral("No print jobs.\n") : QStringLiteral("No print jobs waiting.\n"));
    else
        table.print(context.out());
    return ExitOk;
}

int reprint(CliContext& context, const printing::CupsClient& client, qint64 jobId, const QString& badge)
{
    auto store = openJobs(context);
    if (!store)
        return context.fail(store.error());
    printing::PrintSpooler spooler(*store.value(), client, {context.station()});
    auto job = spooler.reprint(jobId, badge);
    if (!job)
        return context.fail(job.error());
    context.out() << QStringLiteral("Job %1 reprints job %2 on %3: %4%5\n")
                         .arg(job->id)
                         .arg(jobId)
                         .arg(job->printer, toString(job->state),
                              job->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(job->reason));
    return ExitOk;
}

int check(CliContext& context, const printing::CupsClient& client, const QString& mapFile)
{
    auto map = printing::PrinterMap::fromFile(mapFile);
    if (!map)
        return context.fail(map.error());
    context.out() << QStringLiteral("%1 is valid.\n").arg(mapFile);
    auto printers = client.printers();
    if (!printers)
        return context.fail(printers.error());
    TextTable table({QStringLiteral("document"), QStringLiteral("printer"), QStringLiteral("format"),
                     QStringLiteral("on server")});
    QStringList missing;
    for (auto kind : {printing::DocumentKind::Card, printing::DocumentKind::ReturnLabel}) {
        const auto route = map->route(kind);
        if (!route)
            continue;
        const printing::PrinterStatus* found = nullptr;
        for (const auto& printer : printers.value())
            if (printer.name == route->printer)
                found = &printer;
        if (!found && !missing.contains(route->printer))
            missing << route->printer;
        const QString blocked = found ? found->blockingReason() : QString();
        table.addRow({printing::documentName(kind), route->printer, printing::formatName(route->format),
                      !found ? QStringLiteral("MISSING")
                             : blocked.isEmpty() ? QStringLiteral("ok") : QStringLiteral("ok (now: %1)").arg(blocked)});
    }
    table.print(context.out());
    if (!missing.isEmpty())
        return context.fail(Error{QStringLiteral("printer_not_found"),
                                  QStringLiteral("The print server %1 has no printer named %2. Add the queue "
                                                 "(lpadmin) or fix the mapping.")
                                      .arg(client.server(), missing.join(QStringLiteral(", ")))});
    return ExitOk;
}
} // namespace

int runPrintersCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, jobs, reprint JOB or check"));
    parser.addOption({QStringLiteral("server"), QStringLiteral("CUPS server (default: CUPS_SERVER or the local one)."),
                      QStringLiteral("host:port")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("jobs: finished jobs too.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("jobs: at most this many, newest first."),
                      QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("by"), QStringLiteral("reprint: the badge of who asks."), QStringLiteral("badge")});
    parser.addOption({QStringLiteral("map"), QStringLiteral("check: the station's printer mapping (JSON)."),
                      QStringLiteral("file")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(QStringLiteral("printers needs an action: list, jobs, reprint or check"));
    const QString action = args.first();
    const printing::CupsClient client(parser.value(QStringLiteral("server")));

    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, client);
    if (action == QLatin1String("jobs") && args.size() == 1) {
        bool validLimit = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&validLimit);
        if (!validLimit || limit <= 0)
            return context.usageError(QStringLiteral("--limit takes a positive number"));
        const QString station = parser.isSet(QStringLiteral("station")) ? context.station() : QString();
        return jobs(context, station, parser.isSet(QStringLiteral("all")), limit);
    }
    if (action == QLatin1String("reprint")) {
        bool validId = false;
        const qint64 jobId = args.value(1).toLongLong(&validId);
        if (args.size() != 2 || !validId || jobId <= 0)
            return context.usageError(QStringLiteral("reprint needs one job number (see printers jobs --all)"));
        const QString badge = parser.value(QStringLiteral("by")).trimmed();
        if (badge.isEmpty())
            return context.usageError(QStringLiteral("reprint needs --by BADGE: every reprint is recorded"));
        return reprint(context, client, jobId, badge);
    }
    if (action == QLatin1String("check") && args.size() == 1) {
        if (!parser.isSet(QStringLiteral("map")))
            return context.usageError(QStringLiteral("check needs --map FILE"));
        return check(context, client, parser.value(QStringLiteral("map")));
    }
    return context.usageError(QStringLiteral("unknown printers action '%1'").arg(args.join(QLatin1Char(' '))));
}

} // namespace packdesk::cli
