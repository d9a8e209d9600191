// Qt Quick Test main for the station's screens: every test file gets its own
// QML engine, and with it a fresh real backend (StationController on a new
// SQLite file seeded with the demo packers and orders, ScaleView,
// LanguageController, FeedbackController), registered as the Packdesk.Backend
// singletons the screens import. Only the printer and the scale are fakes:
// the printer always succeeds, and the scale is whatever TestScale says.

#include "app/demobackend.h"
#include "app/feedbackcontroller.h"
#include "app/languagecontroller.h"
#include "app/leadstatscontroller.h"
#include "app/scaleview.h"
#include "app/stationcontroller.h"
#include "core/clock.h"
#include "core/documentprinter.h"
#include "stats/statsqueries.h"
#include "store/sqliteorderstore.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Packdesk_StationPlugin)

namespace {

using namespace packdesk;
using app::StationController;

/// Prints nothing, successfully.
class FakePrinter final : public DocumentPrinter
{
public:
    Result<void> print(const Order&, const QStringList&) override { return {}; }
    Result<void> reprint(const Order&, const QStringList&, const QString&) override { return {}; }
};

/// The test's hands on the station (import Packdesk.Testing): what the scale
/// shows, and a way back to the login screen between test functions.
class TestScale : public QObject
{
    Q_OBJECT
public:
    TestScale(StationController* station, app::ScaleView* scale, QObject* parent)
        : QObject(parent), m_station(station), m_scale(scale)
    {
    }

    Q_INVOKABLE void setWeight(double grams, bool stable)
    {
        devices::ScaleStatus status;
        status.status = ScaleReading::Status::Ok;
        status.grams = grams;
        status.stable = stable;
        m_scale->update(status);
    }

    Q_INVOKABLE void setOffline()
    {
        devices::ScaleStatus status;
        status.status = ScaleReading::Status::Offline;
        status.detail = QStringLiteral("connection refused");
        status.consecutiveFailures = 3;
        m_scale->update(status);
    }

    /// Gives back any open order and logs out; the commands run in order on
    /// the worker, so the test waits for Station.busy to fall.
    Q_INVOKABLE void resetStation()
    {
        m_station->closeOverrideDialog();
        using Screen = StationController::Screen;
        switch (m_station->screen()) {
        case Screen::Verify:
        case Screen::Weigh:
        case Screen::Quality:
        case Screen::Printing:
            m_station->cancelOrder();
            break;
        case Screen::Done:
            m_station->nextOrder();
            break;
        case Screen::Login:
        case Screen::ScanOrder:
            break;
        }
        m_station->logout();
        m_station->dismissMessage();
        setWeight(0, true);
    }

private:
    StationController* m_station;
    app::ScaleView* m_scale;
};

/// One engine's backend; a child of the engine, so it goes with it.
class TestBackend : public QObject
{
    Q_OBJECT
public:
    explicit TestBackend(QQmlEngine* engine) : QObject(engine)
    {
        const QString path = m_dir.filePath(QStringLiteral("station.sqlite"));
        if (auto seeded = app::seedDemoDatabase(path); !seeded)
            qFatal("cannot seed the test database: %s", qPrintable(seeded.error().message));

        StationController::Backend backend;
        backend.openStore = [path]() -> std::unique_ptr<OrderStore> {
            auto store = store::SqliteOrderStore::open(path);
            if (!store)
                return nullptr;
            return std::move(store.value());
        };
        backend.openPrinter = [] { return std::make_unique<FakePrinter>(); };
        backend.clock = std::make_shared<SystemClock>();
        backend.station = QStringLiteral("T1");

        app::LeadStatsController::Backend lead;
        lead.openStore = backend.openStore;
        lead.openStats = [path] { return stats::StatsQueries::open(path); };
        lead.clock = backend.clock;
        lead.station = backend.station;
        leadStats = std::make_unique<app::LeadStatsController>(std::move(lead));

        station = std::make_unique<StationController>(std::move(backend));
        scale = std::make_unique<app::ScaleView>();
        language = std::make_unique<app::LanguageController>();
        language->setEngine(engine);
        feedback = std::make_unique<app::FeedbackController>();
        feedback->attach(station.get());
        testScale = new TestScale(station.get(), scale.get(), this);
        testScale->setWeight(0, true);
        station->start();
    }
    ~TestBackend() override
    {
        // Before the station it listens to.
        feedback.reset();
    }

    // Destroyed in reverse: the station (and its worker thread) last.
    std::unique_ptr<StationController> station;
    std::unique_ptr<app::ScaleView> scale;
    std::unique_ptr<app::LanguageController> language;
    std::unique_ptr<app::FeedbackController> feedback;
    std::unique_ptr<app::LeadStatsController> leadStats;
    TestScale* testScale = nullptr;

private:
    QTemporaryDir m_dir;
};

TestBackend* backendOf(QQmlEngine* engine)
{
    return engine->findChild<TestBackend*>(QString(), Qt::FindDirectChildrenOnly);
}

/// Hands QML the engine's own instance; the backend, not QML, owns it.
template<typename T>
void registerSingleton(const char* uri, const char* name, QObject* (*pick)(TestBackend*))
{
    qmlRegisterSingletonType<T>(uri, 1, 0, name, [pick](QQmlEngine* engine, QJSEngine*) {
        QObject* object = pick(backendOf(engine));
        QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
        return object;
    });
}

} // namespace

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral(PACKDESK_QML_IMPORT_DIR));
        new TestBackend(engine);
        // Types are registered once per process; each engine's callback
        // then picks that engine's backend.
        static const bool registered = [] {
            registerSingleton<StationController>("Packdesk.Backend", "Station", [](TestBackend* b) -> QObject* { return b->station.get(); });
            registerSingleton<app::FeedbackController>("Packdesk.Backend", "Feedback", [](TestBackend* b) -> QObject* { return b->feedback.get(); });
            registerSingleton<app::ScaleView>("Packdesk.Backend", "Scale", [](TestBackend* b) -> QObject* { return b->scale.get(); });
            registerSingleton<app::LanguageController>("Packdesk.Backend", "Language", [](TestBackend* b) -> QObject* { return b->language.get(); });
            registerSingleton<app::LeadStatsController>("Packdesk.Backend", "LeadStats", [](TestBackend* b) -> QObject* { return b->leadStats.get(); });
            registerSingleton<TestScale>("Packdesk.Testing", "TestScale", [](TestBackend* b) -> QObject* { return b->testScale; });
            return true;
        }();
        Q_UNUSED(registered);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(packdesk_qml, Setup)

#include "qmltestsetup.moc"
