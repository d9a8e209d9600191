#include "stationscreenshots.h"

#include "checklistmodel.h"
#include "demobackend.h"
#include "languagecontroller.h"
#include "leadstatscontroller.h"
#include "scaleview.h"
#include "stationcontroller.h"
#include "store/sqliteorderstore.h"
#include "textoverflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QMetaEnum>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSet>
#include <QTextStream>

#include <cmath>

namespace packdesk::app {

namespace {
using Screen = StationController::Screen;

class FailFirstPrinter final : public DocumentPrinter
{
public:
    explicit FailFirstPrinter(std::unique_ptr<DocumentPrinter> printer) : m_printer(std::move(printer)) {}

    Result<void> print(const Order& order, const QStringList& documents) override
    {
        if (!m_failed.contains(order.reference())) {
            m_failed.insert(order.reference());
            return Error{QStringLiteral("media-empty"), QStringLiteral("the printer is out of labels")};
        }
        if (!m_printer)
            return Error{QStringLiteral("printer_unavailable"), QStringLiteral("the document printer did not open")};
        return m_printer->print(order, documents);
    }
    Result<void> reprint(const Order& order, const QStringList& documents, const QString& byBadge) override
    {
        if (!m_printer)
            return Error{QStringLiteral("printer_unavailable"), QStringLiteral("the document printer did not open")};
        return m_printer->reprint(order, documents, byBadge);
    }

private:
    std::unique_ptr<DocumentPrinter> m_printer;
    QSet<QString> m_failed;
};

QString screenName(int screen)
{
    return QString::fromLatin1(QMetaEnum::fromType<Screen>().valueToKey(screen));
}

// A command that does not finish in this time is a hang, not a slow disk.
constexpr int kCommandTimeoutMs = 15'000;
// Long enough for the feedback flash and screen transitions to end, so a
// screenshot shows the screen at rest.
constexpr int kSettleMs = 400;

/// The lead view's controller as the QML sees it (stationapp.cpp registers
/// it); null when this engine has none.
LeadStatsController* leadStatsOf(QQuickWindow& window)
{
    QQmlEngine* engine = qmlEngine(&window);
    const int type = qmlTypeId("Packdesk.Backend", 1, 0, "LeadStats");
    return engine && type >= 0 ? engine->singletonInstance<LeadStatsController*>(type) : nullptr;
}
} // namespace

std::function<std::unique_ptr<DocumentPrinter>()> screenshotPrinterFactory(const StationPrintingOptions& options)
{
    return [options] {
        auto printer = openStationPrinter(options);
        return std::unique_ptr<DocumentPrinter>(
            std::make_unique<FailFirstPrinter>(printer ? std::move(printer).value() : nullptr));
    };
}

ScreenshotTour::ScreenshotTour(QQuickWindow& window, StationController& station, ScaleView& scale,
                               LanguageController& language, QString databasePath)
    : m_window(window), m_station(station), m_scale(scale), m_language(language),
      m_databasePath(std::move(databasePath))
{
}

QStringList ScreenshotTour::screens()
{
    return {QStringLiteral("login"),   QStringLiteral("scan-order"), QStringLiteral("verify"),
            QStringLiteral("weigh"),   QStringLiteral("quality"),    QStringLiteral("printing"),
            QStringLiteral("done"),    QStringLiteral("override-dialog"), QStringLiteral("wrong-item-message"),
            QStringLiteral("lead-pin"), QStringLiteral("lead-stats")};
}

int ScreenshotTour::run(const QString& directory, const QStringList& languages)
{
    QTextStream err(stderr);
    m_directory = directory;
    if (!QDir().mkpath(directory)) {
        err << QStringLiteral("screenshot: cannot create %1\n").arg(directory);
        return 1;
    }
    {
        // A connection of its own, only to read the orders to scan.
        auto store = store::SqliteOrderStore::open(m_databasePath);
        if (!store) {
            err << QStringLiteral("screenshot: %1\n").arg(store.error().message);
            return 1;
        }
        auto orders = store.value()->listOrders(OrderStatus::Ready, 1000, 0);
        if (!orders) {
            err << QStringLiteral("screenshot: %1\n").arg(orders.error().message);
            return 1;
        }
        m_orders = orders.value();
    }
    if (m_orders.size() < std::size_t(languages.size()) + 1) {
        err << QStringLiteral("screenshot: %1 demo orders for %2 languages\n").arg(m_orders.size()).arg(languages.size());
        return 1;
    }
    command([] {}); // start()'s resume
    for (int i = 0; i < languages.size(); ++i) {
        if (!tourOneLanguage(languages.at(i).trimmed(), i))
            ++m_failures;
    }
    QTextStream(stdout) << QStringLiteral("screenshots: %1 written to %2, %3 overflowing text(s), %4 failure(s)\n")
                               .arg(m_written)
                               .arg(directory)
                               .arg(m_overflows)
                               .arg(m_failures);
    return m_overflows == 0 && m_failures == 0 ? 0 : 1;
}

bool ScreenshotTour::tourOneLanguage(const QString& language, int orderIndex)
{
    const Order& order = m_orders.at(orderIndex);
    // A wrong item: a product of another order.
    QString wrongItem;
    for (const Order& other : m_orders) {
        for (const OrderLine& line : other.lines) {
            bool onThisOrder = false;
            for (const OrderLine& own : order.lines)
                onThisOrder = onThisOrder || own.barcodes.contains(line.barcodes.value(0));
            if (wrongItem.isEmpty() && !onThisOrder && !line.barcodes.isEmpty())
                wrongItem = line.barcodes.first();
        }
    }

    m_language.setLanguage(language);
    if (m_language.language() != language)
        QTextStream(stderr) << QStringLiteral("screenshot: no language '%1'; showing English\n").arg(language);
    if (m_station.screen() != Screen::Login)
        command([this] { m_station.logout(); });
    if (!expect(int(Screen::Login), language, QStringLiteral("logout")))
        return false;
    shoot(QStringLiteral("login"), language);

    command([this] { m_station.submitScan(QStringLiteral("P01")); });
    if (!expect(int(Screen::ScanOrder), language, QStringLiteral("badge P01")))
        return false;
    shoot(QStringLiteral("scan-order"), language);

    command([this, &order] { m_station.submitScan(order.number); });
    if (!expect(int(Screen::Verify), language, QStringLiteral("order ") + order.number))
        return false;
    shoot(QStringLiteral("verify"), language);

    command([this, &wrongItem] { m_station.submitScan(wrongItem); });
    shoot(QStringLiteral("wrong-item-message"), language);
    command([this] { m_station.dismissMessage(); });

    command([this] { m_station.openOverrideDialog(); });
    shoot(QStringLiteral("override-dialog"), language);
    command([this] { m_station.closeOverrideDialog(); });

    for (const OrderLine& line : order.lines) {
        for (int n = 0; n < line.quantity && !line.barcodes.isEmpty(); ++n)
            command([this, &line] { m_station.submitScan(line.barcodes.first()); });
    }
    if (m_station.screen() == Screen::Weigh && m_station.chosenBox().isEmpty() && !m_station.boxCodes().isEmpty())
        command([this] { m_station.chooseBox(m_station.boxCodes().constFirst()); });
    if (!expect(int(Screen::Weigh), language, QStringLiteral("all items scanned")))
        return false;
    waitForScale(m_station.expectedGrams());
    shoot(QStringLiteral("weigh"), language);

    const QVariant grams = m_scale.stableGrams().isValid() ? m_scale.stableGrams() : QVariant(m_station.expectedGrams());
    command([this, grams] { m_station.recordWeight(grams); });
    if (!expect(int(Screen::Quality), language, QStringLiteral("weight recorded")))
        return false;
    shoot(QStringLiteral("quality"), language);

    if (auto* checklist = qobject_cast<ChecklistModel*>(m_station.checklist())) {
        for (int row = 0; row < checklist->rowCount(); ++row)
            checklist->answerOk(row);
    }
    command([this] { m_station.submitQuality(); });
    if (!expect(int(Screen::Printing), language, QStringLiteral("quality recorded")))
        return false;
    shoot(QStringLiteral("printing"), language);

    command([this] { m_station.retryPrint(); });
    if (m_station.screen() == Screen::Printing)
        command([this] { m_station.complete(); });
    if (!expect(int(Screen::Done), language, QStringLiteral("printed")))
        return false;
    shoot(QStringLiteral("done"), language);
    command([this] { m_station.logout(); });

    // The lead view, from the login screen: the PIN prompt, then today's
    // figures (this language's packed order included).
    if (LeadStatsController* lead = leadStatsOf(m_window)) {
        lead->openDialog();
        lead->submitBadge(demoLeadBadge());
        shoot(QStringLiteral("lead-pin"), language);
        lead->unlock(demoLeadBadge(), demoLeadPin());
        QElapsedTimer clock;
        clock.start();
        while (lead->busy() && clock.elapsed() < kCommandTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        const bool unlocked = lead->unlocked() && lead->messageCode().isEmpty();
        if (unlocked)
            shoot(QStringLiteral("lead-stats"), language);
        lead->lock();
        if (!unlocked) {
            QTextStream(stderr) << QStringLiteral("screenshot: %1: the lead view did not open (%2)\n")
                                       .arg(language, lead->messageCode());
            return false;
        }
    }
    return true;
}

void ScreenshotTour::command(const std::function<void()>& call)
{
    int finished = 0;
    const auto connection =
        QObject::connect(&m_station, &StationController::commandFinished, &m_station, [&finished] { ++finished; });
    call();
    // Calls that only change what the UI shows (a dialog) queue nothing.
    const bool queued = m_station.busy();
    QElapsedTimer clock;
    clock.start();
    while (((queued && finished == 0) || m_station.busy()) && clock.elapsed() < kCommandTimeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    QObject::disconnect(connection);
    if (clock.elapsed() >= kCommandTimeoutMs)
        QTextStream(stderr) << "screenshot: a command did not finish in time\n";
    QCoreApplication::processEvents();
}

bool ScreenshotTour::expect(int screen, const QString& language, const QString& step)
{
    if (int(m_station.screen()) == screen)
        return true;
    QTextStream(stderr) << QStringLiteral("screenshot: %1: after %2 the screen is %3, not %4 (message: %5 %6)\n")
                               .arg(language, step, screenName(int(m_station.screen())), screenName(screen),
                                    m_station.messageCode(), m_station.messageDetail());
    return false;
}

void ScreenshotTour::shoot(const QString& screen, const QString& language)
{
    pause(kSettleMs);
    const QImage image = m_window.grabWindow();
    const QString path = QStringLiteral("%1/%2-%3.png").arg(m_directory, screen, language);
    if (image.isNull() || !image.save(path)) {
        QTextStream(stderr) << QStringLiteral("screenshot: cannot write %1\n").arg(path);
        ++m_failures;
    } else {
        ++m_written;
    }
    QTextStream out(stdout);
    for (const TextOverflow& overflow : findTextOverflows(m_window.contentItem())) {
        out << QStringLiteral("overflow: %1 %2 %3\n").arg(screen, language, overflow.name);
        ++m_overflows;
    }
}

void ScreenshotTour::waitForScale(int grams)
{
    // The simulated scale ramps to the parcel's weight and settles.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        const QVariant stable = m_scale.stableGrams();
        if (stable.isValid() && std::abs(stable.toDouble() - grams) < 5)
            return;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    QTextStream(stderr) << QStringLiteral("screenshot: the scale did not settle at %1 g (status %2, %3 g, %4)\n")
                               .arg(grams)
                               .arg(m_scale.status(), m_scale.grams().toString(),
                                    m_scale.stable() ? QStringLiteral("stable") : QStringLiteral("moving"));
}

void ScreenshotTour::pause(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

} // namespace packdesk::app
