#include "stationapp.h"

#include "core/clock.h"
#include "demobackend.h"
#include "devices/modbusscale.h"
#include "devices/modbustower.h"
#include "devices/scalemonitor.h"
#include "feedbackcontroller.h"
#include "languagecontroller.h"
#include "leadstatscontroller.h"
#include "printing/documentfont.h"
#include "scaleview.h"
#include "scanning/wedgekeyfilter.h"
#include "stats/statsqueries.h"
#include "stationcontroller.h"
#include "stationprinter.h"
#include "stationscreenshots.h"
#include "store/sqliteorderstore.h"
#include "sync/deliveryservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace packdesk::app {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk station [--demo] [--db PATH] [--station ID] [options]\n"
    "Starts the packing station's touchscreen UI.\n"
    "--demo adds the demo packers (badges P01, P02, P03; lead L01, PIN 2468) and\n"
    "orders to a separate demo database, and simulates the scale and the light\n"
    "tower on loopback through the real Modbus protocol. On the weighing screen\n"
    "the simulated scale carries the parcel's expected weight.\n"
    "--screenshot DIR drives the station through every screen in each language on\n"
    "a throwaway demo database, writes DIR/<screen>-<lang>.png, checks that no text\n"
    "is cut off, and exits (1 if some text overflows).");

QString dataFolder()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/packdesk");
}

/// The CLI's database (cli/clicontext.cpp), or for the demo a file of its
/// own, so neither clobbers the other's orders.
QString defaultDatabasePath(bool demo)
{
    if (demo)
        return dataFolder() + QStringLiteral("/station-demo.sqlite");
    const QString fromEnv = qEnvironmentVariable("PACKDESK_DB");
    return fromEnv.isEmpty() ? dataFolder() + QStringLiteral("/packdesk.sqlite") : fromEnv;
}

QString defaultStationId()
{
    const QString fromEnv = qEnvironmentVariable("PACKDESK_STATION");
    return fromEnv.isEmpty() ? QSysInfo::machineHostName() : fromEnv;
}

int fail(const QString& what)
{
    QTextStream(stderr) << QStringLiteral("packdesk station: %1\n").arg(what);
    return 1;
}

/// Keeps a QML singleton out of the JS garbage collector: it belongs to runStation().
template<typename T>
T* singleton(T* object)
{
    QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
    return object;
}

/// The demo has no parcel to put on the plate: when the weighing screen
/// shows, the simulated scale gets the expected weight (ramped, so the
/// screen shows it settle), and the plate empties when the screen moves on.
void simulateParcels(StationController& station, DemoDevices& devices)
{
    auto placed = std::make_shared<int>(0);
    QObject::connect(&station, &StationController::changed, &station, [&station, &devices, placed] {
        const bool weighing = station.screen() == StationController::Screen::Weigh;
        const int grams = weighing ? station.expectedGrams() : 0;
        if (grams == *placed)
            return;
        *placed = grams;
        devices.indicator->setWeight(grams, grams > 0 ? 400 : 150);
    });
}

/// Exits once start() has finished and the screen it left has been drawn:
/// how long a cold start takes to become usable (bench/station_ui_bench.cpp).
void exitWhenReady(StationController& station, QQuickWindow& window)
{
    auto started = std::make_shared<bool>(false);
    auto markStarted = [started, &window] {
        *started = true;
        window.update();
    };
    if (station.busy())
        QObject::connect(&station, &StationController::commandFinished, &window, markStarted,
                         Qt::SingleShotConnection);
    else
        markStarted();
    QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [started] {
        if (*started)
            QCoreApplication::exit(0);
    });
    QTimer::singleShot(30'000, &window, [] {
        QTextStream(stderr) << "packdesk station: not ready after 30 s\n";
        QCoreApplication::exit(1);
    });
}
} // namespace

