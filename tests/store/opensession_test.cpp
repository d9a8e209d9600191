#include "core/packsession.h"
#include "storetesting.h"

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

const QString kS1 = QStringLiteral("S1");
const QString kS2 = QStringLiteral("S2");

class OpenSessionTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        import({orderOf(QStringLiteral("acme"), QStringLiteral("1001")),
                orderOf(QStringLiteral("acme"), QStringLiteral("1002")),
                orderOf(QStringLiteral("acme"), QStringLiteral("2001")),
                orderOf(QStringLiteral("globex"), QStringLiteral("2001"))});
    }

    /// Ends a session the way the packing service does when it reaches `state`.
    void end(const OpenedSession& session, PackState state, OrderStatus status, qint64 atMs)
    {
        const DomainEvent event{state == PackState::Packed ? EventTypes::OrderPacked
                                                           : EventTypes::SessionCancelled,
                                atMs,
                                kS1,
                                QStringLiteral("P01"),
                                session.order.id,
                                session.sessionId,
                                {}};
        ASSERT_OK(store->appendToSession(session.sessionId, {event}, SessionUpdate{state, status, true}));
    }

    OrderStatus statusOf(const QString& shop, const QString& number)
    {
        auto found = store->findOrder(shop, number);
        EXPECT_TRUE(found.ok() && found.value().has_value());
        return found.ok() && found.value() ? found.value()->status : OrderStatus::Ready;
    }
};

TEST_F(OpenSessionTest, TheOrderNumberAloneOpensTheOrderWithLinesAndSettings)
{
    const OpenedSession opened = mustOpen(QStringLiteral("1001"), kS1);
    EXPECT_GT(opened.sessionId, 0);
    EXPECT_EQ(opened.startedAtMs, 1'700'000'000'000);
    EXPECT_FALSE(opened.resumed);
    ASSERT_EQ(opened.history.size(), 1u);
    EXPECT_EQ(opened.history.front().type, EventTypes::SessionOpened);
    EXPECT_EQ(opened.history.front().sessionId, opened.sessionId);
    EXPECT_EQ(opened.order.reference(), QStringLiteral("acme/1001"));
    ASSERT_EQ(opened.order.lines.size(), 2u);
    EXPECT_EQ(opened.order.lines[1].barcodes, QStringList{QStringLiteral("036000291452")});
    EXPECT_EQ(opened.order.status, OrderStatus::Packing);
    EXPECT_EQ(opened.settings.shop, QStringLiteral("acme"));
    EXPECT_EQ(opened.settings.boxes.size(), ShopSettings::defaults(QStringLiteral("acme")).boxes.size());
    EXPECT_EQ(statusOf(QStringLiteral("acme"), QStringLiteral("1001")), OrderStatus::Packing);
}

TEST_F(OpenSessionTest, OpeningRecordsASessionOpenedEventNamingTheOrder)
{
    const OpenedSession opened = mustOpen(QStringLiteral(" 1001\n"), kS1);
    auto active = store->activeSession(kS1);
    ASSERT_OK(active);
    ASSERT_TRUE(active.value().has_value());
    ASSERT_EQ(active.value()->history.size(), 1u);
    const DomainEvent& event = active.value()->history[0];
    EXPECT_EQ(event.type, EventTypes::SessionOpened);
    EXPECT_EQ(event.station, kS1);
    EXPECT_EQ(event.packer, QStringLiteral("P01"));
    EXPECT_EQ(event.orderId, opened.order.id);
    EXPECT_EQ(event.sessionId, opened.sessionId);
    EXPECT_EQ(event.atMs, 1'700'000'000'000);
    EXPECT_EQ(event.details.value(QStringLiteral("order")).toString(), QStringLiteral("acme/1001"));
}

TEST_F(OpenSessionTest, ShopAndNumberPickOneOfTwoShopsSharingANumber)
{
    const OpenedSession opened = mustOpen(QStringLiteral("globex/2001"), kS1);
    EXPECT_EQ(opened.order.shop, QStringLiteral("globex"));
    EXPECT_EQ(opened.settings.shop, QStringLiteral("globex"));
    EXPECT_EQ(statusOf(QStringLiteral("acme"), QStringLiteral("2001")), OrderStatus::Ready);
}

TEST_F(OpenSessionTest, ANumberTwoShopsShareIsAmbiguous)
{
    auto opened = store->openSession(QStringLiteral("2001"), {kS1, QStringLiteral("P01")}, 1);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, QStringLiteral("order_ambiguous"));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("acme, globex")))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("packing slip")));
    EXPECT_EQ(statusOf(QStringLiteral("acme"), QStringLiteral("2001")), OrderStatus::Ready);
}

TEST_F(OpenSessionTest, AnUnknownCodeIsNotFound)
{
    for (const QString& code : {QStringLiteral("9999"), QStringLiteral("acme/9999"), QStringLiteral("  ")}) {
        auto opened = store->openSession(code, {kS1, QStringLiteral("P01")}, 1);
        ASSERT_FALSE(opened.ok()) << code.toStdString();
        EXPECT_EQ(opened.error().code, QStringLiteral("order_not_found"));
    }
    auto opened = store->openSession(QStringLiteral("9999"), {kS1, QStringLiteral("P01")}, 1);
    EXPECT_EQ(opened.error().message,
              QStringLiteral("No order matches '9999'. Check the packing slip or ask a lead."));
}

