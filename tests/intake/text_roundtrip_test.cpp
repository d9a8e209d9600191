// Names and messages in any script arrive exactly as sent, whichever
// format carried them: no transcoding, no normalisation, no lost emoji.
#include "intaketestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

struct Sample
{
    const char* number;
    QString name;
    QString gift;
};

const std::vector<Sample>& samples()
{
    static const std::vector<Sample> list{
        {"1", QString::fromUtf8("Bjørn Ødegård"), QString::fromUtf8("Gratulerer 🎉")},
        {"2", QString::fromUtf8("Jürgen Weiß"), QString::fromUtf8("Alles Gute, \"Jürgen\"!\nDeine Anna")},
        {"3", QString::fromUtf8("Zoë"), QString::fromUtf8("👩‍👩‍👧 Joyeux Noël")},
        // Decomposed e + combining diaeresis: must stay decomposed.
        {"4", QString::fromUtf8("Zoe\xCC\x88 IJsselstein"), QString::fromUtf8("Veel plezier, ĳ en ij")},
    };
    return list;
}

QJsonObject sampleObject(const Sample& sample)
{
    QJsonObject object = validOrderObject("nordlys", QString::fromLatin1(sample.number));
    QJsonObject customer = object["customer"].toObject();
    customer["name"] = sample.name;
    object["customer"] = customer;
    object["gift_message"] = sample.gift;
    return object;
}

QByteArray csvQuoted(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return '"' + bytes.replace("\"", "\"\"") + '"';
}

void expectSamplesPreserved(const OrderFileContents& contents, const char* format)
{
    ASSERT_TRUE(contents.problems.empty()) << format << "\n" << listProblems(contents.problems);
    ASSERT_EQ(contents.orders.size(), samples().size()) << format;
    for (size_t i = 0; i < samples().size(); ++i) {
        const Order& order = contents.orders[i];
        EXPECT_EQ(order.customer.name.toUtf8(), samples()[i].name.toUtf8()) << format << " order " << i;
        EXPECT_EQ(order.shippingAddress.name, "Kari Nordmann") << format;
        EXPECT_EQ(order.giftMessage.toUtf8(), samples()[i].gift.toUtf8()) << format << " order " << i;
    }
}

TEST(TextRoundTrip, Utf8NamesAndEmojiSurviveJson)
{
    QJsonArray array;
    for (const Sample& sample : samples())
        array.append(sampleObject(sample));
    expectSamplesPreserved(readBytes("orders.json", QJsonDocument(array).toJson()), "json");
}

TEST(TextRoundTrip, Utf8NamesAndEmojiSurviveJsonLines)
{
    QByteArray bytes;
    for (const Sample& sample : samples())
        bytes += jsonLine(sampleObject(sample));
    expectSamplesPreserved(readBytes("orders.jsonl", bytes), "jsonl");
}

TEST(TextRoundTrip, Utf8NamesAndEmojiSurviveCsv)
{
    QByteArray bytes = "\xEF\xBB\xBFshop,number,customer_name,ship_name,ship_line1,ship_city,ship_country,"
                       "gift_message,sku,name,quantity,unit_weight_g\r\n";
    for (const Sample& sample : samples()) {
        bytes += "nordlys," + QByteArray(sample.number) + "," + csvQuoted(sample.name) +
                 ",Kari Nordmann,Storgata 1,Oslo,NO," + csvQuoted(sample.gift) +
                 ",SOCK-1,Ullsokker,1,120\r\n";
    }
    expectSamplesPreserved(readBytes("orders.csv", bytes), "csv");
}

TEST(TextRoundTrip, EscapedJsonTextIsTheSameAsLiteralText)
{
    const QByteArray escaped =
        R"({"shop":"nordlys","number":"1","customer":{"name":"Bj\u00f8rn \u00d8deg\u00e5rd"},)"
        R"("shipping_address":{"line1":"Storgata 1","city":"Oslo","country":"NO"},)"
        R"("lines":[{"sku":"A","name":"A","quantity":1,"unit_weight_g":1}],)"
        R"("gift_message":"Gratulerer \ud83c\udf89"})"
        "\n";
    const OrderFileContents contents = readBytes("orders.jsonl", escaped);
    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders[0].customer.name, QString::fromUtf8("Bjørn Ødegård"));
    EXPECT_EQ(contents.orders[0].giftMessage, QString::fromUtf8("Gratulerer 🎉"));
}

} // namespace
} // namespace packdesk
