// The lead view's controller (LeadStatsController): who gets in, what a lead
// sees for today, and that it locks itself. A real SQLite store checks badges
// and PINs; the stats queries are a fake with a fixed report.
#include "app/leadstatscontroller.h"
#include "core/clock.h"
#include "store/sqliteorderstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

#include <limits>
#include <mutex>

namespace packdesk::app {
namespace {

/// What the fake stats saw and how slowly it answers; shared with the worker thread.
struct StatsScript
{
    std::mutex mutex;
    std::vector<stats::StatsFilter> filters;
    QThread* thread = nullptr;
    int sleepMs = 0;
    int ordersPacked = 42;
    bool fail = false;
};

class FakeStats final : public stats::StatsQueries
{
public:
    explicit FakeStats(std::shared_ptr<StatsScript> script) : m_script(std::move(script)) {}

    Result<stats::StatsReport> report(const stats::StatsFilter& filter) override
    {
        int sleepMs = 0;
        stats::StatsReport report;
        {
            std::lock_guard lock(m_script->mutex);
            m_script->filters.push_back(filter);
            m_script->thread = QThread::currentThread();
            sleepMs = m_script->sleepMs;
            if (m_script->fail)
                return Error{QStringLiteral("stats_failed"), QStringLiteral("The stats tables are missing.")};
            report.totals.ordersPacked = filter.stations.isEmpty() ? m_script->ordersPacked * 3 : m_script->ordersPacked;
        }
        if (sleepMs > 0)
            QThread::msleep(sleepMs);
        report.filter = filter;
        report.totals.itemsPacked = 100;
        report.totals.ordersPerHour = 12.25;
        report.totals.medianPackMs = 83'400; // 1:23
        report.totals.p90PackMs = 3'725'000; // 1:02:05
        report.totals.misScansPer100Items = 1.5;
        report.totals.overrides = 2;
        for (int i = 0; i < 12; ++i) {
            stats::GroupFigures packer;
            packer.key = QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0'));
            packer.label = QStringLiteral("Packer %1").arg(i);
            packer.figures.ordersPacked = (i * 7) % 12; // shuffled
            packer.figures.medianPackMs = 61'000;
            report.byPacker.push_back(packer);
        }
        for (const char* kind : {"seal_open", "tape_torn", "box_too_big", "other", "card_missing", "label_crooked"})
            report.defectsByKind.push_back({QString::fromLatin1(kind), 3, 0});
        report.webhooks.medianLagMs = 2'000;
        report.webhooks.deadLettered = 4;
        return report;
    }
    Result<stats::FilterChoices> choices() override { return stats::FilterChoices{}; }

private:
    std::shared_ptr<StatsScript> m_script;
};

class LeadStatsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = store::SqliteOrderStore::open(dbPath());
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        auto store = std::move(opened).value();
        ASSERT_TRUE(store->upsertPacker(Packer{QStringLiteral("P01"), QStringLiteral("Anna"), QStringLiteral("nb"), false}).ok());
        ASSERT_TRUE(store->upsertPacker(Packer{QStringLiteral("P02"), QStringLiteral("Ben"), QStringLiteral("de"), false},
                                        QStringLiteral("4321")).ok());
        ASSERT_TRUE(store->upsertPacker(Packer{QStringLiteral("L01"), QStringLiteral("Lena"), QStringLiteral("en"), true},
                                        QStringLiteral("1234")).ok());
        // 2026-11-24 14:30 local time.
        clock->set(QDateTime(QDate(2026, 11, 24), QTime(14, 30)).toMSecsSinceEpoch());
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("station.db")); }

    std::unique_ptr<LeadStatsController> make(int idleLockMs = LeadStatsController::kDefaultIdleLockMs)
    {
        LeadStatsController::Backend backend;
        backend.openStore = [path = dbPath()]() -> std::unique_ptr<OrderStore> {
            auto opened = store::SqliteOrderStore::open(path);
            return opened ? std::move(opened).value() : nullptr;
        };
        backend.openStats = [script = script]() -> Result<std::unique_ptr<stats::StatsQueries>> {
            return std::unique_ptr<stats::StatsQueries>(std::make_unique<FakeStats>(script));
        };
        backend.clock = clock;
        backend.station = QStringLiteral("S1");
        backend.idleLockMs = idleLockMs;
        return std::make_unique<LeadStatsController>(std::move(backend));
    }

    /// Runs a call that queues work and waits for its answer.
    static ::testing::AssertionResult run(LeadStatsController& view, const std::function<void()>& call)
    {
        QSignalSpy finished(&view, &LeadStatsController::loadFinished);
        call();
        if (finished.isEmpty() && !finished.wait(10'000))
            return ::testing::AssertionFailure() << "no loadFinished within 10 s";
        return ::testing::AssertionSuccess();
    }

    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::shared_ptr<StatsScript> script = std::make_shared<StatsScript>();

private:
    QTemporaryDir m_dir;
};

TEST_F(LeadStatsTest, APackerIsRefusedWithTheSameCodeAsAWrongPin)
{
    auto view = make();
    view->openDialog();
    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("P02"), QStringLiteral("4321")); }));
    EXPECT_FALSE(view->unlocked());
    const QString notALead = view->messageCode();
    EXPECT_EQ(notALead, QStringLiteral("lead_access_denied"));
    EXPECT_TRUE(view->stationFigures().isEmpty());

    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("L01"), QStringLiteral("9999")); }));
    EXPECT_FALSE(view->unlocked());
    EXPECT_EQ(view->messageCode(), notALead) << "the code must not tell which part was wrong";

    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("X99"), QStringLiteral("1234")); }));
    EXPECT_EQ(view->messageCode(), notALead);
    EXPECT_TRUE(script->filters.empty()) << "nobody was let in, so nothing was queried";
}

