#include "storetesting.h"

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

using FindOrdersTest = StoreTest;

TEST_F(FindOrdersTest, AnOrderIsFoundByShopAndNumber)
{
    import({orderOf(QStringLiteral("acme"), QStringLiteral("1")),
            orderOf(QStringLiteral("globex"), QStringLiteral("1"))});
    auto found = store->findOrder(QStringLiteral("globex"), QStringLiteral("1"));
    ASSERT_OK(found);
    ASSERT_TRUE(found.value().has_value());
    EXPECT_EQ(found.value()->reference(), QStringLiteral("globex/1"));
    auto missing = store->findOrder(QStringLiteral("globex"), QStringLiteral("2"));
    ASSERT_OK(missing);
    EXPECT_FALSE(missing.value().has_value());
}

TEST_F(FindOrdersTest, ANumberAloneFindsTheOrderOnlyWhenOneShopHasIt)
{
    import({orderOf(QStringLiteral("acme"), QStringLiteral("1")),
            orderOf(QStringLiteral("globex"), QStringLiteral("1")),
            orderOf(QStringLiteral("globex"), QStringLiteral("2"))});
    auto unique = store->findOrderByNumber(QStringLiteral("2"));
    ASSERT_OK(unique);
    ASSERT_TRUE(unique.value().has_value());
    EXPECT_EQ(unique.value()->reference(), QStringLiteral("globex/2"));
    EXPECT_EQ(unique.value()->lines.size(), 2u);
    auto shared = store->findOrderByNumber(QStringLiteral("1"));
    ASSERT_FALSE(shared.ok());
    EXPECT_EQ(shared.error().code, QStringLiteral("order_ambiguous"));
    auto missing = store->findOrderByNumber(QStringLiteral("3"));
    ASSERT_OK(missing);
    EXPECT_FALSE(missing.value().has_value());
}

TEST_F(FindOrdersTest, OrdersAreListedByStatusInImportOrder)
{
    import({orderOf(QStringLiteral("acme"), QStringLiteral("1")),
            orderOf(QStringLiteral("acme"), QStringLiteral("2")),
            orderOf(QStringLiteral("acme"), QStringLiteral("3"))});
    mustOpen(QStringLiteral("2"), QStringLiteral("S1"));
    auto ready = store->listOrders(OrderStatus::Ready);
    ASSERT_OK(ready);
    ASSERT_EQ(ready->size(), 2u);
    EXPECT_EQ(ready->at(0).number, QStringLiteral("1"));
    EXPECT_EQ(ready->at(1).number, QStringLiteral("3"));
    auto page = store->listOrders(std::nullopt, 1, 1);
    ASSERT_OK(page);
    ASSERT_EQ(page->size(), 1u);
    EXPECT_EQ(page->at(0).number, QStringLiteral("2"));
    EXPECT_EQ(page->at(0).status, OrderStatus::Packing);
}

} // namespace
