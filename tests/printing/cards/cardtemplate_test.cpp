// Card templates: what a shop can get wrong is refused when the template is
// loaded (template_invalid, unknown_field, bad_placeholder); a value the
// order lacks is refused before anything is drawn (missing_field); the
// conditional blocks appear only when the order has what they need.
#include "cardtesting.h"
#include "printing/cardcontent.h"
#include "printing/cardtemplate.h"
#include "printing/cardtext.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::printing;
using namespace packdesk::testing;

namespace {

Result<CardTemplate> parse(const QJsonObject& json)
{
    return CardTemplate::fromJson(json, QStringLiteral("acme/card.en.json"), QStringLiteral("en"));
}

Result<CardText> compose(const QJsonObject& json, const Order& order = cardOrder())
{
    auto card = parse(json);
    if (!card)
        return card.error();
    const CardInput input = cardInput(order);
    auto content = CardContent::fromOrder(input.order, input.shop, input.codes);
    if (!content)
        return content.error();
    return composeCardText(card.value(), content.value());
}

} // namespace

TEST(PrintingCards, EveryBuiltInTemplateIsValid)
{
    for (const QString& language : TemplateLibrary::builtInLanguages()) {
        auto card = parse(builtInCard(language));
        ASSERT_TRUE(card.ok()) << language.toStdString() << ": " << card.error().message.toStdString();
        EXPECT_GE(card->tips.size(), 4u) << language.toStdString();
        EXPECT_TRUE(card->surveyCaption.has_value());
    }
}

TEST(PrintingCards, UnknownKeyIsRefusedNamingFileAndKey)
{
    QJsonObject json = builtInCard();
    json.insert(QStringLiteral("greting"), QStringLiteral("Hi"));
    auto card = parse(json);
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("template_invalid"));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("acme/card.en.json")));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("\"greting\"")));
}

TEST(PrintingCards, NonStringValuesAreRefused)
{
    QJsonObject json = builtInCard();
    json.insert(QStringLiteral("body"), 42);
    auto card = parse(json);
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("template_invalid"));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("\"body\"")));

    json = builtInCard();
    QJsonObject tips;
    tips.insert(QStringLiteral("coffee"), QJsonArray{QStringLiteral("a")});
    json.insert(QStringLiteral("tips"), tips);
    card = parse(json);
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("template_invalid"));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("tips.coffee")));
}

TEST(PrintingCards, RequiredTextMissingIsRefused)
{
    QJsonObject json = builtInCard();
    json.remove(QStringLiteral("signature"));
    auto card = parse(json);
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("template_invalid"));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("signature")));
}

TEST(PrintingCards, UnknownFieldAndBadPlaceholderAreRefused)
{
    QJsonObject json = builtInCard();
    json.insert(QStringLiteral("body"), QStringLiteral("Thanks {frist_name}"));
    auto card = parse(json);
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("unknown_field"));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("body")));

    json.insert(QStringLiteral("body"), QStringLiteral("Thanks {first_name"));
    card = parse(json);
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("bad_placeholder"));

    // more_count belongs to the "+ N more items" line only.
    json = builtInCard();
    json.insert(QStringLiteral("body"), QStringLiteral("{more_count}"));
    EXPECT_EQ(parse(json).error().code, QStringLiteral("unknown_field"));
}

TEST(PrintingCards, FirstTimeAndReturningCustomersGetTheirOwnGreeting)
{
    Order order = cardOrder();
    order.customer.previousOrders = 0;
    auto first = compose(builtInCard(), order);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->greeting, QStringLiteral("Welcome, Anna!"));
    order.customer.previousOrders = 3;
    auto returning = compose(builtInCard(), order);
    ASSERT_TRUE(returning.ok());
    EXPECT_EQ(returning->greeting, QStringLiteral("Lovely to see you again, Anna!"));
}