TEST_F(LeadStatsTest, APackerWithoutPinIsRefusedToo)
{
    auto view = make();
    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("P01"), QStringLiteral("1")); }));
    EXPECT_FALSE(view->unlocked());
    EXPECT_EQ(view->messageCode(), QStringLiteral("lead_access_denied"));
    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("L01"), QString()); }));
    EXPECT_FALSE(view->unlocked()) << "a lead's badge without the PIN is not enough";
}

TEST_F(LeadStatsTest, ALeadSeesTodayForTheStationAndTheWarehouse)
{
    auto view = make();
    view->openDialog();
    view->submitBadge(QStringLiteral("L01\r\n"));
    EXPECT_EQ(view->badge(), QStringLiteral("L01"));
    ASSERT_TRUE(run(*view, [&] { view->unlock(view->badge(), QStringLiteral("1234")); }));
    ASSERT_TRUE(view->unlocked()) << view->messageCode().toStdString();
    EXPECT_EQ(view->leadName(), QStringLiteral("Lena"));
    EXPECT_EQ(view->messageCode(), QString());

    ASSERT_EQ(script->filters.size(), 2u);
    const qint64 midnight = QDateTime(QDate(2026, 11, 24), QTime(0, 0)).toMSecsSinceEpoch();
    for (const stats::StatsFilter& filter : script->filters) {
        EXPECT_EQ(filter.fromMs, midnight);
        EXPECT_GT(filter.toMs, clock->nowMs() - 1);
        EXPECT_LE(filter.toMs, clock->nowMs() + 1);
    }
    EXPECT_EQ(script->filters[0].stations, QStringList{QStringLiteral("S1")});
    EXPECT_TRUE(script->filters[1].stations.isEmpty());
    EXPECT_NE(script->thread, QThread::currentThread()) << "the queries run off the UI thread";

    EXPECT_EQ(view->stationFigures().value(QStringLiteral("orders")).toInt(), 42);
    EXPECT_EQ(view->warehouseFigures().value(QStringLiteral("orders")).toInt(), 126);
    EXPECT_EQ(view->stationFigures().value(QStringLiteral("median")).toString(), QStringLiteral("1:23"));
    EXPECT_EQ(view->stationFigures().value(QStringLiteral("p90")).toString(), QStringLiteral("1:02:05"));
    EXPECT_EQ(view->stationFigures().value(QStringLiteral("overrides")).toInt(), 2);
    EXPECT_EQ(view->updatedAt(), QStringLiteral("14:30"));

    ASSERT_EQ(view->packers().size(), LeadStatsController::kTopPackers);
    int previous = std::numeric_limits<int>::max();
    for (const QVariant& row : view->packers()) {
        const int orders = row.toMap().value(QStringLiteral("orders")).toInt();
        EXPECT_LE(orders, previous) << "sorted by orders, most first";
        previous = orders;
    }
    EXPECT_EQ(view->packers().constFirst().toMap().value(QStringLiteral("orders")).toInt(), 11);
    ASSERT_EQ(view->topDefects().size(), LeadStatsController::kTopDefects);
    EXPECT_EQ(view->topDefects().constFirst().toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("seal_open"));
    EXPECT_EQ(view->webhookLag(), QStringLiteral("0:02"));
    EXPECT_EQ(view->deadLetters(), 4);
}

TEST_F(LeadStatsTest, BusyWhileLoadingAndTheUiThreadStaysFree)
{
    script->sleepMs = 800; // far longer than the bound below, even on a loaded machine
    auto view = make();
    QSignalSpy finished(view.get(), &LeadStatsController::loadFinished);
    QElapsedTimer call;
    call.start();
    view->unlock(QStringLiteral("L01"), QStringLiteral("1234"));
    EXPECT_LT(call.elapsed(), 400) << "unlock() returned only after the slow query";
    EXPECT_TRUE(view->busy());
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_FALSE(view->busy());
    EXPECT_TRUE(view->unlocked());
}

