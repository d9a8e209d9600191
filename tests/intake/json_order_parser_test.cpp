// The JSON parser that reads orders straight into RawOrder: RFC 8259 syntax,
// checked against Qt's own parser on thousands of mutated documents.
#include "intake/jsonorderparser.h"
#include "intake/utf8check.h"
#include "intaketestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

struct Parsed
{
    bool ok = false;
    RawOrder order;
    RawValue top;
    JsonOrderParser::Error error;
};

Parsed parse(QByteArrayView text)
{
    Parsed parsed;
    parsed.ok = JsonOrderParser::parse(text, &parsed.order, &parsed.top, &parsed.error);
    return parsed;
}

TEST(JsonOrderParser, ReadsEveryKnownFieldOfAnOrder)
{
    const Parsed parsed = parse(jsonLine(validOrderObject("acme", "A-1")));
    ASSERT_TRUE(parsed.ok) << parsed.error.reason;
    EXPECT_EQ(parsed.top.kind, RawValue::Kind::Object);
    EXPECT_EQ(parsed.order.shop.text, "acme");
    EXPECT_EQ(parsed.order.number.text, "A-1");
    EXPECT_EQ(parsed.order.customer.kind, RawValue::Kind::Object);
    EXPECT_EQ(parsed.order.customerName.text, "Kari Nordmann");
    EXPECT_EQ(parsed.order.previousOrders.kind, RawValue::Kind::Number);
    EXPECT_EQ(parsed.order.previousOrders.number, 2);
    EXPECT_EQ(parsed.order.shipCountry.text, "NO");
    EXPECT_EQ(parsed.order.lineCount, 2);
    ASSERT_EQ(parsed.order.items.size(), 2u);
    EXPECT_EQ(parsed.order.items[0].barcodes.kind, RawValue::Kind::Array);
    ASSERT_EQ(parsed.order.items[0].barcodeItems.size(), 1u);
    EXPECT_EQ(parsed.order.items[0].barcodeItems[0].text, "7038010009457");
    EXPECT_EQ(parsed.order.items[1].fragile.kind, RawValue::Kind::Bool);
    EXPECT_TRUE(parsed.order.items[1].fragile.boolean);
    EXPECT_EQ(parsed.order.giftMessage.kind, RawValue::Kind::Absent);
}

TEST(JsonOrderParser, DecodesEveryEscape)
{
    const Parsed parsed =
        parse(R"({"shop": "a\"b\\c\/d\b\f\n\r\t \u00f8 \u00D8 \ud83c\udf89 plain \u0041"})");
    ASSERT_TRUE(parsed.ok) << parsed.error.reason;
    EXPECT_EQ(parsed.order.shop.text, QString::fromUtf8("a\"b\\c/d\b\f\n\r\t ø Ø 🎉 plain A"));
}

TEST(JsonOrderParser, RejectsHalfACharacterInAnEscape)
{
    EXPECT_FALSE(parse(R"({"shop": "\ud83c"})").ok);
    EXPECT_FALSE(parse(R"({"shop": "\udf89"})").ok);
    EXPECT_FALSE(parse(R"({"shop": "\ud83c\u0041"})").ok);
    const Parsed parsed = parse(R"({"shop": "\ud83c"})");
    EXPECT_TRUE(parsed.error.reason.contains("surrogate")) << parsed.error.reason;
}

TEST(JsonOrderParser, RejectsARawControlCharacterInAString)
{
    const Parsed parsed = parse("{\"shop\": \"a\tb\"}");
    EXPECT_FALSE(parsed.ok);
    EXPECT_EQ(parsed.error.offset, 11);
    EXPECT_EQ(parsed.error.reason, "a control character in a string must be escaped");
}

TEST(JsonOrderParser, ReadsNumbersAsTheRfcDefinesThem)
{
    const std::pair<const char*, double> good[] = {
        {"0", 0},      {"-0", 0},        {"12", 12},          {"1.5e2", 150},
        {"1E+2", 100}, {"-2.25", -2.25}, {"1e400", HUGE_VAL}, {"1e-400", 0}};
    for (const auto& [text, value] : good) {
        const Parsed parsed =
            parse(QByteArray("{\"quantity_unknown\": 1, \"return_window_days\": ") + text + "}");
        ASSERT_TRUE(parsed.ok) << text << ": " << parsed.error.reason;
        EXPECT_EQ(parsed.order.returnWindowDays.number, value) << text;
    }
    for (const char* text : {"01", "1.", ".5", "+1", "-", "1e", "1e+", "0x10", "NaN", "Infinity"}) {
        EXPECT_FALSE(parse(QByteArray("{\"return_window_days\": ") + text + "}").ok) << text;
    }
}

TEST(JsonOrderParser, KeepsTheLastOfRepeatedMembersAndReplacesRepeatedObjectsWhole)
{
    const Parsed parsed = parse(R"({"shop": "a", "shop": "b",
        "customer": {"name": "First", "email": "x@example.no"}, "customer": {"name": "Second"}})");
    ASSERT_TRUE(parsed.ok) << parsed.error.reason;
    EXPECT_EQ(parsed.order.shop.text, "b");
    EXPECT_EQ(parsed.order.customerName.text, "Second");
    EXPECT_EQ(parsed.order.customerEmail.kind, RawValue::Kind::Absent);
}

