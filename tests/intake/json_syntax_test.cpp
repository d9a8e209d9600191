// JSON syntax as docs/order-format.md states it (RFC 8259, read by
// simdjson): valid orders are read field by field, and malformed JSON is
// rejected naming the record and the file line, in JSON Lines and in JSON
// array files alike.
#include "intaketestsupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A valid order with one member added at the front: `"key": value, ...`.
QByteArray orderWith(const QByteArray& member, const QString& number = QStringLiteral("2"))
{
    QByteArray text = compact(validOrderObject("nordlys", number));
    text.insert(1, member + ",");
    return text;
}

/// A JSON Lines file: order 1, a blank line, then line (record 2 on file line 3), then order 3.
OrderFileContents readLineBetweenGoodOnes(const QByteArray& line)
{
    return readBytes("orders.jsonl", jsonLine(validOrderObject("nordlys", "1")) + "\n" + line + "\n" +
                                         jsonLine(validOrderObject("nordlys", "3")));
}

/// Expects record 2 on file line 3 to be rejected as not JSON, and orders 1 and 3 to be read.
void expectSecondLineRejected(const QByteArray& line)
{
    const OrderFileContents contents = readLineBetweenGoodOnes(line);
    EXPECT_FALSE(contents.fileRejected) << line.toStdString();
    ASSERT_EQ(contents.orders.size(), 2u) << line.toStdString() << "\n" << listProblems(contents.problems);
    ASSERT_EQ(contents.problems.size(), 1u) << line.toStdString() << "\n" << listProblems(contents.problems);
    const ImportProblem& problem = contents.problems[0];
    EXPECT_EQ(problem.code, "invalid_json") << line.toStdString();
    EXPECT_EQ(problem.record, 2) << line.toStdString();
    EXPECT_EQ(problem.line, 3) << line.toStdString();
    EXPECT_TRUE(problem.message.startsWith("not valid JSON: ")) << problem.message;
}

/// Text broken in each of the ways RFC 8259 forbids, each as a member of an order.
const std::vector<QByteArray>& malformedMembers()
{
    static const std::vector<QByteArray> members{
        R"("a" "b")",          R"("a": "b" "c": 1)",
        R"("a": [1, 2,])",     R"("a": {"b": 1,})",
        R"("a": tru)",         R"("a": nul)",
        R"("a": falsey)",      R"("a": 01)",
        R"("a": 1.)",          R"("a": .5)",
        R"("a": +1)",          R"("a": -)",
        R"("a": 1e)",          R"("a": 0x10)",
        R"("a": NaN)",         R"("a": Infinity)",
        R"("a": 'single')",    R"(a: 1)",
        R"("a": "\x")",        R"("a": "\ud83c")",
        R"("a": "\udf89")",    R"("a": "\ud83c\u0041")",
        R"("a": "\u12")",      R"("a": [1 2])",
        R"("a": {"b" 1})",     R"("a": {1: 2})",
        R"("a": 1e400)",       "\"a\": \"tab\there\"",
        "\"a\": \"bell\x07\"", R"("a": [}])",
        R"("a": "unclosed)",   R"("a": // comment)",
    };
    return members;
}

TEST(JsonSyntax, ReadsEscapesAndEscapedMemberNames)
{
    const QByteArray line =
        orderWith(R"("gift_message": "a\"b\\c\/d\n\r\t \u00f8 \u00D8 \ud83c\udf89 plain \u0041", )"
                  R"("disc\u006funt_code": "TAKK10")");
    const OrderFileContents contents = readBytes("orders.jsonl", line + "\n");
    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders[0].giftMessage, QString::fromUtf8("a\"b\\c/d\n\r\t ø Ø 🎉 plain A"));
    EXPECT_EQ(contents.orders[0].discountCode, "TAKK10");
}

TEST(JsonSyntax, ReadsNumbersAsTheRfcDefinesThem)
{
    for (const char* text : {"30", "30.0", "3e1", "3.0E+1", "300e-1", "-0", "0"}) {
        const OrderFileContents contents =
            readBytes("orders.jsonl", orderWith(QByteArray("\"return_window_days\": ") + text) + "\n");
        ASSERT_EQ(contents.orders.size(), 1u) << text << "\n" << listProblems(contents.problems);
        EXPECT_EQ(contents.orders[0].returnWindowDays, QByteArray(text).startsWith('3') ? 30 : 0) << text;
    }
    // Too large for an int, still a JSON number: the validator says why it does not fit.
    const OrderFileContents big =
        readBytes("orders.jsonl", orderWith("\"return_window_days\": 123456789012345678901234567890") + "\n");
    const ImportProblem* problem = problemFor(big.problems, "return_window_days");
    ASSERT_NE(problem, nullptr) << listProblems(big.problems);
    EXPECT_EQ(problem->code, "invalid_field");
}