int parseStationCommand(const QStringList& arguments, StationOptions& options)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Demo packers and orders, simulated scale and tower.")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("SQLite database file (default: $PACKDESK_DB or ~/.local/share/packdesk/"
                                     "packdesk.sqlite; with --demo station-demo.sqlite there)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("station"), QStringLiteral("Station id (default: $PACKDESK_STATION or the host name)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("scale-profile"), QStringLiteral("The scale's device profile (JSON)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("tower-profile"), QStringLiteral("The light tower's device profile (JSON)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("print-dir"),
                      QStringLiteral("Folder the documents are printed to (default: ~/.local/share/packdesk/printed)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("printers"),
                      QStringLiteral("Printer map (JSON, docs/printing-cups.md): print through CUPS instead of "
                                     "into --print-dir."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("cups-server"), QStringLiteral("CUPS server (default: CUPS_SERVER or the local one)."),
                      QStringLiteral("host:port")});
    parser.addOption({QStringLiteral("templates"),
                      QStringLiteral("Shops' card and label templates, searched before the built-in ones (repeatable)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Start language: en, nl, de, nb or fr."),
                      QStringLiteral("lang")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Write a PNG of every screen into DIR, then exit."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("screenshot-languages"),
                      QStringLiteral("Languages for --screenshot, comma-separated (default: en,nl,de,nb,fr)."),
                      QStringLiteral("list")});
    QCommandLineOption exitWhenReadyOption(QStringLiteral("exit-when-ready"));
    exitWhenReadyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitWhenReadyOption);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});

    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QStringLiteral("packdesk station: %1\n\n%2\n").arg(parser.errorText(), kUsage);
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << kUsage << QStringLiteral("\n\n") << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QStringLiteral("packdesk station: unexpected argument '%1'\n")
                                   .arg(parser.positionalArguments().constFirst());
        return 2;
    }
    options = StationOptions{};
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.databasePath = parser.value(QStringLiteral("db"));
    options.station = parser.isSet(QStringLiteral("station")) ? parser.value(QStringLiteral("station")) : defaultStationId();
    options.scaleProfile = parser.value(QStringLiteral("scale-profile"));
    options.towerProfile = parser.value(QStringLiteral("tower-profile"));
    options.printDirectory = parser.value(QStringLiteral("print-dir"));
    options.printerMap = parser.value(QStringLiteral("printers"));
    options.cupsServer = parser.value(QStringLiteral("cups-server"));
    options.templateDirs = parser.values(QStringLiteral("templates"));
    options.language = parser.value(QStringLiteral("language"));
    options.screenshotDirectory = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("screenshot-languages")))
        options.screenshotLanguages =
            parser.value(QStringLiteral("screenshot-languages")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.exitWhenReady = parser.isSet(exitWhenReadyOption);
    if (options.station.trimmed().isEmpty()) {
        QTextStream(stderr) << "packdesk station: the station id is empty\n";
        return 2;
    }
    return -1;
}

int runStationCommand(QGuiApplication& app, const QStringList& arguments)
{
    StationOptions options;
    if (const int code = parseStationCommand(arguments, options); code >= 0)
        return code;
    return runStation(app, options);
}

