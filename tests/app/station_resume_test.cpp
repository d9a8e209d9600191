// After a power cut a new station process picks up the session it left
// open, on the screen where the packer was.
#include "apptesting.h"

namespace packdesk::apptesting {
namespace {

using ResumeTest = StationTest;

TEST_F(ResumeTest, ANewControllerResumesTheOpenSession)
{
    loginAnna();
    openOrder();
    ASSERT_TRUE(scan(kMugScan));
    station.reset(); // the power goes

    station = makeStation();
    ASSERT_TRUE(run([&] { station->start(); }));
    // The session is back, but the packer has to badge in again.
    EXPECT_EQ(station->screen(), Screen::Login);
    EXPECT_EQ(station->orderReference(), QStringLiteral("acme/1001"));
    EXPECT_EQ(station->itemsScanned(), 1);
    EXPECT_EQ(station->messageCode(), QStringLiteral("session_resumed"));
    EXPECT_EQ(station->messageKind(), MessageKind::Info);

    ASSERT_TRUE(scan(QStringLiteral("P01")));
    EXPECT_EQ(station->screen(), Screen::Verify);
    EXPECT_EQ(station->itemsScanned(), 1);
    ASSERT_TRUE(scan(kMugScan));
    ASSERT_TRUE(scan(kTeaScan));
    EXPECT_EQ(station->screen(), Screen::Weigh);
}

TEST_F(ResumeTest, ResumesOnTheWeighScreenWithTheFailedWeight)
{
    loginAnna();
    openOrder();
    scanAllItems();
    weighInBoxM(2000);
    station.reset();

    station = makeStation();
    ASSERT_TRUE(run([&] { station->start(); }));
    ASSERT_TRUE(scan(QStringLiteral("P01")));
    EXPECT_EQ(station->screen(), Screen::Weigh);
    EXPECT_EQ(station->chosenBox(), QStringLiteral("M"));
    EXPECT_EQ(station->weightVerdict(), QStringLiteral("too_heavy"));
    EXPECT_TRUE(station->awaitingOverride());
}

TEST_F(ResumeTest, DocumentsInterruptedByThePowerCutPrintOnceThePackerIsBack)
{
    reachQuality();
    printer->setFailure(QStringLiteral("offline"));
    answerChecklist();
    ASSERT_TRUE(run([&] { station->submitQuality(); }));
    ASSERT_EQ(station->printStatus(), QStringLiteral("failed"));
    station.reset();

    // The failure was stored: after the restart it still waits for a retry.
    printer->setFailure({});
    station = makeStation();
    ASSERT_TRUE(run([&] { station->start(); }));
    ASSERT_TRUE(scan(QStringLiteral("P01")));
    EXPECT_EQ(station->screen(), Screen::Printing);
    EXPECT_EQ(station->printStatus(), QStringLiteral("failed"));
    ASSERT_TRUE(run([&] { station->retryPrint(); }));
    EXPECT_EQ(station->printStatus(), QStringLiteral("done"));
}

TEST_F(ResumeTest, NothingToResumeIsQuiet)
{
    ASSERT_TRUE(run([&] { station->start(); }));
    EXPECT_EQ(station->messageKind(), MessageKind::None);
    EXPECT_TRUE(station->orderReference().isEmpty());
}

TEST_F(ResumeTest, AnotherStationSeesTheOrderClaimed)
{
    loginAnna();
    openOrder();
    auto other = makeStation(backend(QStringLiteral("S2")));
    std::swap(station, other);
    ASSERT_TRUE(scan(QStringLiteral("L01")));
    ASSERT_TRUE(run([&] { station->submitPin(QStringLiteral("1234")); }));
    ASSERT_TRUE(scan(QStringLiteral("1001")));
    EXPECT_EQ(station->messageCode(), QStringLiteral("order_claimed"));
    EXPECT_EQ(station->screen(), Screen::ScanOrder);
    EXPECT_EQ(lastFeedback(), Feedback::Rejected);
}

} // namespace
} // namespace packdesk::apptesting
