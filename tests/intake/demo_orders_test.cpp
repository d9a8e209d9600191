// deploy/demo/orders.json feeds the demo scripts: it must import cleanly
// and be packable (real GTINs, small quantities) and show off the cards
// (first-time and returning customers, several languages, gift messages).
#include "core/productcode.h"
#include "intaketestsupport.h"

#include <QSet>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

OrderFileContents demoOrders()
{
    return OrderFileReader::read(QStringLiteral(DEMO_ORDERS_FILE));
}

TEST(DemoOrders, ImportWithoutProblems)
{
    const OrderFileContents contents = demoOrders();
    EXPECT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    EXPECT_GE(contents.orders.size(), 10u);
    EXPECT_LE(contents.orders.size(), 15u);
}

TEST(DemoOrders, EveryNumericBarcodeIsAGtinWithAValidCheckDigit)
{
    int gtins = 0;
    for (const Order& order : demoOrders().orders) {
        for (const OrderLine& line : order.lines) {
            EXPECT_FALSE(line.barcodes.isEmpty())
                << order.reference().toStdString() << " " << line.sku.toStdString();
            for (const QString& code : line.barcodes) {
                bool numeric = false;
                code.toULongLong(&numeric);
                if (!numeric)
                    continue;
                EXPECT_TRUE(ProductCode::isValidGtin(code)) << code.toStdString();
                ++gtins;
            }
        }
    }
    EXPECT_GT(gtins, 10);
}

TEST(DemoOrders, AreSmallEnoughToPackInADemo)
{
    for (const Order& order : demoOrders().orders) {
        EXPECT_GE(order.lines.size(), 1u);
        EXPECT_LE(order.lines.size(), 4u);
        for (const OrderLine& line : order.lines) {
            EXPECT_GE(line.quantity, 1);
            EXPECT_LE(line.quantity, 3) << order.reference().toStdString();
            EXPECT_GT(line.unitWeightGrams, 0);
        }
    }
}

TEST(DemoOrders, ShowEveryKindOfCard)
{
    QSet<QString> shops;
    QSet<QString> languages;
    int firstTime = 0;
    int returning = 0;
    int gifts = 0;
    int fragile = 0;
    for (const Order& order : demoOrders().orders) {
        shops.insert(order.shop);
        languages.insert(order.customer.locale.section(QLatin1Char('-'), 0, 0));
        (order.customer.isFirstTime() ? firstTime : returning)++;
        gifts += order.giftMessage.isEmpty() ? 0 : 1;
        for (const OrderLine& line : order.lines)
            fragile += line.fragile ? 1 : 0;
    }
    EXPECT_GE(shops.size(), 2);
    EXPECT_TRUE(languages.contains("nb") && languages.contains("nl") && languages.contains("de") &&
                languages.contains("fr") && languages.contains("en"));
    EXPECT_GE(firstTime, 1);
    EXPECT_GE(returning, 1);
    EXPECT_GE(gifts, 2);
    EXPECT_GE(fragile, 1);
}

} // namespace
} // namespace packdesk