int runStation(QGuiApplication& app, const StationOptions& requested)
{
    StationOptions options = requested;
    const bool screenshots = !options.screenshotDirectory.isEmpty();
    // Screenshots run on a throwaway demo database, so every run shows the
    // same orders and no real one is touched.
    QTemporaryDir scratch;
    if (screenshots) {
        if (!scratch.isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        options.demo = true;
        options.databasePath = scratch.filePath(QStringLiteral("screenshots.sqlite"));
        options.printDirectory = scratch.filePath(QStringLiteral("printed"));
    }
    if (options.databasePath.isEmpty())
        options.databasePath = defaultDatabasePath(options.demo);
    if (options.printDirectory.isEmpty())
        options.printDirectory = dataFolder() + QStringLiteral("/printed");
    QDir().mkpath(QFileInfo(options.databasePath).absolutePath());

    std::unique_ptr<DemoDevices> demo;
    if (options.demo) {
        if (auto seeded = seedDemoDatabase(options.databasePath); !seeded)
            return fail(seeded.error().message);
        demo = std::make_unique<DemoDevices>();
        if (auto started = demo->start(); !started)
            return fail(started.error().message);
    }

    std::optional<devices::ScaleProfile> scaleProfile;
    if (!options.scaleProfile.isEmpty()) {
        auto loaded = devices::ScaleProfile::fromFile(options.scaleProfile);
        if (!loaded)
            return fail(loaded.error().message);
        scaleProfile = loaded.value();
    } else if (demo) {
        scaleProfile = demo->scaleProfile;
    }
    std::optional<devices::TowerProfile> towerProfile;
    if (!options.towerProfile.isEmpty()) {
        auto loaded = devices::TowerProfile::fromFile(options.towerProfile);
        if (!loaded)
            return fail(loaded.error().message);
        towerProfile = loaded.value();
    } else if (demo) {
        towerProfile = demo->towerProfile;
    }

    StationController::Backend backend;
    const QString databasePath = options.databasePath;
    // Opened by the worker on its own thread: the connection belongs there.
    backend.openStore = [databasePath]() -> std::unique_ptr<OrderStore> {
        auto opened = store::SqliteOrderStore::open(databasePath);
        if (!opened) {
            QTextStream(stderr) << QStringLiteral("packdesk station: %1\n").arg(opened.error().message);
            return nullptr;
        }
        return std::move(opened).value();
    };
    StationPrintingOptions printing;
    printing.databasePath = databasePath;
    printing.station = options.station;
    printing.printDirectory = options.printDirectory;
    printing.printerMapPath = screenshots ? QString() : options.printerMap;
    printing.cupsServer = options.cupsServer;
    printing.templateDirs = options.templateDirs;
    // The font is loaded here, on the UI thread, before the worker renders.
    if (auto font = printing::documentFontFamily(); !font)
        QTextStream(stderr) << QStringLiteral("packdesk station: %1\n").arg(font.error().message);
    backend.openPrinter = screenshots ? screenshotPrinterFactory(printing)
                                      : std::function<std::unique_ptr<DocumentPrinter>()>([printing] {
                                            auto opened = openStationPrinter(printing);
                                            if (!opened) {
                                                QTextStream(stderr) << QStringLiteral("packdesk station: %1\n")
                                                                           .arg(opened.error().message);
                                                return std::unique_ptr<DocumentPrinter>();
                                            }
                                            return std::move(opened).value();
                                        });
    backend.clock = std::make_shared<SystemClock>();
    backend.station = options.station;

    // The lead view checks PINs and queries on a thread of its own, with its own connections.
    LeadStatsController::Backend leadBackend;
    leadBackend.openStore = backend.openStore;
    leadBackend.openStats = [databasePath] { return stats::StatsQueries::open(databasePath); };
    leadBackend.clock = backend.clock;
    leadBackend.station = options.station;

    // Offline-first: the station tells the shops itself, on the sender's own
    // thread. Woken after every command, so a packed order's webhook leaves
    // at once; packing never waits for it (a shop that is down just means
    // the outbox grows and is delivered later, after a restart too).
    // Declared before the controller, so it outlives the connection below.
    std::unique_ptr<sync::DeliveryService> webhooks;
    if (!screenshots) {
        auto started = sync::DeliveryService::start(options.databasePath);
        if (started)
            webhooks = std::move(started).value();
        else
            QTextStream(stderr) << QStringLiteral("packdesk station: webhooks are not sent: %1\n")
                                       .arg(started.error().message);
    }
    StationController station(std::move(backend));
    LeadStatsController leadStats(std::move(leadBackend));
    QObject::connect(&station, &StationController::changed, &leadStats,
                     [&station, &leadStats] { leadStats.packerChanged(station.packerName()); });
    if (webhooks)
        QObject::connect(&station, &StationController::changed, &station, [&webhooks] { webhooks->wake(); });
    ScaleView scaleView;
    std::unique_ptr<devices::ScaleMonitor> monitor;
    if (scaleProfile) {
        monitor = std::make_unique<devices::ScaleMonitor>(std::make_unique<devices::ModbusScale>(*scaleProfile),
                                                          *scaleProfile);
        monitor->start();
    }
    scaleView.attach(monitor.get());
    FeedbackController feedback;
    feedback.attach(&station);
    if (towerProfile)
        feedback.setTower(std::make_unique<devices::ModbusTower>(*towerProfile));
    LanguageController language;
    const QString startLanguage = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    language.setLanguage(startLanguage);
    if (demo && options.scaleProfile.isEmpty())
        simulateParcels(station, *demo);

    // Declared after the controllers so it is destroyed first: QML holds them.
    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    qmlRegisterSingletonInstance("Packdesk.Backend", 1, 0, "Station", singleton(&station));
    qmlRegisterSingletonInstance("Packdesk.Backend", 1, 0, "Feedback", singleton(&feedback));
    qmlRegisterSingletonInstance("Packdesk.Backend", 1, 0, "Scale", singleton(&scaleView));
    qmlRegisterSingletonInstance("Packdesk.Backend", 1, 0, "Language", singleton(&language));
    qmlRegisterSingletonInstance("Packdesk.Backend", 1, 0, "LeadStats", singleton(&leadStats));
    engine.load(QUrl(QStringLiteral("qrc:/Packdesk/Station/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return fail(QStringLiteral("the station's QML did not load (qrc:/Packdesk/Station/Main.qml)"));

    // Scans arrive as keystrokes: lifted out of the window's key events
    // wherever focus is, so a scan never lands in a text field.
    scanning::WedgeKeyFilter wedge;
    window->installEventFilter(&wedge);
    // While the lead view asks for a badge, the scan is the lead's, not a packer's login.
    QObject::connect(&wedge, &scanning::WedgeKeyFilter::scanned, &station, [&station, &leadStats](const QString& text) {
        if (leadStats.isOpen())
            leadStats.submitBadge(text);
        else
            station.submitScan(text);
    });

    // The screens speak the logged-in packer's language; logging out
    // returns to the station's. Screenshots choose their own.
    if (!screenshots) {
        auto shownLocale = std::make_shared<QString>();
        QObject::connect(&station, &StationController::changed, &language, [&station, &language, shownLocale, startLanguage] {
            const QString locale = station.packerLocale();
            if (locale == *shownLocale)
                return;
            *shownLocale = locale;
            language.setLanguage(locale.isEmpty() ? startLanguage : locale);
        });
    }

    station.start();
    if (screenshots) {
        ScreenshotTour tour{*window, station, scaleView, language, options.databasePath};
        const QStringList languages = options.screenshotLanguages.isEmpty() ? language.languages()
                                                                             : options.screenshotLanguages;
        return tour.run(options.screenshotDirectory, languages);
    }
    if (options.exitWhenReady)
        exitWhenReady(station, *window);
    return app.exec();
}

} // namespace packdesk::app
