#include "app/stationprinter.h"
#include "commands.h"
#include "core/packingservice.h"
#include "devices/modbusscale.h"
#include "devices/modbustower.h"
#include "packscriptrunner.h"
#include "store/sqliteorderstore.h"

#include <QFile>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk pack SCRIPT [--station ID] [--db PATH]\n"
    "                     [--scale-profile FILE] [--tower-profile FILE]\n"
    "                     [--print-dir DIR | --printers FILE [--cups-server HOST:PORT]]\n"
    "Drives pack sessions headless from a script of scans, weights and quality\n"
    "answers (docs/pack-script.md); SCRIPT '-' reads standard input. A session\n"
    "this station left open (crash, power cut) is resumed first. With a scale\n"
    "profile, `weigh scale` reads the real (or simulated) scale; with a tower\n"
    "profile, the light tower shows the station's state after every step.");

Result<QString> readScript(const QString& path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{QStringLiteral("script_unreadable"),
                     QStringLiteral("cannot read pack script '%1': %2").arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}
} // namespace

int runPackCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("script"), QStringLiteral("The pack script, or - for stdin."));
    parser.addOption({QStringLiteral("scale-profile"), QStringLiteral("The scale's device profile."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("print-dir"), QStringLiteral("`print` writes the card and label PDFs here."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("printers"), QStringLiteral("`print` prints through CUPS as this printer map says."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("cups-server"), QStringLiteral("CUPS server for --printers."),
                      QStringLiteral("host:port")});
    parser.addOption({QStringLiteral("tower-profile"), QStringLiteral("The light tower's device profile."),
                      QStringLiteral("file")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("pack takes exactly one script"));

    auto text = readScript(parser.positionalArguments().first());
    if (!text)
        return context.fail(text.error());
    auto script = PackScript::parse(text.value());
    if (!script)
        return context.usageError(script.error().message);
    auto* store = context.openStore();
    if (!store)
        return ExitFailed;

    ScriptClock clock;
    PackingService service(*store, clock, context.station());
    auto resumed = service.resume();
    if (!resumed)
        return context.fail(resumed.error());
    if (resumed.value()) {
        context.out() << QStringLiteral("resumed order %1 at %2 (%3 of %4 items scanned)\n")
                             .arg(service.session()->order().reference(), toString(service.session()->state()))
                             .arg(service.session()->totalScanned())
                             .arg(service.session()->order().totalItems());
    }
    PackScriptRunner runner(service, clock, context.out());
    ScriptDevices devices;
    std::unique_ptr<devices::ModbusScale> scale;
    std::unique_ptr<devices::ModbusTower> tower;
    if (parser.isSet(QStringLiteral("scale-profile"))) {
        auto profile = devices::ScaleProfile::fromFile(parser.value(QStringLiteral("scale-profile")));
        if (!profile)
            return context.fail(profile.error());
        devices.scaleProfile = profile.value();
        scale = std::make_unique<devices::ModbusScale>(profile.value());
        devices.scale = scale.get();
    }
    if (parser.isSet(QStringLiteral("tower-profile"))) {
        auto profile = devices::TowerProfile::fromFile(parser.value(QStringLiteral("tower-profile")));
        if (!profile)
            return context.fail(profile.error());
        tower = std::make_unique<devices::ModbusTower>(profile.value());
        devices.tower = tower.get();
    }
    std::unique_ptr<DocumentPrinter> printer;
    if (parser.isSet(QStringLiteral("print-dir")) || parser.isSet(QStringLiteral("printers"))) {
        app::StationPrintingOptions printing;
        printing.databasePath = context.databasePath();
        printing.station = context.station();
        printing.printDirectory = parser.value(QStringLiteral("print-dir"));
        printing.printerMapPath = parser.value(QStringLiteral("printers"));
        printing.cupsServer = parser.value(QStringLiteral("cups-server"));
        auto opened = app::openStationPrinter(printing);
        if (!opened)
            return context.fail(opened.error());
        printer = std::move(opened).value();
        devices.printer = printer.get();
    }
    runner.setDevices(std::move(devices));
    const auto ran = runner.run(script.value());
    context.out() << QStringLiteral("%1 order(s) packed at station %2\n").arg(runner.ordersPacked()).arg(context.station());
    context.out().flush();
    if (!ran)
        return context.fail(ran.error());
    return ExitOk;
}

} // namespace packdesk::cli