TEST_F(OpenSessionTest, APackedOrderIsRefusedSayingWhereItWasPacked)
{
    const OpenedSession first = mustOpen(QStringLiteral("1001"), kS1);
    end(first, PackState::Packed, OrderStatus::Packed, 1'700'000'100'000);
    EXPECT_EQ(statusOf(QStringLiteral("acme"), QStringLiteral("1001")), OrderStatus::Packed);

    auto again = store->openSession(QStringLiteral("1001"), {kS2, QStringLiteral("P02")}, 1'700'000'200'000);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("order_not_packable"));
    EXPECT_TRUE(again.error().message.startsWith(
        QStringLiteral("Order acme/1001 is already packed (at station S1, ")))
        << again.error().message.toStdString();
}

TEST_F(OpenSessionTest, ACancelledOrderIsRefused)
{
    const OpenedSession first = mustOpen(QStringLiteral("1002"), kS1);
    end(first, PackState::Cancelled, OrderStatus::Cancelled, 1'700'000'100'000);
    auto again = store->openSession(QStringLiteral("1002"), {kS1, QStringLiteral("P01")}, 1'700'000'200'000);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("order_not_packable"));
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("cancelled")));
}

TEST_F(OpenSessionTest, AnOrderGivenBackCanBeOpenedAgain)
{
    const OpenedSession first = mustOpen(QStringLiteral("1001"), kS1);
    end(first, PackState::Cancelled, OrderStatus::Ready, 1'700'000'100'000);
    const OpenedSession second =
        mustOpen(QStringLiteral("1001"), kS2, QStringLiteral("P02"), 1'700'000'200'000);
    EXPECT_NE(second.sessionId, first.sessionId);
    EXPECT_FALSE(second.resumed);
}

TEST_F(OpenSessionTest, AStationWithAnOpenSessionCannotOpenAnotherOrder)
{
    mustOpen(QStringLiteral("1001"), kS1);
    auto other = store->openSession(QStringLiteral("1002"), {kS1, QStringLiteral("P01")}, 1'700'000'100'000);
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, QStringLiteral("station_busy"));
    EXPECT_EQ(other.error().message,
              QStringLiteral("Station S1 is still packing order acme/1001. Finish or cancel it first."));
    EXPECT_EQ(statusOf(QStringLiteral("acme"), QStringLiteral("1002")), OrderStatus::Ready);
}

TEST_F(OpenSessionTest, ScanningTheOrderAgainResumesItWithItsHistory)
{
    const OpenedSession first = mustOpen(QStringLiteral("1001"), kS1);
    DomainEvents scans;
    for (int i = 0; i < 2; ++i) {
        scans.push_back({EventTypes::ItemScanned, 1'700'000'000'100 + i, kS1, QStringLiteral("P01"),
                         first.order.id, first.sessionId,
                         QJsonObject{{QStringLiteral("line"), 0}, {QStringLiteral("scanned"), i + 1}}});
    }
    ASSERT_OK(store->appendToSession(first.sessionId, scans, SessionUpdate{}));

    const OpenedSession resumed =
        mustOpen(QStringLiteral("acme/1001"), kS1, QStringLiteral("P01"), 1'700'000'500'000);
    EXPECT_TRUE(resumed.resumed);
    EXPECT_EQ(resumed.sessionId, first.sessionId);
    EXPECT_EQ(resumed.startedAtMs, first.startedAtMs);
    ASSERT_EQ(resumed.history.size(), 3u);
    EXPECT_EQ(resumed.history[0].type, EventTypes::SessionOpened);
    EXPECT_EQ(resumed.history[2].details.value(QStringLiteral("scanned")).toInt(), 2);
    EXPECT_EQ(resumed.history[2].atMs, 1'700'000'000'101);

    const PackSession session = PackSession::replay(
        resumed.order, resumed.settings, {resumed.sessionId, kS1, QStringLiteral("P01"), resumed.startedAtMs},
        resumed.history);
    EXPECT_EQ(session.scannedCount(0), 2);
}

TEST_F(OpenSessionTest, AnIdleStationHasNoActiveSession)
{
    mustOpen(QStringLiteral("1001"), kS1);
    auto active = store->activeSession(kS2);
    ASSERT_OK(active);
    EXPECT_FALSE(active.value().has_value());
}

TEST_F(OpenSessionTest, TheShopsOwnSettingsComeWithTheSession)
{
    ShopSettings settings;
    settings.shop = QStringLiteral("acme");
    settings.boxes = {{QStringLiteral("XL"), QStringLiteral("Extra large"), 500}};
    settings.packingMaterialsGrams = 40;
    settings.tolerance = {50, 5.5};
    settings.checklist = {{QStringLiteral("seal"), QStringLiteral("Sealed")}};
    ASSERT_OK(store->saveShopSettings(settings));

    const OpenedSession opened = mustOpen(QStringLiteral("1001"), kS1);
    ASSERT_EQ(opened.settings.boxes.size(), 1u);
    EXPECT_EQ(opened.settings.boxes[0].code, QStringLiteral("XL"));
    EXPECT_EQ(opened.settings.boxes[0].weightGrams, 500);
    EXPECT_EQ(opened.settings.packingMaterialsGrams, 40);
    EXPECT_EQ(opened.settings.tolerance.grams, 50);
    EXPECT_DOUBLE_EQ(opened.settings.tolerance.percent, 5.5);
    ASSERT_EQ(opened.settings.checklist.size(), 1u);
    EXPECT_EQ(opened.settings.checklist[0].key, QStringLiteral("seal"));
}

} // namespace
