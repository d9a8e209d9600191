#pragma once

#include "app/checklistmodel.h"
#include "app/orderlinesmodel.h"
#include "app/stationcontroller.h"
#include "core/clock.h"
#include "core/documentprinter.h"
#include "store/sqliteorderstore.h"
#include "support/sampleorders.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <ostream>

// Readable QString values in gtest failure messages.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace packdesk::app {
inline void PrintTo(StationController::Screen screen, std::ostream* os)
{
    static const char* const names[] = {"Login", "ScanOrder", "Verify", "Weigh", "Quality", "Printing", "Done"};
    *os << names[static_cast<int>(screen)];
}
} // namespace packdesk::app

namespace packdesk::apptesting {

using app::StationController;
using Screen = StationController::Screen;
using Feedback = StationController::Feedback;
using MessageKind = StationController::MessageKind;

/// Raw scanner text for the sample order (tests/support/sampleorders.h).
inline const QString kMugScan = QStringLiteral("]E04006381333931");        // EAN-13 with its AIM identifier
inline const QString kMugGs1Scan = QStringLiteral("]C10104006381333931");  // GS1-128, AI (01)
inline const QString kTeaScan = QStringLiteral("036000291452");            // UPC-A, no identifier
inline const QString kForeignGtinScan = QStringLiteral("]E05901234123457"); // a real product, not on the order
inline const QString kBadCheckDigitScan = QStringLiteral("]C10109501101530004");

/// What the fake printer does and saw; shared by the test and the worker thread.
struct PrinterScript
{
    std::mutex mutex;
    QString failWith; ///< an error code like "media-empty"; empty: prints
    int sleepMs = 0;
    int attempts = 0;
    std::vector<QStringList> printed; ///< documents of each successful print
    struct Reprint
    {
        QString order;
        QStringList documents;
        QString byBadge;
    };
    std::vector<Reprint> reprinted;
    QThread* lastThread = nullptr;

    void setFailure(const QString& code)
    {
        std::lock_guard lock(mutex);
        failWith = code;
    }
    void setSleep(int ms)
    {
        std::lock_guard lock(mutex);
        sleepMs = ms;
    }
};

class FakePrinter final : public DocumentPrinter
{
public:
    explicit FakePrinter(std::shared_ptr<PrinterScript> script) : m_script(std::move(script)) {}

    Result<void> print(const Order&, const QStringList& documents) override
    {
        int sleepMs = 0;
        QString failWith;
        {
            std::lock_guard lock(m_script->mutex);
            ++m_script->attempts;
            m_script->lastThread = QThread::currentThread();
            sleepMs = m_script->sleepMs;
            failWith = m_script->failWith;
        }
        if (sleepMs > 0)
            QThread::msleep(sleepMs);
        if (!failWith.isEmpty())
            return Error{failWith, QStringLiteral("The printer reports %1.").arg(failWith)};
        std::lock_guard lock(m_script->mutex);
        m_script->printed.push_back(documents);
        return {};
    }

