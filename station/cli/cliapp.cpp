#include "cliapp.h"

#include "commands.h"

namespace packdesk::cli {

namespace {
struct Subcommand
{
    const char* name;
    const char* summary;
    int (*run)(CliContext&, const QStringList&);
};

constexpr Subcommand kSubcommands[] = {
    {"orders", "import, list and show orders", runOrdersCommand},
    {"pack", "drive a pack session from a script of scans, weights and answers", runPackCommand},
    {"stats", "orders per packer and hour, median pack time, exceptions", runStatsCommand},
    {"db", "migrate or back up the database", runDbCommand},
    {"packers", "add and list packers and leads (badges, PINs, languages)", runPackersCommand},
    {"shops", "set and show a shop's packing rules (boxes, tolerance, checklist)", runShopsCommand},
    {"demo", "import demo orders and pack them through the real store", runDemoCommand},
    {"scale", "read a Modbus scale as its device profile says (commissioning)", runScaleCommand},
    {"tower", "cycle a Modbus light tower's lamps (commissioning)", runTowerCommand},
    {"simulate", "run a simulated Modbus scale or light tower", runSimulateCommand},
    {"print", "print or save an order's thank-you card or return label", runPrintCommand},
    {"printers", "list CUPS printers, the station's print jobs, reprint", runPrintersCommand},
    {"webhooks", "webhook endpoints, the outbox, dead letters and replay", runWebhooksCommand},
    {"serve", "run the order API and the webhook sender without the UI", runServeCommand},
};

void printUsage(QTextStream& stream)
{
    stream << QStringLiteral("packdesk - software for warehouse packing stations\n\n"
                             "Usage: packdesk <command> [options]\n\nCommands:\n");
    // `station` starts the touchscreen UI; main.cpp gives it a QGuiApplication.
    stream << QStringLiteral("  %1%2\n").arg(QStringLiteral("station"), -10).arg(QLatin1String("the touchscreen station (Qt Quick); --demo for the embedded default"));
    for (const auto& command : kSubcommands)
        stream << QStringLiteral("  %1%2\n").arg(QString::fromLatin1(command.name), -10).arg(QLatin1String(command.summary));
    stream << QStringLiteral("\nEvery command takes --help, --db PATH and --station ID.\n"
                             "Exit codes: 0 ok, 1 failed, 2 usage.\n");
    stream.flush();
}
} // namespace

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() < 2) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    for (const auto& command : kSubcommands) {
        if (name == QLatin1String(command.name)) {
            CliContext context(out, err);
            QStringList rest = arguments.mid(1);
            rest[0] = QStringLiteral("packdesk ") + name;
            return command.run(context, rest);
        }
    }
    err << QStringLiteral("packdesk: unknown command '%1'\n\n").arg(name);
    printUsage(err);
    return ExitUsage;
}

} // namespace packdesk::cli