TEST(PrintingCards, TipsOnlyForCategoriesInTheOrder)
{
    auto text = compose(builtInCard());
    ASSERT_TRUE(text.ok());
    ASSERT_EQ(text->tips.size(), 2);
    EXPECT_TRUE(text->tips.at(0).contains(QStringLiteral("grind the beans")));   // coffee, first in the order
    EXPECT_TRUE(text->tips.at(1).contains(QStringLiteral("Handmade ceramics"))); // ceramics
    EXPECT_FALSE(text->tipsHeading.isEmpty());

    Order order = cardOrder();
    for (OrderLine& line : order.lines)
        line.category = QStringLiteral("bicycles");
    text = compose(builtInCard(), order);
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text->tips.isEmpty());
    EXPECT_TRUE(text->tipsHeading.isEmpty()) << "no heading over no tips";
}

TEST(PrintingCards, GiftAndDiscountBlocksOnlyWhenTheOrderHasThem)
{
    auto text = compose(builtInCard());
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->giftMessage, QStringLiteral("“Happy birthday, love from Sam”"));
    EXPECT_TRUE(text->discount.contains(QStringLiteral("THANKS10")));

    Order order = cardOrder();
    order.giftMessage.clear();
    order.discountCode = QStringLiteral("  ");
    text = compose(builtInCard(), order);
    ASSERT_TRUE(text.ok()) << "gift_text and discount_text are conditional: "
                           << text.error().message.toStdString();
    EXPECT_TRUE(text->giftMessage.isEmpty());
    EXPECT_TRUE(text->giftHeading.isEmpty());
    EXPECT_TRUE(text->discount.isEmpty());
}

TEST(PrintingCards, MissingValueInAnAlwaysPrintedTextIsAnError)
{
    // The gift message is optional in its own block, but not in the body.
    QJsonObject json = builtInCard();
    json.insert(QStringLiteral("body"), QStringLiteral("Sam says: {gift_message}"));
    Order order = cardOrder();
    order.giftMessage.clear();
    auto text = compose(json, order);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().code, QStringLiteral("missing_field"));
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("gift_message")));

    // And renderCard refuses it before drawing anything.
    QTemporaryDir dir;
    writeShopCard(dir, json);
    auto pdf = renderCard(TemplateLibrary({dir.path()}), cardInput(order));
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code, QStringLiteral("missing_field"));
    EXPECT_FALSE(pdf.error().message.contains(QStringLiteral("Anna"))) << "no personal data in messages";
}

TEST(PrintingCards, SurveyCaptionWithoutSurveyUrlIsMissingField)
{
    Order order = cardOrder();
    order.surveyUrlTemplate.clear();
    auto text = compose(builtInCard(), order);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().code, QStringLiteral("missing_field"));
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("survey_url")));

    // A template without a survey caption needs no URL.
    QJsonObject json = builtInCard();
    json.remove(QStringLiteral("survey_caption"));
    text = compose(json, order);
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text->surveyUrl.isEmpty());
}

TEST(PrintingCards, SurveyUrlCarriesThePercentEncodedToken)
{
    CardInput input = cardInput();
    input.codes.surveyToken = QStringLiteral("ab+c/d=é");
    auto content = CardContent::fromOrder(input.order, input.shop, input.codes);
    ASSERT_TRUE(content.ok());
    EXPECT_EQ(content->surveyUrl, QStringLiteral("https://survey.example.com/s/ab%2Bc%2Fd%3D%C3%A9"));

    input.order.surveyUrlTemplate = QStringLiteral("https://survey.example.com/s/");
    content = CardContent::fromOrder(input.order, input.shop, input.codes);
    ASSERT_FALSE(content.ok());
    EXPECT_EQ(content.error().code, QStringLiteral("survey_url_invalid"));
}

TEST(PrintingCards, FirstNameIsTheFirstWordOfThePlainName)
{
    EXPECT_EQ(CardContent::firstNameOf(QStringLiteral("  Anna van Dijk")), QStringLiteral("Anna"));
    EXPECT_EQ(CardContent::firstNameOf(QStringLiteral("Zoë\nBerg")), QStringLiteral("Zoë"));
    EXPECT_EQ(CardContent::firstNameOf(QString()), QString());
}
