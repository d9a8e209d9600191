#include "demobackend.h"

#include "intake/orderimporter.h"
#include "store/sqliteorderstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>

namespace packdesk::app {

QString demoLeadBadge()
{
    return QStringLiteral("L01");
}

QString demoLeadPin()
{
    return QStringLiteral("2468");
}

Result<void> addDemoPackers(store::SqliteOrderStore& store)
{
    const Packer packers[] = {
        {QStringLiteral("P01"), QStringLiteral("Ingrid Bakke"), QStringLiteral("nb"), false},
        {QStringLiteral("P02"), QStringLiteral("Sanne de Vries"), QStringLiteral("nl"), false},
        {QStringLiteral("P03"), QStringLiteral("Jürgen Weiß"), QStringLiteral("de"), false},
        {demoLeadBadge(), QStringLiteral("Zoë Martin"), QStringLiteral("fr"), true},
    };
    for (const auto& packer : packers) {
        if (auto saved = store.upsertPacker(packer, packer.isLead ? demoLeadPin() : QString()); !saved)
            return saved;
    }
    return {};
}

Result<QString> importDemoOrders(store::SqliteOrderStore& store)
{
    // The demo orders ship inside the binary; the importer reads files
    // (and picks the format by extension), so hand it a copy.
    QTemporaryDir tmp;
    const QString ordersPath = tmp.path() + QStringLiteral("/demo-orders.json");
    if (!tmp.isValid() || !QFile::copy(QStringLiteral(":/packdesk/demo/orders.json"), ordersPath))
        return Error{QStringLiteral("demo_data_missing"), QStringLiteral("demo orders are not built in")};
    OrderImporter importer(store);
    const ImportReport report = importer.importFile(ordersPath, ImportOptions{});
    if (!report.written)
        return Error{QStringLiteral("demo_import_failed"),
                     report.problems.empty() ? report.summary() : report.problems.front().toString()};
    return report.summary();
}

Result<void> seedDemoDatabase(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = store::SqliteOrderStore::open(path);
    if (!store)
        return store.error();
    if (auto added = addDemoPackers(*store.value()); !added)
        return added;
    if (auto imported = importDemoOrders(*store.value()); !imported)
        return imported.error();
    return {};
}

Result<void> DemoDevices::start()
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

void DemoDevices::placeOnScale(double grams, int rampMs)
{
    indicator->setWeight(grams, rampMs);
    // Until the indicator's next update the old weight still reads as
    // stable: wait for it to notice the parcel.
    for (int waited = 0; waited < 500 && indicator->stable() && std::abs(indicator->displayedGrams() - grams) > 1;
         waited += 5)
        QThread::msleep(5);
}

} // namespace packdesk::app
