// Long content: an 80-character name and 40 item lines wrap, shrink and, at
// the smallest font, end the list with "+ N more items"; every word that is
// printed lies inside the page.
#include "cardtesting.h"
#include "printing/cardcontent.h"
#include "printing/cardlayout.h"
#include "printing/cardtemplate.h"
#include "printing/cardtext.h"
#include "printing/documentfont.h"
#include "support/pdfraster.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::printing;
using namespace packdesk::testing;

namespace {

Order longOrder(int lines)
{
    Order order = cardOrder();
    order.customer.name =
        QStringLiteral("Maximiliane Wilhelmina Hohenzollern-Sigmaringen Oberbürgermeisterstochter Ężąćłó");
    order.lines.clear();
    for (int i = 1; i <= lines; ++i) {
        OrderLine line;
        line.sku = QStringLiteral("SKU-%1").arg(i);
        line.name =
            QStringLiteral("Item%1 hand-thrown stoneware espresso cup").arg(i, 2, 10, QLatin1Char('0'));
        line.quantity = 1 + i % 3;
        line.category = QStringLiteral("ceramics");
        order.lines.push_back(line);
    }
    return order;
}

} // namespace

TEST(PrintingCards, LongNameWrapsInsideThePage)
{
    Order order = longOrder(3);
    order.customer.name = QString(80, QLatin1Char('W')); // one 80-letter "word": breaks anywhere
    for (PaperSize paper : {PaperSize::A6, PaperSize::FourBySixInch}) {
        QTemporaryDir dir;
        QJsonObject json = builtInCard();
        json.insert(QStringLiteral("greeting_returning"), QStringLiteral("Hello {customer_name}!"));
        writeShopCard(dir, json);
        CardInput input = cardInput(order);
        input.paper = paper;
        auto pdf = renderCard(TemplateLibrary({dir.path()}), input);
        ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
        expectEveryWordInsidePage(pdf->bytes);
        EXPECT_TRUE(pdfText(pdf->bytes)
                        .remove(QRegularExpression(QStringLiteral("\\s+")))
                        .contains(QString(80, QLatin1Char('W'))));
    }
}

TEST(PrintingCards, FortyItemsShrinkThenEndWithMoreItems)
{
    const Order order = longOrder(40);
    QTemporaryDir dir;
    QJsonObject json = builtInCard();
    json.insert(QStringLiteral("greeting_returning"), QStringLiteral("Dear {customer_name},"));
    writeShopCard(dir, json);
    auto pdf = renderCard(TemplateLibrary({dir.path()}), cardInput(order));
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    expectEveryWordInsidePage(pdf->bytes);

    const QString text = pdfText(pdf->bytes).simplified();
    // A line may break inside the hyphenated word: compare without spaces.
    EXPECT_TRUE(QString(text)
                    .remove(QLatin1Char(' '))
                    .contains(QString(order.customer.name).remove(QLatin1Char(' '))));
    // The items printed are the first ones, in order; the rest are counted.
    int shown = 0;
    while (shown < 40 && text.contains(QStringLiteral("Item%1 ").arg(shown + 1, 2, 10, QLatin1Char('0'))))
        ++shown;
    for (int i = shown + 1; i <= 40; ++i)
        EXPECT_FALSE(text.contains(QStringLiteral("Item%1 ").arg(i, 2, 10, QLatin1Char('0')))) << i;
    ASSERT_LT(shown, 40) << "40 lines do not fit an A6 card";
    EXPECT_GT(shown, 5);
    EXPECT_TRUE(text.contains(QStringLiteral("+ %1 more items").arg(40 - shown))) << text.toStdString();
    // Everything after the list is still there.
    EXPECT_TRUE(text.contains(QStringLiteral("Warm regards, the Acme Coffee team")));
    EXPECT_TRUE(text.contains(QStringLiteral("Handmade ceramics")));
}

TEST(PrintingCards, FontShrinksBeforeTheListIsCut)
{
    auto family = documentFontFamily();
    ASSERT_TRUE(family.ok());
    auto card = CardTemplate::fromJson(builtInCard(), QStringLiteral("card.en.json"), QStringLiteral("en"));
    ASSERT_TRUE(card.ok());
    QImage device(100, 100, QImage::Format_RGB32); // 96 dpi-ish units; only metrics matter
    const QRectF content(0, 0, 330, 480);
    const auto layoutFor = [&](int lines) {
        const CardInput input = cardInput(longOrder(lines));
        auto text = composeCardText(card.value(),
                                    CardContent::fromOrder(input.order, input.shop, input.codes).value());
        EXPECT_TRUE(text.ok());
        return layOutCard(text.value(), content, 90, family.value(), &device);
    };
    auto few = layoutFor(2);
    ASSERT_TRUE(few.ok());
    EXPECT_DOUBLE_EQ(few->fontScale, 1.0);
    EXPECT_EQ(few->hiddenItems, 0);

    auto some = layoutFor(9);
    ASSERT_TRUE(some.ok());
    EXPECT_LT(some->fontScale, 1.0);
    EXPECT_EQ(some->hiddenItems, 0) << "shrinking alone was enough";

    auto many = layoutFor(40);
    ASSERT_TRUE(many.ok());
    EXPECT_DOUBLE_EQ(many->fontScale, CardLayout::kMinimumFontScale);
    EXPECT_GT(many->hiddenItems, 0);
}

TEST(PrintingCards, ContentThatCannotFitIsAnErrorNotAnOverflow)
{
    Order order = cardOrder();
    QString gift;
    for (int i = 0; i < 400; ++i)
        gift += QStringLiteral("birthday ");
    order.giftMessage = gift;
    auto pdf = renderCard(TemplateLibrary(), cardInput(order));
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code, QStringLiteral("card_overflow"));
}
