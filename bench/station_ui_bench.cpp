// The station UI's performance targets, measured on the real QML and the
// real controller (run offscreen: QT_QPA_PLATFORM=offscreen, and
// QT_QUICK_BACKEND=software where there is no GPU):
//  - a scan to the frame that shows its result, 1,000,000 orders in the
//    database: p99 < 16 ms (one frame at 60 Hz);
//  - cold start of `packdesk station` to a rendered login screen: < 1.5 s;
//  - resident memory after packing 500 orders: < 200 MB, not growing with
//    the count.
#include "app/checklistmodel.h"
#include "app/feedbackcontroller.h"
#include "app/languagecontroller.h"
#include "app/leadstatscontroller.h"
#include "app/scaleview.h"
#include "app/stationcontroller.h"
#include "app/stationprinter.h"
#include "benchdata.h"
#include "core/clock.h"
#include "latencies.h"
#include "ordergenerator.h"
#include "store/sqliteorderstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

Q_IMPORT_QML_PLUGIN(Packdesk_StationPlugin)

using namespace packdesk;
using namespace packdesk::bench;
using Screen = app::StationController::Screen;

namespace {

constexpr int kMillion = 1'000'000;

/// The station as `packdesk station` builds it (app/stationapp.cpp), on a
/// given database, without a scale or tower: weights are recorded as the
/// expected weight, as a lead's manual weight would be.
struct Station
{
    Station(const QString& databasePath, const QString& printDirectory)
        : controller(makeBackend(databasePath, printDirectory)), leadStats(makeLeadBackend(databasePath))
    {
        current() = this;
        feedback.attach(&controller);
        scale.attach(nullptr);
        language.setEngine(&engine);
        engine.load(QUrl(QStringLiteral("qrc:/Packdesk/Station/Main.qml")));
        window = engine.rootObjects().isEmpty() ? nullptr
                                                : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        controller.start();
        run([] {});
    }

    static app::LeadStatsController::Backend makeLeadBackend(const QString& databasePath)
    {
        app::LeadStatsController::Backend backend;
        backend.openStore = [databasePath]() -> std::unique_ptr<OrderStore> {
            auto opened = store::SqliteOrderStore::open(databasePath);
            return opened ? std::move(opened).value() : nullptr;
        };
        backend.openStats = [databasePath] { return stats::StatsQueries::open(databasePath); };
        backend.clock = std::make_shared<SystemClock>();
        backend.station = QStringLiteral("bench-ui");
        return backend;
    }

    static app::StationController::Backend makeBackend(const QString& databasePath, const QString& printDirectory)
    {
        app::StationController::Backend backend;
        backend.openStore = [databasePath]() -> std::unique_ptr<OrderStore> {
            auto opened = store::SqliteOrderStore::open(databasePath);
            if (!opened)
                return nullptr;
            return std::move(opened).value();
        };
        // The station's real printing: card and label PDFs into a folder.
        backend.openPrinter = [databasePath, printDirectory] {
            app::StationPrintingOptions printing;
            printing.databasePath = databasePath;
            printing.station = QStringLiteral("bench-ui");
            printing.printDirectory = printDirectory;
            auto printer = app::openStationPrinter(printing);
            return printer ? std::move(printer).value() : std::unique_ptr<DocumentPrinter>();
        };
        backend.clock = std::make_shared<SystemClock>();
        backend.station = QStringLiteral("bench-ui");
        return backend;
    }

    /// The singletons are registered once per process; each Station makes
    /// them point at itself before its QML loads.
    static Station*& current()
    {
        static Station* station = nullptr;
        return station;
    }
    template<typename T>
    static T* keep(T* object)
    {
        QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
        return object;
    }
    static void registerSingletons()
    {
        qmlRegisterSingletonType<app::StationController>(
            "Packdesk.Backend", 1, 0, "Station", [](QQmlEngine*, QJSEngine*) -> QObject* { return keep(&current()->controller); });
        qmlRegisterSingletonType<app::FeedbackController>(
            "Packdesk.Backend", 1, 0, "Feedback", [](QQmlEngine*, QJSEngine*) -> QObject* { return keep(&current()->feedback); });
        qmlRegisterSingletonType<app::ScaleView>(
            "Packdesk.Backend", 1, 0, "Scale", [](QQmlEngine*, QJSEngine*) -> QObject* { return keep(&current()->scale); });
        qmlRegisterSingletonType<app::LanguageController>(
            "Packdesk.Backend", 1, 0, "Language", [](QQmlEngine*, QJSEngine*) -> QObject* { return keep(&current()->language); });
        qmlRegisterSingletonType<app::LeadStatsController>(
            "Packdesk.Backend", 1, 0, "LeadStats", [](QQmlEngine*, QJSEngine*) -> QObject* { return keep(&current()->leadStats); });
    }

