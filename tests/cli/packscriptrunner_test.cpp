#include "support/packscriptharness.h"
#include "support/sampleorders.h"

#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::testing;

namespace {
class PackScriptRunnerTest : public ::testing::Test, protected PackScriptHarness
{
protected:
    void SetUp() override
    {
        store.packers[QStringLiteral("P01")] = {Packer{QStringLiteral("P01"), QStringLiteral("Zoë"), QStringLiteral("fr"), false}, {}};
        store.packers[QStringLiteral("L01")] = {Packer{QStringLiteral("L01"), QStringLiteral("Lead"), QStringLiteral("en"), true}, QStringLiteral("1234")};
        store.orders.push_back(sampleOrder());
    }
};

const char* kHappyPath = R"(
at 2026-11-24T08:00:00Z
login P01
scan 1001
scan 4006381333931
wait 5s
scan 4006381333931
scan 036000291452
expect state weighing
box M
weigh 925
quality right_box_size=ok protection=ok seal=ok card_inserted=ok label_placement=ok
print ok
complete
expect state packed
)";
} // namespace

TEST_F(PackScriptRunnerTest, AHappyPathScriptPacksTheOrder)
{
    const auto result = run(QString::fromLatin1(kHappyPath));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString() << "\n" << transcript.toStdString();
    EXPECT_EQ(runner.ordersPacked(), 1);
    EXPECT_EQ(store.events.back().type, EventTypes::OrderPacked);
    EXPECT_EQ(store.events.back().details.value(QStringLiteral("duration_ms")).toInteger(), 5000);
}

TEST_F(PackScriptRunnerTest, ScriptTimeStampsTheEvents)
{
    ASSERT_TRUE(run(QString::fromLatin1(kHappyPath)).ok());
    EXPECT_EQ(store.events.front().atMs, QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
}

TEST_F(PackScriptRunnerTest, AFailedCommandStopsTheScriptWithItsLine)
{
    const auto result = run(QStringLiteral("login P01\nscan 1001\ncomplete\nscan 4006381333931\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("illegal_transition"));
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("line 3:")));
    EXPECT_EQ(service.session()->totalScanned(), 0) << "nothing after the failure may run";
}

TEST_F(PackScriptRunnerTest, AnExpectedErrorLetsTheScriptGoOn)
{
    const auto result = run(QStringLiteral("login P01\nscan 1001\ncomplete\nexpect error illegal_transition\n"
                                           "scan 4006381333931\n"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(service.session()->totalScanned(), 1);
}

TEST_F(PackScriptRunnerTest, ARejectedScanCanBeExpected)
{
    EXPECT_TRUE(run(QStringLiteral("login P01\nscan 1001\nscan 5901234123457\nexpect rejected wrong_item\n")).ok());
}

TEST_F(PackScriptRunnerTest, AWrongExpectationFails)
{
    const auto result = run(QStringLiteral("login P01\nscan 1001\nexpect state packed\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("expectation_failed"));
    EXPECT_EQ(result.error().message, QStringLiteral("line 3: expected state packed, but it is verifying"));
}

TEST_F(PackScriptRunnerTest, LeadOverrideWithPinAndReason)
{
    const auto result = run(QStringLiteral("login P01\nscan 1001\nscan 4006381333931\nscan 4006381333931\n"
                                           "scan 036000291452\nbox M\nweigh 2000\nexpect state weighing\n"
                                           "override L01 pin=1234 extra flyers in parcel\n"
                                           "expect state quality_check\n"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(store.events.back().details.value(QStringLiteral("reason")).toString(),
              QStringLiteral("extra flyers in parcel"));
}

TEST_F(PackScriptRunnerTest, ADefectNeedsItsKindAndBadAnswersAreSyntaxErrors)
{
    const auto result = run(QStringLiteral("login P01\nscan 1001\nscan 4006381333931\nscan 4006381333931\n"
                                           "scan 036000291452\nbox M\nweigh 925\nquality seal=maybe\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("script_syntax"));
}

TEST_F(PackScriptRunnerTest, ScansAsTheScannerSendsThemMatchTheLines)
{
    // EAN-13 with its AIM identifier, the same GTIN inside a GS1-128 with a
    // lot and a serial, and the UPC-A of the tea as a 13-digit EAN.
    const auto result = run(QStringLiteral("login P01\n"
                                           "scan ]C01001\n"
                                           "scan ]E04006381333931\n"
                                           "scan ]C10104006381333931" "10LOT-7<GS>21SN0042\n"
                                           "scan ]E00036000291452\n"
                                           "expect state weighing\n"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString() << "\n" << transcript.toStdString();
}

TEST_F(PackScriptRunnerTest, AMalformedGs1ScanIsRefusedWithItsReason)
{
    const auto result = run(QStringLiteral("login P01\nscan 1001\nscan ]C10104006381333932\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("gs1_check_digit"));
    EXPECT_EQ(service.session()->totalScanned(), 0);
}