TEST_F(LeadStatsTest, RefreshLoadsTheFiguresAgainAtTheNewTime)
{
    auto view = make();
    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("L01"), QStringLiteral("1234")); }));
    {
        std::lock_guard lock(script->mutex);
        script->ordersPacked = 50;
    }
    clock->advance(60 * 60 * 1000);
    ASSERT_TRUE(run(*view, [&] { view->refresh(); }));
    ASSERT_EQ(script->filters.size(), 4u);
    EXPECT_EQ(script->filters[3].toMs, clock->nowMs() + 1);
    EXPECT_EQ(view->stationFigures().value(QStringLiteral("orders")).toInt(), 50);
    EXPECT_EQ(view->updatedAt(), QStringLiteral("15:30"));
    EXPECT_TRUE(view->unlocked());
}

TEST_F(LeadStatsTest, RefreshWhileLockedQueriesNothing)
{
    auto view = make();
    view->refresh();
    EXPECT_FALSE(view->busy());
    EXPECT_TRUE(script->filters.empty());
}

TEST_F(LeadStatsTest, FailingStatsKeepTheLeadInAndSaySo)
{
    script->fail = true;
    auto view = make();
    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("L01"), QStringLiteral("1234")); }));
    EXPECT_TRUE(view->unlocked());
    EXPECT_EQ(view->messageCode(), QStringLiteral("stats_unavailable"));
    EXPECT_TRUE(view->stationFigures().isEmpty());
}

TEST_F(LeadStatsTest, LocksItselfAfterTheIdleTimeout)
{
    // Generous margins: a timer fires late on a busy machine, never early.
    auto view = make(1000);
    view->openDialog();
    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("L01"), QStringLiteral("1234")); }));
    ASSERT_TRUE(view->unlocked());
    QTest::qWait(600);
    view->touch(); // interaction postpones the lock
    QTest::qWait(600);
    EXPECT_TRUE(view->unlocked()) << "locked although touched 600 ms ago";
    QTRY_VERIFY_WITH_TIMEOUT(!view->unlocked(), 5000);
    EXPECT_FALSE(view->isOpen());
    EXPECT_TRUE(view->stationFigures().isEmpty());
    EXPECT_TRUE(view->packers().isEmpty());
    EXPECT_EQ(view->leadName(), QString());
}

TEST_F(LeadStatsTest, APackerLoggingInLocksTheView)
{
    auto view = make();
    view->openDialog();
    ASSERT_TRUE(run(*view, [&] { view->unlock(QStringLiteral("L01"), QStringLiteral("1234")); }));
    view->packerChanged(QString());
    EXPECT_TRUE(view->unlocked()) << "nobody logged in";
    view->packerChanged(QStringLiteral("Anna"));
    EXPECT_FALSE(view->unlocked());
    EXPECT_FALSE(view->isOpen());
}

TEST_F(LeadStatsTest, LockingWhileLoadingDropsTheAnswer)
{
    script->sleepMs = 200;
    auto view = make();
    QSignalSpy finished(view.get(), &LeadStatsController::loadFinished);
    view->unlock(QStringLiteral("L01"), QStringLiteral("1234"));
    view->lock();
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_FALSE(view->unlocked());
    EXPECT_TRUE(view->stationFigures().isEmpty());
    EXPECT_FALSE(view->busy());
}

TEST_F(LeadStatsTest, ABadgeIsTakenOnlyWhileTheDialogAsksForOne)
{
    auto view = make();
    view->submitBadge(QStringLiteral("L01"));
    EXPECT_EQ(view->badge(), QString()) << "closed";
    view->openDialog();
    view->submitBadge(QStringLiteral("  L01 "));
    EXPECT_EQ(view->badge(), QStringLiteral("L01"));
    view->clearBadge();
    EXPECT_EQ(view->badge(), QString());
}

TEST(LeadStatsFormat, DurationsAsMinutesAndSeconds)
{
    EXPECT_EQ(LeadStatsController::formatDuration(std::nullopt), QStringLiteral("\u2013"));
    EXPECT_EQ(LeadStatsController::formatDuration(0), QStringLiteral("0:00"));
    EXPECT_EQ(LeadStatsController::formatDuration(59'499), QStringLiteral("0:59"));
    EXPECT_EQ(LeadStatsController::formatDuration(59'500), QStringLiteral("1:00"));
    EXPECT_EQ(LeadStatsController::formatDuration(605'000), QStringLiteral("10:05"));
    EXPECT_EQ(LeadStatsController::formatDuration(3'600'000), QStringLiteral("1:00:00"));
}

TEST(LeadStatsFormat, RatesWithOneDecimal)
{
    EXPECT_EQ(LeadStatsController::formatRate(0), QLocale().toString(0.0, 'f', 1));
    EXPECT_EQ(LeadStatsController::formatRate(12.25).size(), 4); // "12.2" or "12,3": one decimal
    const QVariantMap figures = LeadStatsController::figuresMap(stats::StatsFigures{});
    EXPECT_EQ(figures.value(QStringLiteral("median")).toString(), QStringLiteral("\u2013"));
    EXPECT_EQ(figures.value(QStringLiteral("orders")).toInt(), 0);
    EXPECT_EQ(figures.size(), 12);
}

} // namespace
} // namespace packdesk::app