TEST(JsonSyntax, KeepsTheLastOfRepeatedMembersAndReplacesRepeatedObjectsWhole)
{
    const QByteArray line =
        orderWith(R"("customer": {"name": "First", "email": "first@example.no"})") + "\n" + "";
    // validOrderObject's own customer comes after the inserted one, so it wins whole.
    const OrderFileContents contents = readBytes("orders.jsonl", line);
    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders[0].customer.name, "Kari Nordmann");
    EXPECT_EQ(contents.orders[0].customer.email, "kari@example.no");

    QByteArray replaced = compact(validOrderObject("nordlys", "2"));
    replaced.chop(1);
    replaced += R"(, "customer": {"name": "Second"}, "number": "7"})";
    const OrderFileContents last = readBytes("orders.jsonl", replaced + "\n");
    ASSERT_EQ(last.orders.size(), 1u) << listProblems(last.problems);
    EXPECT_EQ(last.orders[0].number, "7");
    EXPECT_EQ(last.orders[0].customer.name, "Second");
    EXPECT_TRUE(last.orders[0].customer.email.isEmpty()) << "the earlier customer object is gone whole";
}

TEST(JsonSyntax, IgnoresUnknownMembersButChecksTheirSyntax)
{
    const QByteArray unknown = orderWith(R"("extra": {"a": [1, {"b": null}, "c\n", -2.5e-3, true, false]})");
    EXPECT_EQ(readBytes("orders.jsonl", unknown + "\n").orders.size(), 1u);
    expectSecondLineRejected(orderWith(R"("extra": {"a": [1, }})"));
}

TEST(JsonSyntax, RecordsWhatStoodWhereAnObjectOrArrayBelongs)
{
    QByteArray line = compact(validOrderObject("nordlys", "2"));
    line.chop(1);
    line += R"(, "customer": "Kari", "shipping_address": null, "lines": {"sku": "A"}})";
    const OrderFileContents contents = readBytes("orders.jsonl", line + "\n");
    ASSERT_TRUE(contents.orders.empty());
    ASSERT_NE(problemFor(contents.problems, "customer"), nullptr) << listProblems(contents.problems);
    EXPECT_TRUE(problemFor(contents.problems, "customer")->message.contains("\"Kari\""));
    EXPECT_EQ(problemFor(contents.problems, "shipping_address")->code, "missing_field");
    EXPECT_TRUE(problemFor(contents.problems, "lines")->message.contains("an object"));
}

TEST(JsonSyntax, RejectsNestingDeeperThanAnOrderCouldNeed)
{
    const QByteArray deep = orderWith("\"extra\": " + QByteArray(100, '[') + QByteArray(100, ']'));
    const OrderFileContents contents = readLineBetweenGoodOnes(deep);
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_json");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_TRUE(problem->message.contains("nested too deeply")) << problem->message;
    EXPECT_EQ(problem->line, 3);

    const QByteArray fine = orderWith("\"extra\": " + QByteArray(50, '[') + QByteArray(50, ']'));
    EXPECT_EQ(readBytes("orders.jsonl", fine + "\n").orders.size(), 1u);
}

TEST(JsonSyntax, RejectsEachKindOfMalformedJsonLineAndKeepsTheOtherOrders)
{
    for (const QByteArray& member : malformedMembers())
        expectSecondLineRejected(orderWith(member));
    expectSecondLineRejected(orderWith(R"("a": 1)") + " trailing");
    expectSecondLineRejected(orderWith(R"("a": 1)") + "}");
    expectSecondLineRejected(orderWith(R"("a": 1)").chopped(1));
    expectSecondLineRejected("{\"shop\": \"nordlys\", \"number\": \"2\", ");
}

TEST(JsonSyntax, RejectsAJsonArrayFileAtTheLineOfTheMalformedJson)
{
    for (const QByteArray& member : malformedMembers()) {
        // Record 2 starts on line 3; the broken member stands alone on line 5.
        QByteArray second = QJsonDocument(validOrderObject("nordlys", "2")).toJson(QJsonDocument::Indented);
        second.insert(second.indexOf('\n') + 1, "    \"x\": 1,\n    " + member + ",\n");
        const QByteArray bytes = "[\n" + compact(validOrderObject("nordlys", "1")) + ",\n" +
                                 second.trimmed() + ",\n" + compact(validOrderObject("nordlys", "3")) +
                                 "\n]\n";

        const OrderFileContents contents = readBytes("orders.json", bytes);
        EXPECT_TRUE(contents.fileRejected) << member.toStdString();
        const ImportProblem* problem = problemWithCode(contents.problems, "invalid_json");
        ASSERT_NE(problem, nullptr) << member.toStdString() << "\n" << listProblems(contents.problems);
        EXPECT_TRUE(problem->isFileLevel());
        EXPECT_EQ(problem->line, 5) << member.toStdString() << "\n" << listProblems(contents.problems);
        // Faults simdjson finds while indexing the whole file have a line but no column or record.
        if (problem->message.startsWith("not valid JSON at column")) {
            EXPECT_TRUE(problem->message.contains("(record 2)")) << problem->message;
        }
    }
}

