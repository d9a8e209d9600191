#include "storetesting.h"

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

class UpsertOrdersTest : public StoreTest
{
protected:
    std::vector<UpsertKind> kinds(const std::vector<Order>& orders)
    {
        auto result = store->upsertOrders(orders);
        EXPECT_OK(result);
        std::vector<UpsertKind> out;
        for (const auto& outcome : result.ok() ? result.value() : std::vector<UpsertOutcome>{})
            out.push_back(outcome.kind);
        return out;
    }

    Order stored(const QString& shop, const QString& number)
    {
        auto found = store->findOrder(shop, number);
        EXPECT_OK(found);
        EXPECT_TRUE(found.ok() && found.value().has_value()) << number.toStdString() << " is not stored";
        return found.ok() && found.value() ? *found.value() : Order{};
    }

    void endSession(const OpenedSession& session, PackState state, OrderStatus status)
    {
        const DomainEvent event{
            EventTypes::OrderPacked, 5000, QStringLiteral("S1"), QStringLiteral("P01"), session.order.id,
            session.sessionId,       {}};
        ASSERT_OK(store->appendToSession(session.sessionId, {event}, SessionUpdate{state, status, true}));
    }

    static Order changed(Order order)
    {
        OrderLine scarf;
        scarf.sku = QStringLiteral("SCARF-3");
        scarf.name = QStringLiteral("Scarf");
        scarf.barcodes = {QStringLiteral("5901234123457")};
        scarf.quantity = 1;
        scarf.unitWeightGrams = 150;
        scarf.category = QStringLiteral("textile");
        order.lines = {scarf, order.lines[0]};
        order.lines[1].barcodes = {QStringLiteral("04006381333931")};
        return order;
    }
};

TEST_F(UpsertOrdersTest, NewOrdersAreCreatedReady)
{
    EXPECT_EQ(kinds({orderOf(QStringLiteral("acme"), QStringLiteral("1")),
                     orderOf(QStringLiteral("globex"), QStringLiteral("1"))}),
              (std::vector{UpsertKind::Created, UpsertKind::Created}));
    const Order order = stored(QStringLiteral("globex"), QStringLiteral("1"));
    EXPECT_GT(order.id, 0);
    EXPECT_EQ(order.status, OrderStatus::Ready);
    EXPECT_EQ(order.lines.size(), 2u);
}

TEST_F(UpsertOrdersTest, TheSameOrderAgainIsUnchanged)
{
    const Order order = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({order});
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    const qint64 updatedAt = scalar(*raw, "SELECT updated_at FROM orders");
    const qint64 firstLineId = scalar(*raw, "SELECT min(id) FROM order_lines");
    EXPECT_EQ(kinds({order}), std::vector{UpsertKind::Unchanged});
    EXPECT_EQ(scalar(*raw, "SELECT updated_at FROM orders"), updatedAt);
    EXPECT_EQ(scalar(*raw, "SELECT min(id) FROM order_lines"), firstLineId); // lines were not rewritten
}

TEST_F(UpsertOrdersTest, AChangedOrderIsUpdatedAndItsLinesReplaced)
{
    const Order original = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({original});
    const Order update = changed(original);
    EXPECT_EQ(kinds({update}), std::vector{UpsertKind::Updated});

    const Order now = stored(QStringLiteral("acme"), QStringLiteral("1"));
    ASSERT_EQ(now.lines.size(), 2u);
    EXPECT_EQ(now.lines[0].sku, QStringLiteral("SCARF-3"));
    EXPECT_EQ(now.lines[0].category, QStringLiteral("textile"));
    EXPECT_EQ(now.lines[1].sku, QStringLiteral("MUG-1"));
    EXPECT_EQ(now.lines[1].barcodes, QStringList{QStringLiteral("04006381333931")});
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM order_lines"), 2);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM line_barcodes"), 2);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM line_barcodes WHERE code = '036000291452'"), 0);
    EXPECT_EQ(kinds({update}), std::vector{UpsertKind::Unchanged});
}