    Result<void> reprint(const Order& order, const QStringList& documents, const QString& byBadge) override
    {
        std::lock_guard lock(m_script->mutex);
        m_script->reprinted.push_back({order.reference(), documents, byBadge});
        return {};
    }

private:
    std::shared_ptr<PrinterScript> m_script;
};

/// A station on a fresh SQLite file with packers P01 (no PIN), P02 (PIN
/// 4321), lead L01 (PIN 1234) and the sample orders 1001 and 1002.
class StationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = inspect();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->upsertPacker(Packer{QStringLiteral("P01"), QStringLiteral("Anna"), QStringLiteral("nb"), false}).ok());
        ASSERT_TRUE(store->upsertPacker(Packer{QStringLiteral("P02"), QStringLiteral("Ben"), QStringLiteral("de"), false},
                                        QStringLiteral("4321")).ok());
        ASSERT_TRUE(store->upsertPacker(Packer{QStringLiteral("L01"), QStringLiteral("Lena"), QStringLiteral("en"), true},
                                        QStringLiteral("1234")).ok());
        ASSERT_TRUE(store->upsertOrders({testing::sampleOrder(0, QStringLiteral("1001")),
                                         testing::sampleOrder(0, QStringLiteral("1002"))}).ok());
        station = makeStation();
    }

    void TearDown() override { station.reset(); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /// A second connection to the station's file, to look at what was stored.
    std::unique_ptr<store::SqliteOrderStore> inspect() const
    {
        auto opened = store::SqliteOrderStore::open(dbPath());
        if (!opened) {
            ADD_FAILURE() << "cannot open the store: " << opened.error().message.toStdString();
            return nullptr;
        }
        return std::move(opened).value();
    }

    StationController::Backend backend(const QString& stationId = QStringLiteral("S1")) const
    {
        StationController::Backend b;
        b.openStore = [path = dbPath()]() -> std::unique_ptr<OrderStore> {
            auto opened = store::SqliteOrderStore::open(path);
            if (!opened)
                return nullptr;
            return std::move(opened).value();
        };
        b.openPrinter = [script = printer] { return std::make_unique<FakePrinter>(script); };
        b.clock = clock;
        b.station = stationId;
        return b;
    }

    std::unique_ptr<StationController> makeStation(StationController::Backend b)
    {
        auto made = std::make_unique<StationController>(std::move(b));
        QObject::connect(made.get(), &StationController::feedback, made.get(),
                         [this](Feedback kind) { feedbacks.push_back(kind); });
        return made;
    }
    std::unique_ptr<StationController> makeStation() { return makeStation(backend()); }

    /// Runs one command and waits for its commandFinished.
    ::testing::AssertionResult run(const std::function<void()>& command, int timeoutMs = 10'000)
    {
        QSignalSpy finished(station.get(), &StationController::commandFinished);
        command();
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return ::testing::AssertionFailure() << "no commandFinished within " << timeoutMs << " ms";
        return ::testing::AssertionSuccess();
    }
    ::testing::AssertionResult scan(const QString& raw)
    {
        return run([&] { station->submitScan(raw); });
    }

    std::optional<Feedback> lastFeedback() const
    {
        return feedbacks.empty() ? std::nullopt : std::optional<Feedback>(feedbacks.back());
    }

    /// The stored events of these types, oldest first.
    DomainEvents storedEvents(const QStringList& types) const
    {
        auto store = inspect();
        if (!store)
            return {};
        auto events = store->eventsBetween(0, std::numeric_limits<qint64>::max(), types);
        EXPECT_TRUE(events.ok());
        return events.ok() ? events.value() : DomainEvents{};
    }

    // Steps of the happy path, each checked, for tests that start further on.
    void loginAnna()
    {
        ASSERT_TRUE(scan(QStringLiteral("P01")));
        ASSERT_EQ(station->screen(), Screen::ScanOrder) << station->messageCode().toStdString();
    }
    void openOrder(const QString& number = QStringLiteral("1001"))
    {
        ASSERT_TRUE(scan(number));
        ASSERT_EQ(station->screen(), Screen::Verify) << station->messageCode().toStdString();
    }
    void scanAllItems()
    {
        for (const QString& raw : {kMugScan, kMugGs1Scan, kTeaScan})
            ASSERT_TRUE(scan(raw));
        ASSERT_EQ(station->screen(), Screen::Weigh) << station->messageCode().toStdString();
    }
    void weighInBoxM(QVariant grams = testing::kSampleExpectedGramsWithBoxM)
    {
        ASSERT_TRUE(scan(QStringLiteral("M")));
        ASSERT_EQ(station->chosenBox(), QStringLiteral("M"));
        ASSERT_TRUE(run([&] { station->recordWeight(grams); }));
    }
    void reachQuality()
    {
        loginAnna();
        openOrder();
        scanAllItems();
        weighInBoxM();
        ASSERT_EQ(station->screen(), Screen::Quality) << station->messageCode().toStdString();
    }
    /// Answers every checklist question ok.
    void answerChecklist()
    {
        auto* checklist = qobject_cast<app::ChecklistModel*>(station->checklist());
        ASSERT_NE(checklist, nullptr);
        ASSERT_GT(checklist->rowCount(), 0);
        for (int row = 0; row < checklist->rowCount(); ++row)
            checklist->answerOk(row);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::shared_ptr<PrinterScript> printer = std::make_shared<PrinterScript>();
    std::vector<Feedback> feedbacks;
    std::unique_ptr<StationController> station;
};

} // namespace packdesk::apptesting
