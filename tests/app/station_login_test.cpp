// Logging in by badge scan, with and without a PIN, and out again.
#include "apptesting.h"

namespace packdesk::apptesting {
namespace {

using LoginTest = StationTest;

TEST_F(LoginTest, StartsOnTheLoginScreen)
{
    ASSERT_TRUE(run([&] { station->start(); }));
    EXPECT_EQ(station->screen(), Screen::Login);
    EXPECT_FALSE(station->busy());
    EXPECT_FALSE(station->pinRequired());
    EXPECT_EQ(station->messageKind(), MessageKind::None);
}

TEST_F(LoginTest, ABadgeWithoutPinLogsInAndTakesThePackersLanguage)
{
    ASSERT_TRUE(run([&] { station->start(); }));
    ASSERT_TRUE(scan(QStringLiteral("P01\r\n"))); // the wedge's Enter is not part of the badge
    EXPECT_EQ(station->screen(), Screen::ScanOrder);
    EXPECT_EQ(station->packerName(), QStringLiteral("Anna"));
    EXPECT_EQ(station->packerLocale(), QStringLiteral("nb"));
    EXPECT_EQ(lastFeedback(), Feedback::Accepted);
    EXPECT_EQ(storedEvents({QStringLiteral("packer.logged_in")}).size(), 1u);
}

TEST_F(LoginTest, ABadgeWithPinWaitsForThePin)
{
    ASSERT_TRUE(scan(QStringLiteral("P02")));
    EXPECT_EQ(station->screen(), Screen::Login);
    EXPECT_TRUE(station->pinRequired());
    EXPECT_EQ(station->messageCode(), QStringLiteral("pin_required"));
    EXPECT_EQ(station->messageKind(), MessageKind::Info);

    ASSERT_TRUE(run([&] { station->submitPin(QStringLiteral("0000")); }));
    EXPECT_EQ(station->screen(), Screen::Login);
    EXPECT_TRUE(station->pinRequired()) << "a wrong PIN may be typed again";
    EXPECT_EQ(station->messageCode(), QStringLiteral("wrong_pin"));
    EXPECT_EQ(station->messageKind(), MessageKind::Error);
    EXPECT_FALSE(station->messageDetail().isEmpty());
    EXPECT_EQ(lastFeedback(), Feedback::Rejected);

    ASSERT_TRUE(run([&] { station->submitPin(QStringLiteral("4321")); }));
    EXPECT_EQ(station->screen(), Screen::ScanOrder);
    EXPECT_FALSE(station->pinRequired());
    EXPECT_EQ(station->packerName(), QStringLiteral("Ben"));
    EXPECT_EQ(station->messageKind(), MessageKind::None);
}

TEST_F(LoginTest, AnUnknownBadgeIsRejected)
{
    ASSERT_TRUE(scan(QStringLiteral("NOBODY")));
    EXPECT_EQ(station->screen(), Screen::Login);
    EXPECT_FALSE(station->pinRequired());
    EXPECT_EQ(station->messageCode(), QStringLiteral("unknown_badge"));
    EXPECT_EQ(lastFeedback(), Feedback::Rejected);
}

TEST_F(LoginTest, APinWithoutABadgeIsRefused)
{
    ASSERT_TRUE(run([&] { station->submitPin(QStringLiteral("1234")); }));
    EXPECT_EQ(station->screen(), Screen::Login);
    EXPECT_EQ(station->messageCode(), QStringLiteral("pin_not_expected"));
}

TEST_F(LoginTest, AnotherBadgeWhileThePinPadIsOpenStartsOver)
{
    ASSERT_TRUE(scan(QStringLiteral("P02")));
    ASSERT_TRUE(station->pinRequired());
    ASSERT_TRUE(scan(QStringLiteral("P01")));
    EXPECT_FALSE(station->pinRequired());
    EXPECT_EQ(station->packerName(), QStringLiteral("Anna"));
}

TEST_F(LoginTest, LogoutReturnsToLogin)
{
    loginAnna();
    ASSERT_TRUE(run([&] { station->logout(); }));
    EXPECT_EQ(station->screen(), Screen::Login);
    EXPECT_TRUE(station->packerName().isEmpty());
    EXPECT_EQ(storedEvents({QStringLiteral("packer.logged_out")}).size(), 1u);
}

} // namespace
} // namespace packdesk::apptesting