TEST_F(UpsertOrdersTest, EveryFieldTheShopSentIsUpdated)
{
    Order order = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({order});
    order.customer.email = QStringLiteral("new@example.com");
    order.customer.previousOrders = 4;
    order.shippingAddress.line2 = QStringLiteral("c/o Reception");
    order.giftMessage = QStringLiteral("Gratulerer!");
    order.returnWindowDays = 60;
    order.surveyUrlTemplate = QStringLiteral("https://survey.example/{token}");
    order.returnPortalUrlTemplate = QStringLiteral("https://returns.example/{rma}");
    order.discountCode = QStringLiteral("THANKS10");
    EXPECT_EQ(kinds({order}), std::vector{UpsertKind::Updated});
    const Order now = stored(QStringLiteral("acme"), QStringLiteral("1"));
    EXPECT_EQ(now.customer.email, order.customer.email);
    EXPECT_EQ(now.customer.previousOrders, 4);
    EXPECT_FALSE(now.customer.isFirstTime());
    EXPECT_EQ(now.shippingAddress.line2, order.shippingAddress.line2);
    EXPECT_EQ(now.giftMessage, order.giftMessage);
    EXPECT_EQ(now.returnWindowDays, 60);
    EXPECT_EQ(now.surveyUrlTemplate, order.surveyUrlTemplate);
    EXPECT_EQ(now.returnPortalUrlTemplate, order.returnPortalUrlTemplate);
    EXPECT_EQ(now.discountCode, order.discountCode);
}

TEST_F(UpsertOrdersTest, APackedOrderIsNeverChangedByAnImport)
{
    const Order original = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({original});
    endSession(mustOpen(QStringLiteral("1"), QStringLiteral("S1")), PackState::Packed, OrderStatus::Packed);
    EXPECT_EQ(kinds({changed(original)}), std::vector{UpsertKind::SkippedPacked});
    const Order now = stored(QStringLiteral("acme"), QStringLiteral("1"));
    EXPECT_EQ(now.status, OrderStatus::Packed);
    EXPECT_EQ(now.lines[0].sku, QStringLiteral("MUG-1"));
}

TEST_F(UpsertOrdersTest, ACancelledOrderIsNeverChangedByAnImport)
{
    const Order original = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({original});
    endSession(mustOpen(QStringLiteral("1"), QStringLiteral("S1")), PackState::Cancelled,
               OrderStatus::Cancelled);
    EXPECT_EQ(kinds({changed(original)}), std::vector{UpsertKind::SkippedPacked});
}

TEST_F(UpsertOrdersTest, AnOrderBeingPackedIsLeftAlone)
{
    const Order original = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({original});
    mustOpen(QStringLiteral("1"), QStringLiteral("S1"));
    EXPECT_EQ(kinds({changed(original)}), std::vector{UpsertKind::SkippedInProgress});
    EXPECT_EQ(stored(QStringLiteral("acme"), QStringLiteral("1")).lines[0].sku, QStringLiteral("MUG-1"));
}

TEST_F(UpsertOrdersTest, AnExceptionOrderIsUpdatedAndStaysAnException)
{
    const Order original = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({original});
    endSession(mustOpen(QStringLiteral("1"), QStringLiteral("S1")), PackState::Exception,
               OrderStatus::Exception);
    EXPECT_EQ(kinds({changed(original)}), std::vector{UpsertKind::Updated});
    const Order now = stored(QStringLiteral("acme"), QStringLiteral("1"));
    EXPECT_EQ(now.status, OrderStatus::Exception);
    EXPECT_EQ(now.lines[0].sku, QStringLiteral("SCARF-3"));
}

TEST_F(UpsertOrdersTest, TheSameOrderTwiceInOneBatchIsCreatedThenUnchanged)
{
    const Order order = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    EXPECT_EQ(kinds({order, order, changed(order)}),
              (std::vector{UpsertKind::Created, UpsertKind::Unchanged, UpsertKind::Updated}));
}

