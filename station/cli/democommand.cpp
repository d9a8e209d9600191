#include "app/demobackend.h"
#include "app/stationprinter.h"
#include "commands.h"
#include "core/packingservice.h"
#include "demoscript.h"
#include "packscriptrunner.h"
#include "store/sqliteorderstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFile>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk demo [--fresh] [--db PATH] [--station ID]\n"
    "Creates demo packers, imports the demo orders and packs every order that is\n"
    "not packed yet through the real store, printing each step, then the stats.\n"
    "Parcels are weighed on a simulated Modbus scale and the light tower is a\n"
    "simulated Modbus I/O module, both on loopback (docs/devices.md).\n"
    "--fresh starts from an empty database (the file at --db is replaced).");

/// The script runner's view of the demo devices.
ScriptDevices forScripts(app::DemoDevices& devices)
{
    ScriptDevices script;
    script.scale = devices.scale.get();
    script.scaleProfile = devices.scaleProfile;
    script.tower = devices.tower.get();
    script.placeOnScale = [&devices](double grams) { devices.placeOnScale(grams); };
    return script;
}

bool removeDatabase(const QString& path)
{
    bool ok = true;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

/// A demo interrupted earlier left an order open at this station: the lead
/// gives it back (cancelling needs someone logged in), so every order is
/// packed from its first scan.
Result<void> giveBackInterruptedOrder(PackingService& service)
{
    auto resumed = service.resume();
    if (!resumed)
        return resumed.error();
    if (!resumed.value())
        return {};
    if (auto lead = service.login(app::demoLeadBadge(), app::demoLeadPin()); !lead)
        return lead.error();
    if (auto cancelled = service.cancel(QStringLiteral("demo restarted")); !cancelled)
        return cancelled.error();
    return service.logout();
}
} // namespace

int runDemoCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("fresh"), QStringLiteral("Start from an empty database.")});
    parser.addOption({QStringLiteral("print-dir"),
                      QStringLiteral("Where the cards and labels are printed as PDFs (default: beside the database)."),
                      QStringLiteral("dir")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    QTextStream& out = context.out();
    if (parser.isSet(QStringLiteral("fresh")) && !removeDatabase(context.databasePath()))
        return context.fail({QStringLiteral("file_locked"),
                             QStringLiteral("cannot remove %1; is a station using it?").arg(context.databasePath())});
    auto* store = context.openStore();
    if (!store)
        return ExitFailed;
    out << QStringLiteral("packdesk demo: station %1, database %2\n\n").arg(context.station(), context.databasePath());
    if (auto added = app::addDemoPackers(*store); !added)
        return context.fail(added.error());

    auto imported = app::importDemoOrders(*store);
    if (!imported)
        return context.fail(imported.error());
    out << QStringLiteral("imported demo orders: %1\n\n").arg(imported.value());

    const QStringList packers = {QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P03")};
    ScriptClock clock;
    // Start the demo shift three hours ago, so its events fall in the default stats period.
    clock.set(QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000);
    PackingService service(*store, clock, context.station());
    if (auto given = giveBackInterruptedOrder(service); !given)
        return context.fail(given.error());
    auto orders = store->listOrders(OrderStatus::Ready, 1000, 0);
    if (!orders)
        return context.fail(orders.error());
    app::DemoDevices devices;
    if (auto started = devices.start(); !started)
        return context.fail(started.error());
    out << QStringLiteral("simulated scale on 127.0.0.1:%1, light tower on 127.0.0.1:%2\n\n")
               .arg(devices.scaleProfile.endpoint.port)
               .arg(devices.towerProfile.endpoint.port);
    app::StationPrintingOptions printing;
    printing.databasePath = context.databasePath();
    printing.station = context.station();
    printing.printDirectory = parser.isSet(QStringLiteral("print-dir"))
                                  ? parser.value(QStringLiteral("print-dir"))
                                  : QFileInfo(context.databasePath()).absolutePath() + QStringLiteral("/printed");
    auto printer = app::openStationPrinter(printing);
    if (!printer)
        return context.fail(printer.error());
    out << QStringLiteral("cards and return labels are printed as PDFs into %1\n\n").arg(printing.printDirectory);
    int index = 0;
    int packed = 0;
    for (const Order& order : orders.value()) {
        auto settings = store->shopSettings(order.shop);
        if (!settings)
            return context.fail(settings.error());
        const QString badge = packers.at(index % packers.size());
        auto script =
            PackScript::parse(demoPackScript(order, settings.value(), index, badge, app::demoLeadBadge(), app::demoLeadPin(), true, true));
        if (!script)
            return context.fail(script.error());
        out << QStringLiteral("--- order %1 (%2 items) by %3\n").arg(order.reference()).arg(order.totalItems()).arg(badge);
        PackScriptRunner runner(service, clock, out);
        ScriptDevices scriptDevices = forScripts(devices);
        scriptDevices.printer = printer.value().get();
        runner.setDevices(std::move(scriptDevices));
        if (auto ran = runner.run(script.value()); !ran)
            return context.fail(ran.error());
        packed += runner.ordersPacked();
        ++index;
    }
    out << QStringLiteral("\n%1 of %2 demo order(s) packed. Try: packdesk stats --db %3\n")
               .arg(packed)
               .arg(index)
               .arg(context.databasePath());
    out.flush();
    return ExitOk;
}

} // namespace packdesk::cli
