#include "core/packingservice.h"
#include "sessionfixture.h"
#include "support/memoryorderstore.h"

using namespace packdesk;
using namespace packdesk::testing;

namespace {
class PackingServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store.packers[QStringLiteral("P01")] = {Packer{QStringLiteral("P01"), QStringLiteral("Zoë"), QStringLiteral("fr"), false}, {}};
        store.packers[QStringLiteral("L01")] = {Packer{QStringLiteral("L01"), QStringLiteral("Jürgen Weiß"), QStringLiteral("de"), true}, QStringLiteral("4711")};
        store.orders.push_back(sampleOrder());
    }

    void packToWeighing()
    {
        ASSERT_TRUE(service.login(QStringLiteral("P01")).ok());
        ASSERT_TRUE(service.scan(QStringLiteral("1001")).ok());
        for (const char* code : {"4006381333931", "4006381333931", "036000291452"})
            ASSERT_TRUE(service.scan(QString::fromLatin1(code)).ok());
        ASSERT_TRUE(service.chooseBox(QStringLiteral("M")).ok());
    }

    MemoryOrderStore store;
    ManualClock clock;
    PackingService service{store, clock, QStringLiteral("S1")};
};
} // namespace

TEST_F(PackingServiceTest, NothingHappensBeforeABadgeIsScanned)
{
    const auto result = service.scan(QStringLiteral("1001"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("not_logged_in"));
}

TEST_F(PackingServiceTest, LoginIsRecordedAsAnEvent)
{
    ASSERT_TRUE(service.login(QStringLiteral("P01")).ok());
    ASSERT_EQ(store.events.size(), 1u);
    EXPECT_EQ(store.events[0].type, EventTypes::PackerLoggedIn);
    EXPECT_EQ(service.packer()->locale, QStringLiteral("fr"));
}

TEST_F(PackingServiceTest, TheFirstScanOpensTheOrderAndLaterScansVerifyItems)
{
    ASSERT_TRUE(service.login(QStringLiteral("P01")).ok());
    const auto opened = service.scan(QStringLiteral("1001"));
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->kind, ScanOutcome::Kind::OrderOpened);
    const auto item = service.scan(QStringLiteral("4006381333931"));
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->kind, ScanOutcome::Kind::ItemAccepted);
    const auto wrong = service.scan(QStringLiteral("5901234123457"));
    ASSERT_TRUE(wrong.ok());
    EXPECT_EQ(wrong->kind, ScanOutcome::Kind::ItemRejected);
    EXPECT_EQ(wrong->rejectReason, QStringLiteral("wrong_item"));
}

TEST_F(PackingServiceTest, AFailedWriteLeavesTheSessionAsItWasOnDisk)
{
    ASSERT_TRUE(service.login(QStringLiteral("P01")).ok());
    ASSERT_TRUE(service.scan(QStringLiteral("1001")).ok());
    store.failNextWrite = true;
    const auto result = service.scan(QStringLiteral("4006381333931"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("storage"));
    EXPECT_EQ(service.session()->totalScanned(), 0);
    ASSERT_TRUE(service.scan(QStringLiteral("4006381333931")).ok());
    EXPECT_EQ(service.session()->totalScanned(), 1);
}

TEST_F(PackingServiceTest, OnlyALeadCanOverride)
{
    packToWeighing();
    ASSERT_TRUE(service.recordWeight(1).ok());
    EXPECT_EQ(service.approveOverride(QStringLiteral("P01"), {}, QStringLiteral("trust me")).error().code,
              QStringLiteral("not_a_lead"));
    EXPECT_EQ(service.approveOverride(QStringLiteral("L01"), QStringLiteral("0000"), QStringLiteral("scale")).error().code,
              QStringLiteral("wrong_pin"));
    ASSERT_TRUE(service.approveOverride(QStringLiteral("L01"), QStringLiteral("4711"), QStringLiteral("scale drift")).ok());
    EXPECT_EQ(service.session()->state(), PackState::QualityCheck);
}

TEST_F(PackingServiceTest, AFinishedOrderClosesTheSessionAndStoresTheOutcome)
{
    packToWeighing();
    ASSERT_TRUE(service.recordWeight(kSampleExpectedGramsWithBoxM).ok());
    ASSERT_TRUE(service.recordQuality(passingQuality(ShopSettings::defaults(QStringLiteral("acme")))).ok());
    ASSERT_TRUE(service.printFinished({QStringLiteral("card")}).ok());
    ASSERT_TRUE(service.complete().ok());
    EXPECT_EQ(service.session(), nullptr);
    EXPECT_TRUE(store.sessions[1].ended);
    EXPECT_EQ(store.sessions[1].orderStatus, OrderStatus::Packed);
    EXPECT_EQ(store.events.back().type, EventTypes::OrderPacked);
}

TEST_F(PackingServiceTest, ACancelledSessionGivesTheOrderBack)
{
    packToWeighing();
    ASSERT_TRUE(service.cancel(QStringLiteral("wrong table")).ok());
    EXPECT_EQ(store.sessions[1].orderStatus, OrderStatus::Ready);
    EXPECT_EQ(service.session(), nullptr);
}

TEST_F(PackingServiceTest, ANewServiceResumesWhereTheOldOneStopped)
{
    packToWeighing();
    PackingService restarted(store, clock, QStringLiteral("S1"));
    const auto resumed = restarted.resume();
    ASSERT_TRUE(resumed.ok());
    EXPECT_TRUE(resumed.value());
    ASSERT_NE(restarted.session(), nullptr);
    EXPECT_EQ(restarted.session()->state(), PackState::Weighing);
    EXPECT_EQ(restarted.session()->totalScanned(), 3);
    ASSERT_NE(restarted.session()->box(), nullptr);
}

TEST_F(PackingServiceTest, AnotherPackerCannotLogInOverAnOpenOrder)
{
    packToWeighing();
    EXPECT_EQ(service.login(QStringLiteral("L01"), QStringLiteral("4711")).error().code, QStringLiteral("session_open"));
}
