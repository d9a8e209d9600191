#include "commands.h"
#include "core/packingservice.h"
#include "demoscript.h"
#include "intake/orderimporter.h"
#include "packscriptrunner.h"
#include "store/sqliteorderstore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk demo [--fresh] [--db PATH] [--station ID]\n"
    "Creates demo packers, imports the demo orders and packs every order that is\n"
    "not packed yet through the real store, printing each step, then the stats.\n"
    "--fresh starts from an empty database (the file at --db is replaced).");

const QString kLeadBadge = QStringLiteral("L01");
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
    int index = 0;
    int packed = 0;
    for (const Order& order : orders.value()) {
        auto settings = store->shopSettings(order.shop);
        if (!settings)
            return context.fail(settings.error());
        const QString badge = packers.at(index % packers.size());
        auto script = PackScript::parse(demoPackScript(order, settings.value(), index, badge, kLeadBadge, kLeadPin));
        if (!script)
            return context.fail(script.error());
        out << QStringLiteral("--- order %1 (%2 items) by %3\n").arg(order.reference()).arg(order.totalItems()).arg(badge);
        PackScriptRunner runner(service, clock, out);
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
