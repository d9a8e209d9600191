// Printing runs on the worker: a failure blocks until a retry succeeds or a
// lead overrides, and a slow printer never holds up the UI thread.
#include "apptesting.h"

#include <QElapsedTimer>
#include <QTimer>

namespace packdesk::apptesting {
namespace {

using PrintTest = StationTest;

TEST_F(PrintTest, AFailedPrintBlocksUntilARetrySucceeds)
{
    reachQuality();
    printer->setFailure(QStringLiteral("media-empty"));
    answerChecklist();
    ASSERT_TRUE(run([&] { station->submitQuality(); }));
    EXPECT_EQ(station->screen(), Screen::Printing);
    EXPECT_EQ(station->printStatus(), QStringLiteral("failed"));
    EXPECT_EQ(station->printFailReason(), QStringLiteral("media-empty"));
    EXPECT_TRUE(station->awaitingOverride());
    EXPECT_EQ(station->messageCode(), QStringLiteral("print_failed"));
    EXPECT_EQ(lastFeedback(), Feedback::Problem);
    EXPECT_EQ(storedEvents({QStringLiteral("print.failed")}).size(), 1u);

    ASSERT_TRUE(run([&] { station->complete(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("illegal_transition")) << "no completing without documents";

    ASSERT_TRUE(run([&] { station->retryPrint(); })); // still empty
    EXPECT_EQ(station->printStatus(), QStringLiteral("failed"));

    printer->setFailure({});
    ASSERT_TRUE(run([&] { station->retryPrint(); }));
    EXPECT_EQ(station->printStatus(), QStringLiteral("done"));
    EXPECT_TRUE(station->printFailReason().isEmpty());
    EXPECT_FALSE(station->awaitingOverride());
    EXPECT_EQ(station->screen(), Screen::Printing);
    {
        std::lock_guard lock(printer->mutex);
        EXPECT_EQ(printer->attempts, 3);
        EXPECT_EQ(printer->printed.size(), 1u);
    }
    ASSERT_TRUE(run([&] { station->complete(); }));
    EXPECT_EQ(station->screen(), Screen::Done);
}

TEST_F(PrintTest, ALeadOverridesAFailedPrint)
{
    reachQuality();
    printer->setFailure(QStringLiteral("offline"));
    answerChecklist();
    ASSERT_TRUE(run([&] { station->submitQuality(); }));
    ASSERT_EQ(station->printFailReason(), QStringLiteral("offline"));
    ASSERT_TRUE(run([&] {
        station->approveOverride(QStringLiteral("L01"), QStringLiteral("1234"), QStringLiteral("printer_fault"));
    }));
    EXPECT_EQ(station->printStatus(), QStringLiteral("done"));
    EXPECT_EQ(station->screen(), Screen::Printing);
    ASSERT_TRUE(run([&] { station->complete(); }));
    EXPECT_EQ(station->doneCode(), QStringLiteral("order_packed"));
}

TEST_F(PrintTest, TheParcelJustPackedCanBePrintedAgainOnce)
{
    reachQuality();
    answerChecklist();
    ASSERT_TRUE(run([&] { station->submitQuality(); }));
    ASSERT_TRUE(run([&] { station->complete(); }));
    ASSERT_EQ(station->doneCode(), QStringLiteral("order_packed"));

    ASSERT_TRUE(run([&] { station->reprintDocuments(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("documents_reprinted"));
    EXPECT_EQ(lastFeedback(), Feedback::Accepted);
    EXPECT_EQ(station->screen(), Screen::Done);
    {
        std::lock_guard lock(printer->mutex);
        ASSERT_EQ(printer->reprinted.size(), 1u);
        EXPECT_EQ(printer->reprinted[0].documents, (QStringList{"card", "return_label"}));
        EXPECT_FALSE(printer->reprinted[0].byBadge.isEmpty()) << "the reprint names who asked";
        EXPECT_EQ(printer->printed.size(), 1u) << "a reprint is not a new first print";
    }

    // On to the next order: the last parcel has left the bench.
    ASSERT_TRUE(run([&] { station->nextOrder(); }));
    ASSERT_TRUE(run([&] { station->reprintDocuments(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("nothing_to_reprint"));
    std::lock_guard lock(printer->mutex);
    EXPECT_EQ(printer->reprinted.size(), 1u);
}

TEST_F(PrintTest, NothingToRetryOutsidePrinting)
{
    loginAnna();
    ASSERT_TRUE(run([&] { station->retryPrint(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("nothing_to_print"));
    std::lock_guard lock(printer->mutex);
    EXPECT_EQ(printer->attempts, 0);
}

TEST_F(PrintTest, ASlowPrinterNeverBlocksTheUiThread)
{
    reachQuality();
    printer->setSleep(300);
    answerChecklist();

    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(20);

    QStringList screens;
    QObject::connect(station.get(), &StationController::changed, station.get(),
                     [&] { screens << QString::number(int(station->screen())) + station->printStatus(); });
    QSignalSpy finished(station.get(), &StationController::commandFinished);
    QElapsedTimer clock;
    clock.start();
    station->submitQuality();
    station->submitScan(kBadCheckDigitScan); // queued behind the print
    const qint64 submitMs = clock.elapsed();
    EXPECT_LT(submitMs, 100) << "submitting must not wait for the printer";
    EXPECT_TRUE(station->busy());

    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 2; }, 10'000));
    EXPECT_GE(clock.elapsed(), 300);
    EXPECT_FALSE(station->busy());
    EXPECT_GE(ticks, 8) << "the UI thread's event loop kept running while the printer worked";
    // In order: "printing" while the printer worked, then done, then the scan's rejection.
    ASSERT_FALSE(screens.isEmpty());
    EXPECT_TRUE(screens.contains(QString::number(int(Screen::Printing)) + QStringLiteral("printing")));
    EXPECT_EQ(station->printStatus(), QStringLiteral("done"));
    EXPECT_EQ(station->messageCode(), QStringLiteral("gs1_check_digit"));
}

TEST_F(PrintTest, BusyFollowsTheCommandsInFlight)
{
    QSignalSpy busyChanges(station.get(), &StationController::busyChanged);
    station->start();
    station->submitScan(QStringLiteral("P01"));
    station->submitScan(QStringLiteral("1001"));
    EXPECT_TRUE(station->busy());
    EXPECT_EQ(busyChanges.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !station->busy(); }, 10'000));
    EXPECT_EQ(busyChanges.size(), 2);
    EXPECT_EQ(station->screen(), Screen::Verify) << "commands ran in the order they were given";
}

} // namespace
} // namespace packdesk::apptesting