TEST_F(UpsertOrdersTest, NamesInAnyScriptRoundTripExactly)
{
    Order order = orderOf(QStringLiteral("acme"), QStringLiteral("Ø-1"));
    order.customer.name = QStringLiteral("Bjørn Ødegård");
    order.shippingAddress.name = QStringLiteral("Jürgen Weiß");
    order.shippingAddress.line1 = QStringLiteral("Straße 5 · 3. OG");
    order.shippingAddress.city = QStringLiteral("東京");
    order.giftMessage = QStringLiteral("Für Zoë, mit Liebe 📦🎁");
    order.lines[0].name = QStringLiteral("Kaffeetasse „Zoë“ 📦");
    kinds({order});
    const Order now = stored(QStringLiteral("acme"), QStringLiteral("Ø-1"));
    EXPECT_EQ(now.customer.name, order.customer.name);
    EXPECT_EQ(now.shippingAddress.name, order.shippingAddress.name);
    EXPECT_EQ(now.shippingAddress.line1, order.shippingAddress.line1);
    EXPECT_EQ(now.shippingAddress.city, order.shippingAddress.city);
    EXPECT_EQ(now.giftMessage, order.giftMessage);
    EXPECT_EQ(now.lines[0].name, order.lines[0].name);
    EXPECT_EQ(now.giftMessage.toUtf8(), order.giftMessage.toUtf8());
    EXPECT_EQ(kinds({order}), std::vector{UpsertKind::Unchanged});
}

TEST_F(UpsertOrdersTest, ALinesBarcodesAreASortedSet)
{
    Order order = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    order.lines[0].barcodes = {QStringLiteral("B-2"), QStringLiteral("A-1"), QStringLiteral("B-2")};
    kinds({order});
    EXPECT_EQ(stored(QStringLiteral("acme"), QStringLiteral("1")).lines[0].barcodes,
              (QStringList{QStringLiteral("A-1"), QStringLiteral("B-2")}));
    order.lines[0].barcodes = {QStringLiteral("A-1"), QStringLiteral("B-2")};
    EXPECT_EQ(kinds({order}), std::vector{UpsertKind::Unchanged});
}

TEST_F(UpsertOrdersTest, ABatchWithOneImpossibleOrderStoresNothingAtAll)
{
    const Order existing = orderOf(QStringLiteral("acme"), QStringLiteral("1"));
    kinds({existing});

    Order broken = orderOf(QStringLiteral("acme"), QStringLiteral("3"));
    broken.lines[1].quantity = 0; // refused by the schema: a line nobody can pack
    auto result = store->upsertOrders(
        {orderOf(QStringLiteral("acme"), QStringLiteral("2")), changed(existing), broken});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("storage"));
    EXPECT_TRUE(result.error().message.startsWith(
        QStringLiteral("Order acme/3 could not be stored, so none of the 3")))
        << result.error().message.toStdString();
    EXPECT_FALSE(result.error().message.contains(QStringLiteral("Bjørn"))); // no personal data in errors

    auto orders = store->listOrders();
    ASSERT_OK(orders);
    ASSERT_EQ(orders->size(), 1u);
    EXPECT_EQ(orders->at(0).number, QStringLiteral("1"));
    EXPECT_EQ(orders->at(0).lines[0].sku,
              QStringLiteral("MUG-1")); // the update in the batch was rolled back too
    // The store is usable afterwards.
    EXPECT_EQ(kinds({orderOf(QStringLiteral("acme"), QStringLiteral("2"))}),
              std::vector{UpsertKind::Created});
}

TEST_F(UpsertOrdersTest, ABatchIsRefusedWholeWhenTheDatabaseCannotBeWritten)
{
    auto locker = openRaw(dbPath());
    ASSERT_TRUE(locker);
    // Another process holds the write lock for longer than the busy timeout allows.
    ASSERT_OK(locker->exec("BEGIN IMMEDIATE"));
    std::vector<Order> orders{orderOf(QStringLiteral("acme"), QStringLiteral("1"))};
    auto result = store->upsertOrders(orders);
    ASSERT_OK(locker->exec("ROLLBACK"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("storage"));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("busy")))
        << result.error().message.toStdString();
    auto listed = store->listOrders();
    ASSERT_OK(listed);
    EXPECT_TRUE(listed->empty());
}

} // namespace
