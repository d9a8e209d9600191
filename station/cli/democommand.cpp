#include "commands.h"
#include "core/packingservice.h"
#include "demoscript.h"
#include "devices/modbusscale.h"
#include "devices/modbussimulator.h"
#include "devices/modbustower.h"
#include "devices/scalesimulation.h"
#include "intake/orderimporter.h"
#include "packscriptrunner.h"
#include "store/sqliteorderstore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk demo [--fresh] [--db PATH] [--station ID]\n"
    "Creates demo packers, imports the demo orders and packs every order that is\n"
    "not packed yet through the real store, printing each step, then the stats.\n"
    "Parcels are weighed on a simulated Modbus scale and the light tower is a\n"
    "simulated Modbus I/O module, both on loopback (docs/devices.md).\n"
    "--fresh starts from an empty database (the file at --db is replaced).");

const QString kLeadBadge = QStringLiteral("L01");

/// The demo station's scale and light tower: simulated Modbus devices on
/// loopback, used through the real protocol.
struct DemoDevices
{
    devices::ModbusSimulator scaleDevice;
    devices::ModbusSimulator towerDevice;
    devices::ScaleProfile scaleProfile;
    devices::TowerProfile towerProfile;
    std::unique_ptr<devices::ScaleSimulation> indicator;
    std::unique_ptr<devices::ModbusScale> scale;
    std::unique_ptr<devices::ModbusTower> tower;

    Result<void> start()
    {
        auto scalePort = scaleDevice.startTcp();
        if (!scalePort)
            return scalePort.error();
        auto towerPort = towerDevice.startTcp();
        if (!towerPort)
            return towerPort.error();
        scaleProfile.name = QStringLiteral("demo scale");
        scaleProfile.endpoint.port = scalePort.value();
        scaleProfile.weight.type = devices::ValueType::Int32;
        scaleProfile.weight.scale = 0.1;
        scaleProfile.stableFlag = devices::BitLocation{devices::ModbusArea::HoldingRegister, 2, 0, true};
        scaleProfile.pollHz = 20;
        towerProfile.name = QStringLiteral("demo tower");
        towerProfile.endpoint.port = towerPort.value();
        towerProfile.greenCoil = 0;
        towerProfile.amberCoil = 1;
        towerProfile.redCoil = 2;
        towerProfile.buzzerCoil = 3;
        indicator = std::make_unique<devices::ScaleSimulation>(scaleDevice, scaleProfile);
        indicator->setSettleMs(150);
        indicator->setNoise(0.4);
        indicator->start();
        scale = std::make_unique<devices::ModbusScale>(scaleProfile);
        tower = std::make_unique<devices::ModbusTower>(towerProfile);
        return {};
    }

    ScriptDevices forScripts()
    {
        ScriptDevices script;
        script.scale = scale.get();
        script.scaleProfile = scaleProfile;
        script.tower = tower.get();
        script.placeOnScale = [this](double grams) {
            indicator->setWeight(grams, 100);
            // Until the indicator's next update the old weight still reads
            // as stable: wait for it to notice the parcel.
            for (int waited = 0; waited < 500 && indicator->stable() && std::abs(indicator->displayedGrams() - grams) > 1;
                 waited += 5)
                QThread::msleep(5);
        };
        return script;
    }
};
const QString kLeadPin = QStringLiteral("2468");

bool removeDatabase(const QString& path)
{
    bool ok = true;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

Result<void> addDemoPackers(store::SqliteOrderStore& store)
{
    const Packer packers[] = {
        {QStringLiteral("P01"), QStringLiteral("Ingrid Bakke"), QStringLiteral("nb"), false},
        {QStringLiteral("P02"), QStringLiteral("Sanne de Vries"), QStringLiteral("nl"), false},
        {QStringLiteral("P03"), QStringLiteral("Jürgen Weiß"), QStringLiteral("de"), false},
        {kLeadBadge, QStringLiteral("Zoë Martin"), QStringLiteral("fr"), true},
    };
    for (const auto& packer : packers) {
        if (auto saved = store.upsertPacker(packer, packer.isLead ? kLeadPin : QString()); !saved)
            return saved;
    }
    return {};
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
    if (auto lead = service.login(kLeadBadge, kLeadPin); !lead)
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
    if (auto added = addDemoPackers(*store); !added)
        return context.fail(added.error());

    // The demo orders ship inside the binary; the importer reads files, so hand it a copy.
    QTemporaryDir tmp;
    const QString ordersPath = tmp.path() + QStringLiteral("/demo-orders.json");
    if (!QFile::copy(QStringLiteral(":/packdesk/demo/orders.json"), ordersPath))
        return context.fail({QStringLiteral("demo_data_missing"), QStringLiteral("demo orders are not built in")});
    OrderImporter importer(*store);
    const ImportReport report = importer.importFile(ordersPath, ImportOptions{});
    out << QStringLiteral("imported demo orders: %1\n\n").arg(report.summary());
    if (!report.written)
        return context.fail({QStringLiteral("demo_import_failed"), report.problems.empty() ? report.summary() : report.problems.front().toString()});

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
    DemoDevices devices;
    if (auto started = devices.start(); !started)
        return context.fail(started.error());
    out << QStringLiteral("simulated scale on 127.0.0.1:%1, light tower on 127.0.0.1:%2\n\n")
               .arg(devices.scaleProfile.endpoint.port)
               .arg(devices.towerProfile.endpoint.port);
    int index = 0;
    int packed = 0;
    for (const Order& order : orders.value()) {
        auto settings = store->shopSettings(order.shop);
        if (!settings)
            return context.fail(settings.error());
        const QString badge = packers.at(index % packers.size());
        auto script =
            PackScript::parse(demoPackScript(order, settings.value(), index, badge, kLeadBadge, kLeadPin, true));
        if (!script)
            return context.fail(script.error());
        out << QStringLiteral("--- order %1 (%2 items) by %3\n").arg(order.reference()).arg(order.totalItems()).arg(badge);
        PackScriptRunner runner(service, clock, out);
        runner.setDevices(devices.forScripts());
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