TEST(JsonOrderParser, SkipsUnknownMembersButChecksTheirSyntax)
{
    const Parsed skipped =
        parse(R"({"extra": {"a": [1, {"b": null}, "c\n"]}, "shop": "ok", "more": [true, false]})");
    ASSERT_TRUE(skipped.ok) << skipped.error.reason;
    EXPECT_EQ(skipped.order.shop.text, "ok");
    EXPECT_FALSE(parse(R"({"extra": {"a": [1, }, "shop": "ok"})").ok);
}

TEST(JsonOrderParser, RecordsWhatStoodWhereAnObjectOrArrayBelongs)
{
    const Parsed parsed = parse(R"({"customer": "Kari", "shipping_address": null, "lines": {"sku": "A"}})");
    ASSERT_TRUE(parsed.ok) << parsed.error.reason;
    EXPECT_EQ(parsed.order.customer.kind, RawValue::Kind::Text);
    EXPECT_EQ(parsed.order.shippingAddress.kind, RawValue::Kind::Null);
    EXPECT_EQ(parsed.order.lines.kind, RawValue::Kind::Object);
    EXPECT_TRUE(parsed.order.items.empty());
}

TEST(JsonOrderParser, RejectsNestingDeeperThanAnOrderCouldNeed)
{
    const QByteArray deep = "{\"extra\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    const Parsed parsed = parse(deep);
    EXPECT_FALSE(parsed.ok);
    EXPECT_EQ(parsed.error.reason, "nested too deeply");
    EXPECT_TRUE(parse("{\"extra\": " + QByteArray(50, '[') + QByteArray(50, ']') + "}").ok);
}

TEST(JsonOrderParser, PointsAtTheFirstError)
{
    const Parsed missingComma = parse(R"({"shop": "a" "number": "1"})");
    EXPECT_FALSE(missingComma.ok);
    EXPECT_EQ(missingComma.error.offset, 13);
    EXPECT_EQ(missingComma.error.reason, "expected ',' or '}' after a member");

    const Parsed trailing = parse(R"({"shop": "a"} x)");
    EXPECT_FALSE(trailing.ok);
    EXPECT_EQ(trailing.error.offset, 14);

    EXPECT_FALSE(parse("").ok);
    EXPECT_FALSE(parse(R"({"shop": "a")").ok);
    EXPECT_FALSE(parse(R"({"shop": tru})").ok);
    EXPECT_FALSE(parse(R"({shop: "a"})").ok);
}

TEST(JsonOrderParser, AgreesWithQtOnThousandsOfMutatedDocuments)
{
    QJsonObject withEscapes = validOrderObject();
    withEscapes["gift_message"] = QString::fromUtf8("Til \"deg\"\n🎉 \\ ø");
    withEscapes["extra"] = QJsonObject{{"nested", QJsonArray{1, 25, -3e4, true, QJsonValue::Null}}};
    const QList<QByteArray> bases{jsonLine(validOrderObject()).trimmed(), jsonLine(withEscapes).trimmed(),
                                  QJsonDocument(withEscapes).toJson(QJsonDocument::Indented)};
    // No '.' here or in the documents: Qt also takes "1." and ".5", which RFC 8259 (and we) do not.
    const QByteArray alphabet = "{}[],:\"\\ 0123456789-+eEtrufalsn";
    QRandomGenerator random(20240611);
    int compared = 0;
    int bothValid = 0;
    for (int round = 0; round < 6000; ++round) {
        QByteArray text = bases[round % bases.size()];
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(text.size());
            switch (random.bounded(3)) {
            case 0:
                text.remove(at, 1);
                break;
            case 1:
                text.insert(at, alphabet[random.bounded(alphabet.size())]);
                break;
            default:
                text[at] = alphabet[random.bounded(alphabet.size())];
                break;
            }
        }
        if (!isValidUtf8(text))
            continue; // the readers reject that before parsing
        QJsonParseError qtError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &qtError);
        const bool qtOk = qtError.error == QJsonParseError::NoError;
        const Parsed mine = parse(text);
        // Qt accepts only an object or an array at the top; compare on those.
        const bool mineOk =
            mine.ok && (mine.top.kind == RawValue::Kind::Object || mine.top.kind == RawValue::Kind::Array);
        // Qt also takes "\e" and raw line breaks inside strings, which RFC 8259 (and we) do not.
        if (qtOk && !mineOk &&
            (mine.error.reason == QLatin1String("invalid escape in a string") ||
             mine.error.reason == QLatin1String("a control character in a string must be escaped")))
            continue;
        if (mineOk && qtError.error == QJsonParseError::IllegalNumber)
            continue; // Qt refuses numbers beyond a double's range; we read them as huge or 0
        ++compared;
        ASSERT_EQ(mineOk, qtOk) << "text: " << text.toStdString()
                                << "\nmine: " << mine.error.reason.toStdString() << " at "
                                << mine.error.offset << "\nqt: " << qtError.errorString().toStdString();
        if (!qtOk || !document.isObject())
            continue;
        ++bothValid;
        const QJsonObject object = document.object();
        EXPECT_EQ(mine.order.shop.text, object["shop"].toString()) << text.toStdString();
        EXPECT_EQ(mine.order.giftMessage.text, object["gift_message"].toString()) << text.toStdString();
        EXPECT_EQ(mine.order.customerName.text, object["customer"].toObject()["name"].toString());
        const QJsonValue lines = object["lines"];
        EXPECT_EQ(mine.order.lineCount, lines.isArray() ? lines.toArray().size() : 0) << text.toStdString();
    }
    EXPECT_GT(compared, 5000);
    EXPECT_GT(bothValid, 300);
}

} // namespace
} // namespace packdesk
