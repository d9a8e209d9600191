// Bad input and failing storage: an error message, never a crash, and
// no command is lost.
#include "apptesting.h"

namespace packdesk::apptesting {
namespace {

using ErrorsTest = StationTest;

TEST_F(ErrorsTest, AnUnknownOrderIsAnError)
{
    loginAnna();
    ASSERT_TRUE(scan(QStringLiteral("9999")));
    EXPECT_EQ(station->screen(), Screen::ScanOrder);
    EXPECT_EQ(station->messageKind(), MessageKind::Error);
    EXPECT_EQ(station->messageCode(), QStringLiteral("order_not_found"));
    EXPECT_FALSE(station->messageDetail().isEmpty());
    EXPECT_EQ(lastFeedback(), Feedback::Rejected);

    station->dismissMessage();
    EXPECT_EQ(station->messageKind(), MessageKind::None);
    EXPECT_TRUE(station->messageCode().isEmpty());
}

TEST_F(ErrorsTest, CommandsAtTheWrongTimeSayWhy)
{
    ASSERT_TRUE(run([&] { station->complete(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("not_logged_in"));
    loginAnna();
    ASSERT_TRUE(run([&] { station->recordWeight(900); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("no_session"));
    openOrder();
    ASSERT_TRUE(run([&] { station->complete(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("illegal_transition"));
    ASSERT_TRUE(run([&] { station->chooseBox(QStringLiteral("XXL")); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("unknown_box"));
    ASSERT_TRUE(run([&] { station->reportException(QStringLiteral("lost_in_space")); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("unknown_exception_reason"));
    EXPECT_EQ(station->screen(), Screen::Verify);
}

TEST_F(ErrorsTest, AnItemScanOnTheWeighScreenIsNotABox)
{
    loginAnna();
    openOrder();
    scanAllItems();
    ASSERT_TRUE(scan(kMugScan));
    EXPECT_EQ(station->messageCode(), QStringLiteral("illegal_transition"));
    EXPECT_TRUE(station->chosenBox().isEmpty());
    ASSERT_TRUE(run([&] { station->recordWeight(900); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("box_required"));
}

TEST_F(ErrorsTest, NoStoreMeansAnErrorOnEveryCommand)
{
    station.reset();
    StationController::Backend broken = backend();
    broken.openStore = [] { return std::unique_ptr<OrderStore>(); };
    broken.openPrinter = nullptr;
    broken.clock = nullptr;
    station = makeStation(std::move(broken));
    ASSERT_TRUE(run([&] { station->start(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("store_unavailable"));
    ASSERT_TRUE(scan(QStringLiteral("P01")));
    EXPECT_EQ(station->messageCode(), QStringLiteral("store_unavailable"));
    EXPECT_EQ(station->screen(), Screen::Login);
}

TEST_F(ErrorsTest, NoPrinterFailsThePrintInsteadOfCrashing)
{
    station.reset();
    StationController::Backend noPrinter = backend();
    noPrinter.openPrinter = nullptr;
    station = makeStation(std::move(noPrinter));
    reachQuality();
    answerChecklist();
    ASSERT_TRUE(run([&] { station->submitQuality(); }));
    EXPECT_EQ(station->printStatus(), QStringLiteral("failed"));
    EXPECT_EQ(station->printFailReason(), QStringLiteral("printer_unavailable"));
}

TEST_F(ErrorsTest, ABurstOfScansIsProcessedCompletelyAndInOrder)
{
    loginAnna();
    QSignalSpy finished(station.get(), &StationController::commandFinished);
    const QStringList burst{QStringLiteral("1001"), kMugScan, kForeignGtinScan, kMugScan, kTeaScan, QStringLiteral("M")};
    for (const QString& raw : burst)
        station->submitScan(raw);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == burst.size(); }, 10'000));
    EXPECT_EQ(station->screen(), Screen::Weigh);
    EXPECT_EQ(station->chosenBox(), QStringLiteral("M"));
    EXPECT_EQ(storedEvents({QStringLiteral("item.scanned")}).size(), 3u);
    EXPECT_EQ(storedEvents({QStringLiteral("scan.rejected")}).size(), 1u);
    EXPECT_EQ(feedbacks.size(), burst.size() + 1);
}

} // namespace
} // namespace packdesk::apptesting
