// The station's small controllers without a window: what the scale shows,
// the language, the flash/sound/tower feedback, and the folder printer.
#include "app/feedbackcontroller.h"
#include "app/languagecontroller.h"
#include "app/scaleview.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <mutex>

using namespace packdesk;
using namespace packdesk::app;
using Feedback = StationController::Feedback;

namespace {

template<typename Condition>
bool waitFor(Condition condition, int timeoutMs = 3000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

devices::ScaleStatus reading(ScaleReading::Status status, std::optional<double> grams, bool stable)
{
    devices::ScaleStatus s;
    s.status = status;
    s.grams = grams;
    s.stable = stable;
    return s;
}

// ---------------------------------------------------------------- ScaleView

TEST(ScaleView, StartsOfflineWithNoWeight)
{
    ScaleView view;
    EXPECT_EQ(view.status(), "offline");
    EXPECT_FALSE(view.grams().isValid());
    EXPECT_FALSE(view.stable());
    EXPECT_FALSE(view.stableGrams().isValid());
}

TEST(ScaleView, NoScaleConfiguredIsOffline)
{
    ScaleView view;
    view.update(reading(ScaleReading::Status::Ok, 500.0, true));
    view.attach(nullptr);
    EXPECT_EQ(view.status(), "offline");
    EXPECT_FALSE(view.grams().isValid());
    EXPECT_FALSE(view.detail().isEmpty());
}

TEST(ScaleView, StableReadingGivesTheWeightToRecord)
{
    ScaleView view;
    int changes = 0;
    QObject::connect(&view, &ScaleView::changed, [&] { ++changes; });
    view.update(reading(ScaleReading::Status::Ok, 1234.5, true));
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(view.status(), "ok");
    EXPECT_DOUBLE_EQ(view.grams().toDouble(), 1234.5);
    EXPECT_TRUE(view.stable());
    EXPECT_DOUBLE_EQ(view.stableGrams().toDouble(), 1234.5);
}

TEST(ScaleView, MovingWeightShowsButIsNotRecordable)
{
    ScaleView view;
    view.update(reading(ScaleReading::Status::Ok, 800.0, false));
    EXPECT_EQ(view.status(), "ok");
    EXPECT_DOUBLE_EQ(view.grams().toDouble(), 800.0);
    EXPECT_FALSE(view.stable());
    EXPECT_FALSE(view.stableGrams().isValid());
}

TEST(ScaleView, FailuresMakeTheWeightUnknown)
{
    const std::pair<ScaleReading::Status, const char*> cases[] = {
        {ScaleReading::Status::Offline, "offline"},
        {ScaleReading::Status::Timeout, "timeout"},
        {ScaleReading::Status::DeviceError, "device_error"},
        {ScaleReading::Status::Garbage, "garbage"},
    };
    for (const auto& [status, name] : cases) {
        ScaleView view;
        view.update(reading(ScaleReading::Status::Ok, 700.0, true));
        // Even with a stale weight in the status, a failed poll shows none.
        view.update(reading(status, 700.0, true));
        EXPECT_EQ(view.status(), QString::fromLatin1(name));
        EXPECT_FALSE(view.grams().isValid()) << name;
        EXPECT_FALSE(view.stableGrams().isValid()) << name;
    }
}

TEST(ScaleView, RepeatedReadingDoesNotReevaluateBindings)
{
    ScaleView view;
    int changes = 0;
    QObject::connect(&view, &ScaleView::changed, [&] { ++changes; });
    view.update(reading(ScaleReading::Status::Ok, 300.0, true));
    view.update(reading(ScaleReading::Status::Ok, 300.0, true));
    EXPECT_EQ(changes, 1);
    view.update(reading(ScaleReading::Status::Ok, 301.0, true));
    EXPECT_EQ(changes, 2);
}

class FixedScale final : public Scale
{
public:
    ScaleReading read() override
    {
        ScaleReading r;
        r.status = ScaleReading::Status::Ok;
        r.grams = 950.0;
        r.deviceStable = true;
        r.hasStableFlag = true;
        return r;
    }
    Result<void> tare() override { return {}; }
    Result<void> zero() override { return {}; }
};

TEST(ScaleView, FollowsAScaleMonitor)
{
    devices::ScaleProfile profile;
    profile.pollHz = 50;
    devices::ScaleMonitor monitor(std::make_unique<FixedScale>(), profile);
    ScaleView view;
    view.attach(&monitor);
    monitor.start();
    EXPECT_TRUE(waitFor([&] { return view.stableGrams().isValid(); }));
    EXPECT_EQ(view.status(), "ok");
    EXPECT_DOUBLE_EQ(view.stableGrams().toDouble(), 950.0);
    monitor.stop();
}

// ------------------------------------------------------- LanguageController

TEST(LanguageController, OffersTheFiveStationLanguages)
{
    LanguageController language;
    EXPECT_EQ(language.languages(), (QStringList{"en", "nl", "de", "nb", "fr"}));
    EXPECT_EQ(language.language(), "en");
}

TEST(LanguageController, NamesEachLanguageInItself)
{
    LanguageController language;
    EXPECT_EQ(language.nativeName("en"), "English");
    EXPECT_EQ(language.nativeName("nl"), "Nederlands");
    EXPECT_EQ(language.nativeName("de"), "Deutsch");
    EXPECT_EQ(language.nativeName("nb"), QString::fromUtf8("Norsk bokmål"));
    EXPECT_EQ(language.nativeName("fr"), QString::fromUtf8("Français"));
    EXPECT_EQ(language.nativeName("xx"), "");
}

TEST(LanguageController, UnknownLanguageFallsBackToEnglish)
{
    LanguageController language;
    language.setLanguage("de");
    language.setLanguage("tlh");
    EXPECT_EQ(language.language(), "en");
}

TEST(LanguageController, TakesTheLanguageOfALocale)
{
    LanguageController language;
    language.setLanguage("nb-NO");
    EXPECT_EQ(language.language(), "nb");
    language.setLanguage("nl_BE");
    EXPECT_EQ(language.language(), "nl");
}

TEST(LanguageController, SignalsOnlyARealChange)
{
    QQmlEngine engine;
    LanguageController language;
    language.setEngine(&engine);
    int changes = 0;
    QObject::connect(&language, &LanguageController::languageChanged, [&] { ++changes; });
    language.setLanguage("fr");
    language.setLanguage("fr");
    EXPECT_EQ(changes, 1);
    language.setLanguage("en");
    EXPECT_EQ(changes, 2);
}

TEST(LanguageController, MissingCatalogueShowsEnglishStrings)
{
    // This test binary has no compiled translations in its resources.
    LanguageController language;
    language.setLanguage("de");
    EXPECT_EQ(language.language(), "de");
    EXPECT_EQ(QCoreApplication::translate("LoginScreen", "Scan your badge"), "Scan your badge");
}

// ------------------------------------------------------- FeedbackController

/// Records what it was told to show and on which thread; can be slow.
class FakeTower final : public SignalTower
{
public:
    explicit FakeTower(int delayMs = 0) : m_delayMs(delayMs) {}

    Result<void> show(const TowerSignal& signal) override
    {
        if (m_delayMs > 0)
            QThread::msleep(m_delayMs);
        std::lock_guard lock(mutex);
        shown.push_back(toString(signal));
        threads.push_back(QThread::currentThread());
        return {};
    }

    std::vector<QString> shownSoFar()
    {
        std::lock_guard lock(mutex);
        return shown;
    }

    std::mutex mutex;
    std::vector<QString> shown;
    std::vector<QThread*> threads;

private:
    int m_delayMs;
};

TEST(FeedbackController, AcceptedFlashesGreenWithTheOkSound)
{
    FeedbackController feedback;
    int flashes = 0;
    QObject::connect(&feedback, &FeedbackController::flash, [&] { ++flashes; });
    feedback.onFeedback(Feedback::Accepted);
    EXPECT_EQ(flashes, 1);
    EXPECT_EQ(feedback.serial(), 1);
    EXPECT_EQ(feedback.sound(), "ok");
    EXPECT_GT(feedback.flashColor().green(), feedback.flashColor().red());
}

TEST(FeedbackController, RejectedAndProblemFlashRedWithTheErrorSound)
{
    for (Feedback kind : {Feedback::Rejected, Feedback::Problem}) {
        FeedbackController feedback;
        feedback.onFeedback(kind);
        EXPECT_EQ(feedback.sound(), "error");
        EXPECT_GT(feedback.flashColor().red(), feedback.flashColor().green());
    }
}

TEST(FeedbackController, OrderCompleteFlashesGreenWithTheCompleteSound)
{
    FeedbackController feedback;
    feedback.onFeedback(Feedback::OrderComplete);
    EXPECT_EQ(feedback.sound(), "complete");
    EXPECT_GT(feedback.flashColor().green(), feedback.flashColor().red());
}

TEST(FeedbackController, EveryFeedbackRestartsTheFlash)
{
    FeedbackController feedback;
    feedback.onFeedback(Feedback::Accepted);
    feedback.onFeedback(Feedback::Accepted);
    feedback.onFeedback(Feedback::Rejected);
    EXPECT_EQ(feedback.serial(), 3);
}

TEST(FeedbackController, WithoutATowerNothingIsSent)
{
    FeedbackController feedback;
    feedback.onFeedback(Feedback::Rejected);
    EXPECT_EQ(feedback.lastTowerSignal(), "");
}

TEST(FeedbackController, TowerShowsTheCueOnItsOwnThread)
{
    auto tower = std::make_unique<FakeTower>();
    FakeTower* fake = tower.get();
    FeedbackController feedback;
    feedback.setTower(std::move(tower));
    feedback.onFeedback(Feedback::Rejected);
    // A wrong scan: red and the buzzer, then (nobody logged in here) off.
    ASSERT_TRUE(waitFor([&] { return fake->shownSoFar().size() >= 2; }));
    std::lock_guard lock(fake->mutex);
    EXPECT_EQ(fake->shown.front(), "red+buzzer");
    EXPECT_EQ(fake->shown.back(), "off");
    for (QThread* thread : fake->threads)
        EXPECT_NE(thread, QThread::currentThread());
}

TEST(FeedbackController, ReportsTheSignalLastShown)
{
    auto tower = std::make_unique<FakeTower>();
    FeedbackController feedback;
    feedback.setTower(std::move(tower));
    feedback.onFeedback(Feedback::Accepted);
    EXPECT_TRUE(waitFor([&] { return feedback.lastTowerSignal() == "off"; }));
}

TEST(FeedbackController, ASlowTowerDoesNotBlockTheUiThread)
{
    auto tower = std::make_unique<FakeTower>(400);
    FakeTower* fake = tower.get();
    FeedbackController feedback;
    feedback.setTower(std::move(tower));

    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 5; ++i)
        feedback.onFeedback(i % 2 ? Feedback::Rejected : Feedback::Accepted);
    EXPECT_LT(clock.elapsed(), 100);
    // The event loop keeps turning while the tower is busy.
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(10);
    EXPECT_TRUE(waitFor([&] { return ticks >= 10; }, 2000));
    EXPECT_LT(clock.elapsed(), 400 + 300);
    // Requests that queued up behind the slow one are skipped: the tower
    // ends on the latest cue, not on a backlog.
    EXPECT_TRUE(waitFor([&] { return feedback.lastTowerSignal() == "off"; }, 5000));
    EXPECT_LE(fake->shownSoFar().size(), 3u);
}

} // namespace