TEST(JsonSyntax, ExplainsCommonMistakesInWords)
{
    const auto messageFor = [](const QByteArray& line) {
        const OrderFileContents contents = readBytes("orders.jsonl", line + "\n");
        return contents.problems.empty() ? QString() : contents.problems[0].toString();
    };
    EXPECT_EQ(messageFor(R"({"shop": "a" "number": "1"})"),
              "line 1, record 1 (a/): not valid JSON: a ',' or ':' is missing before '\"' (at column 14)");
    EXPECT_EQ(messageFor(R"({"shop": "a", "lines": [1 2]})"),
              "line 1, record 1 (a/): not valid JSON: a ',' or ':' is missing before '2' (at column 27)");
    EXPECT_EQ(messageFor(R"({"shop": "a", "lines": [1, :]})"),
              "line 1, record 1 (a/): not valid JSON: unexpected character ':' (at column 28)");
    EXPECT_EQ(messageFor(R"({"shop": "a", "lines": [1, 2,]})"),
              "line 1, record 1 (a/): not valid JSON: a ',' before ']' (JSON allows no trailing comma) "
              "(at column 30)");
    EXPECT_EQ(messageFor(R"({"shop": "a", "number": 1,)"),
              "line 1, record 1 (a/1): not valid JSON: the text ends before every '{' and '[' is closed "
              "(at column 27)");
    EXPECT_EQ(messageFor(R"({"shop": "a", "fragile": tru})"),
              "line 1, record 1 (a/): not valid JSON: expected a value (a string, a number, an object, an "
              "array, true, false or null), found 't' (at column 26)");
    EXPECT_EQ(messageFor(R"({"shop": "a\q"})"),
              "line 1, record 1: not valid JSON: invalid string: an unknown escape, or a \\u escape holding "
              "half a character (at column 10)");
    EXPECT_EQ(messageFor(R"({"sh\op": "a"})"),
              "line 1, record 1: not valid JSON: invalid string: an unknown escape, or a \\u escape holding "
              "half a character (at column 2)");
    EXPECT_EQ(messageFor("{\"shop\": \"a\tb\"}"),
              "line 1, record 1: not valid JSON: a control character (a tab, a line break...) in a string "
              "must be escaped, e.g. as \\t or \\n");
    EXPECT_EQ(messageFor(R"({"shop": "a"} x)"),
              "line 1, record 1 (a/): not valid JSON: unexpected text after the end (at column 15)");
}

TEST(JsonSyntax, SaysWhereAJsonArrayFileWithAnUnclosedStringGoesWrong)
{
    const QByteArray bytes = "[\n" + compact(validOrderObject("nordlys", "1")) + ",\n" +
                             R"({"shop": "nordlys, "number": "2"})" + "\n]\n";
    const OrderFileContents contents = readBytes("orders.json", bytes);
    EXPECT_TRUE(contents.fileRejected);
    ASSERT_EQ(contents.problems.size(), 1u) << listProblems(contents.problems);
    EXPECT_EQ(contents.problems[0].toString(),
              "line 3: not valid JSON: a string is never closed (a '\"' is missing)");
}

TEST(JsonSyntax, RandomlyBrokenRecordsNeverCrashAndAlwaysNameTheirRecordAndLine)
{
    const QByteArray good = compact(validOrderObject("nordlys", "2"));
    const QByteArray alphabet = "{}[],:\"\\ 0123456789-+.eEtrufalsn\t\x01\xC3\xA9";
    QRandomGenerator random(20240611);
    int rejected = 0;
    for (int round = 0; round < 1500; ++round) {
        QByteArray broken = good;
        for (int edit = 1 + int(random.bounded(3)); edit > 0; --edit) {
            const qsizetype at = random.bounded(broken.size());
            const char c = alphabet[random.bounded(alphabet.size())];
            switch (random.bounded(3)) {
            case 0:
                broken.remove(at, 1);
                break;
            case 1:
                broken.insert(at, c);
                break;
            default:
                broken[at] = c;
                break;
            }
        }
        const OrderFileContents lines = readLineBetweenGoodOnes(broken);
        ASSERT_EQ(lines.records, 3) << broken.toStdString();
        ASSERT_GE(lines.orders.size(), 2u) << broken.toStdString();
        for (const ImportProblem& problem : lines.problems) {
            ASSERT_EQ(problem.record, 2) << broken.toStdString() << "\n" << listProblems(lines.problems);
            ASSERT_EQ(problem.line, 3) << broken.toStdString();
            ASSERT_FALSE(problem.message.isEmpty());
        }
        if (lines.orders.size() == 2)
            ++rejected;

        const OrderFileContents array = readBytes(
            "orders.json", "[\n" + compact(validOrderObject("nordlys", "1")) + ",\n" + broken + "\n]\n");
        if (array.fileRejected) {
            ASSERT_FALSE(array.problems.empty());
            for (const ImportProblem& problem : array.problems)
                ASSERT_TRUE(problem.line >= 2 && problem.line <= 4) << listProblems(array.problems);
        } else if (array.records == 2) { // (a mutation may also split the element in two)
            EXPECT_EQ(array.orders.size() == 2, lines.orders.size() == 3) << broken.toStdString();
        }
    }
    EXPECT_GT(rejected, 1000);
}

} // namespace
} // namespace packdesk