    /// Runs a controller call and waits until its command finished.
    void run(const std::function<void()>& call)
    {
        bool finished = false;
        const auto connection = QObject::connect(&controller, &app::StationController::commandFinished, &controller,
                                                 [&finished] { finished = true; });
        call();
        const bool queued = controller.busy();
        QElapsedTimer clock;
        clock.start();
        while (((queued && !finished) || controller.busy()) && clock.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        QObject::disconnect(connection);
    }

    /// Packs one order, from the scan-order screen back to it.
    bool packOrder(const Order& order)
    {
        run([&] { controller.submitScan(order.number); });
        if (controller.screen() != Screen::Verify)
            return false;
        for (const OrderLine& line : order.lines) {
            for (int n = 0; n < line.quantity; ++n)
                run([&] { controller.submitScan(line.barcodes.first()); });
        }
        if (controller.chosenBox().isEmpty() && !controller.boxCodes().isEmpty())
            run([&] { controller.chooseBox(controller.boxCodes().constFirst()); });
        run([&] { controller.recordWeight(QVariant(controller.expectedGrams())); });
        if (controller.screen() != Screen::Quality)
            return false;
        auto* checklist = qobject_cast<app::ChecklistModel*>(controller.checklist());
        for (int row = 0; checklist && row < checklist->rowCount(); ++row)
            checklist->answerOk(row);
        run([&] { controller.submitQuality(); });
        if (controller.screen() == Screen::Printing)
            run([&] { controller.complete(); });
        if (controller.screen() != Screen::Done)
            return false;
        run([&] { controller.nextOrder(); });
        return controller.screen() == Screen::ScanOrder;
    }

    app::StationController controller;
    app::FeedbackController feedback;
    app::ScaleView scale;
    app::LanguageController language;
    app::LeadStatsController leadStats;
    QQmlApplicationEngine engine; // after the singletons: destroyed first
    QQuickWindow* window = nullptr;
};

bool addPacker(const QString& databasePath)
{
    auto store = store::SqliteOrderStore::open(databasePath);
    return store && store.value()
                        ->upsertPacker(Packer{QStringLiteral("P01"), QStringLiteral("Ingrid Bakke"), QStringLiteral("en"),
                                              false})
                        .ok();
}

/// The items to scan for an order, one entry per unit.
std::vector<QString> itemsOf(const Order& order)
{
    std::vector<QString> items;
    for (const OrderLine& line : order.lines)
        for (int n = 0; n < line.quantity; ++n)
            items.push_back(line.barcodes.first());
    return items;
}

void scanToFrame(benchmark::State& state)
{
    QTemporaryDir dir(benchDataDir() + QStringLiteral("/ui-XXXXXX"));
    const QString db = freshCopyOfOrderDatabase(kMillion, dir.path());
    if (db.isEmpty() || !addPacker(db)) {
        state.SkipWithError("cannot build the 1,000,000-order database");
        return;
    }
    Station station(db, dir.filePath(QStringLiteral("printed")));
    if (!station.window) {
        state.SkipWithError("the station's QML did not load");
        return;
    }
    station.run([&] { station.controller.submitScan(QStringLiteral("P01")); });
    // Read here on a connection of its own, so the next order's items are known.
    auto lookup = store::SqliteOrderStore::open(db);
    if (!lookup) {
        state.SkipWithError("cannot read the orders");
        return;
    }
    // A product no generated order has (they use product numbers below 50,000).
    const QString wrongItem = ean13For(900'000);
    qint64 sequence = 500'000; // mid-table: no cache advantage from the first rows
    std::vector<QString> items;
    std::size_t nextItem = 0;
    bool wrongNext = false;

    Latencies latencies;
    Latencies toResult; // submitScan to commandFinished: the worker's share
    for (auto _ : state) {
        // The order's scan on the scan-order screen, then a wrong item and
        // the order's items in turn; once it is complete (weighing) it is
        // cancelled, unmeasured, and the next order's scan comes next.
        QString code;
        if (station.controller.screen() == Screen::ScanOrder) {
            state.PauseTiming();
            auto found = lookup.value()->findOrderByNumber(OrderGenerator::numberFor(++sequence));
            state.ResumeTiming();
            if (!found || !found.value()) {
                state.SkipWithError("cannot read the next order");
                return;
            }
            items = itemsOf(*found.value());
            nextItem = 0;
            code = found.value()->number;
        } else if (wrongNext || nextItem >= items.size()) {
            code = wrongItem;
            wrongNext = false;
        } else {
            code = items[nextItem++];
            wrongNext = true;
        }

        bool finished = false;
        QEventLoop loop;
        Latencies::Clock::time_point start;
        const auto onFinished =
            QObject::connect(&station.controller, &app::StationController::commandFinished, &loop, [&] {
                toResult.add(Latencies::Clock::now() - start);
                finished = true;
                station.window->update(); // a frame even if nothing visible changed
            });
        const auto onFrame = QObject::connect(station.window, &QQuickWindow::frameSwapped, &loop, [&] {
            if (finished)
                loop.quit();
        });
        start = Latencies::Clock::now();
        station.controller.submitScan(code);
        loop.exec();
        latencies.add(Latencies::Clock::now() - start);
        QObject::disconnect(onFinished);
        QObject::disconnect(onFrame);

        state.PauseTiming();
        if (station.controller.screen() == Screen::Weigh) {
            station.run([&] { station.controller.cancelOrder(); });
            station.run([&] { station.controller.nextOrder(); });
        } else if (station.controller.messageKind() == app::StationController::MessageKind::Error) {
            station.run([&] { station.controller.dismissMessage(); });
        }
        state.ResumeTiming();
    }
    latencies.report(state);
    state.counters["result_p50_us"] = toResult.percentile(50);
    state.counters["result_p99_us"] = toResult.percentile(99);
}
BENCHMARK(scanToFrame)->Unit(benchmark::kMicrosecond)->Iterations(1000)->UseRealTime();

void coldStart(benchmark::State& state)
{
    QTemporaryDir dir;
    const QStringList arguments = {QStringLiteral("station"),
                                   QStringLiteral("--demo"),
                                   QStringLiteral("--db"),
                                   dir.filePath(QStringLiteral("station.sqlite")),
                                   QStringLiteral("--print-dir"),
                                   dir.filePath(QStringLiteral("printed")),
                                   QStringLiteral("--exit-when-ready")};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    auto launch = [&] {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(PACKDESK_BINARY), arguments);
        return process.waitForFinished(30'000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    };
    // The first start creates the demo database; a station starts on an existing one.
    if (!launch()) {
        state.SkipWithError("packdesk station --exit-when-ready failed");
        return;
    }
    Latencies latencies;
    for (auto _ : state) {
        const auto start = Latencies::Clock::now();
        if (!launch()) {
            state.SkipWithError("packdesk station --exit-when-ready failed");
            return;
        }
        latencies.add(Latencies::Clock::now() - start);
    }
    latencies.report(state);
}
BENCHMARK(coldStart)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

void memoryAfterOrders(benchmark::State& state)
{
    constexpr int kOrders = 500;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("orders.sqlite"));
    std::vector<Order> orders = OrderGenerator().batch(0, kOrders);
    {
        auto store = store::SqliteOrderStore::open(db);
        if (!store || !store.value()->upsertOrders(orders).ok()) {
            state.SkipWithError("cannot create the orders");
            return;
        }
    }
    if (!addPacker(db)) {
        state.SkipWithError("cannot add the packer");
        return;
    }
    for (auto _ : state) {
        Station station(db, dir.filePath(QStringLiteral("printed")));
        if (!station.window) {
            state.SkipWithError("the station's QML did not load");
            return;
        }
        station.run([&] { station.controller.submitScan(QStringLiteral("P01")); });
        state.counters["rss_start_MB"] = residentMegabytes();
        for (int packed = 1; packed <= kOrders; ++packed) {
            if (!station.packOrder(orders[std::size_t(packed - 1)])) {
                state.SkipWithError(qPrintable(QStringLiteral("order %1 stopped at screen %2 (%3)")
                                                   .arg(packed)
                                                   .arg(int(station.controller.screen()))
                                                   .arg(station.controller.messageCode())));
                return;
            }
            if (packed == 100 || packed == 250 || packed == 500)
                state.counters["rss_" + std::to_string(packed) + "_MB"] = residentMegabytes();
        }
    }
}
BENCHMARK(memoryAfterOrders)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Station::registerSingletons();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
