// Reading JSON Lines order files: one order per line, blank lines ignored,
// a bad line rejects only its own record.
#include "fakeordercatalog.h"
#include "intaketestsupport.h"

#include <gtest/gtest.h>

namespace packdesk {
namespace {

TEST(JsonLinesImport, ReadsEveryOrderAndIgnoresBlankLines)
{
    const OrderFileContents contents = OrderFileReader::read(fixturePath("good.jsonl"));

    ASSERT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    EXPECT_EQ(contents.format, ImportFormat::JsonLines);
    EXPECT_EQ(contents.records, 3);
    ASSERT_EQ(contents.orders.size(), 3u);
    EXPECT_EQ(contents.orders[1].customer.name, "Jürgen Weiß");
    EXPECT_EQ(contents.orders[1].shippingAddress.line2, "Hinterhaus, 2. OG");
    EXPECT_EQ(contents.orders[1].returnWindowDays, 14);
}

TEST(JsonLinesImport, ReadsTheSameOrdersAsTheJsonFile)
{
    const OrderFileContents lines = OrderFileReader::read(fixturePath("good.jsonl"));
    const OrderFileContents array = OrderFileReader::read(fixturePath("good.json"));
    ASSERT_EQ(lines.orders.size(), array.orders.size());
    for (size_t i = 0; i < lines.orders.size(); ++i)
        EXPECT_TRUE(FakeOrderCatalog::sameContent(lines.orders[i], array.orders[i])) << "order " << i;
}

TEST(JsonLinesImport, RejectsALineThatIsNotJsonWithItsLineNumberAndTheParsersReason)
{
    const QByteArray bytes = jsonLine(validOrderObject("nordlys", "1")) + "\n" +
                             "{\"shop\": \"nordlys\", \"number\": \"2\",\n" +
                             jsonLine(validOrderObject("nordlys", "3"));
    const OrderFileContents contents = readBytes("orders.jsonl", bytes);

    EXPECT_FALSE(contents.fileRejected);
    EXPECT_EQ(contents.records, 3);
    ASSERT_EQ(contents.orders.size(), 2u);
    EXPECT_EQ(contents.orders[1].number, "3");
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_json");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 2);
    EXPECT_EQ(problem->line, 3);
    EXPECT_TRUE(problem->message.startsWith("not valid JSON: ")) << problem->message;
    EXPECT_TRUE(problem->message.contains("column")) << problem->message;
    // What was read before the error still names the order.
    EXPECT_TRUE(problem->toString().startsWith("line 3, record 2 (nordlys/2): not valid JSON: "))
        << problem->toString();
}

TEST(JsonLinesImport, AcceptsCrlfLineEndingsAndABom)
{
    QByteArray first = jsonLine(validOrderObject("nordlys", "1"));
    QByteArray second = jsonLine(validOrderObject("nordlys", "2"));
    first.replace('\n', "\r\n");
    second.replace('\n', "\r\n");
    const OrderFileContents contents = readBytes("orders.jsonl", "\xEF\xBB\xBF" + first + "\r\n" + second);

    EXPECT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders.size(), 2u);
}

TEST(JsonLinesImport, RejectsALineHoldingSomethingOtherThanAnObject)
{
    const OrderFileContents contents =
        readBytes("orders.jsonl", jsonLine(validOrderObject()) + "\"just a string\"\n");
    ASSERT_EQ(contents.orders.size(), 1u);
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_json");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->line, 2);
    EXPECT_TRUE(problem->message.contains("JSON object")) << problem->message;
}

TEST(JsonLinesImport, RejectsALineWithInvalidUtf8AndNamesItsColumn)
{
    QByteArray broken = jsonLine(validOrderObject("nordlys", "2"));
    broken.replace("Oslo", "\xC3\x28slo"); // a lead byte followed by a non-continuation
    const OrderFileContents contents =
        readBytes("orders.jsonl", jsonLine(validOrderObject("nordlys", "1")) + broken);

    ASSERT_EQ(contents.orders.size(), 1u);
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_utf8");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 2);
    EXPECT_EQ(problem->line, 2);
    EXPECT_TRUE(problem->message.contains(QStringLiteral("column %1").arg(broken.indexOf('\xC3') + 1)))
        << problem->message;
}

TEST(JsonLinesImport, SaysSoWhenTheFileIsReallyAJsonArray)
{
    const OrderFileContents contents =
        readBytes("orders.jsonl", "[\n" + jsonLine(validOrderObject()) + "]\n");
    EXPECT_TRUE(contents.fileRejected);
    const ImportProblem* problem = problemWithCode(contents.problems, "wrong_format");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_TRUE(problem->message.contains("--format json")) << problem->message;
}

TEST(JsonLinesImport, ReportsADuplicateOrderWithTheRecordWhereItFirstAppeared)
{
    const QByteArray bytes =
        jsonLine(validOrderObject("acme", "9")) + "\n" + jsonLine(validOrderObject("acme", "9"));
    const OrderFileContents contents = readBytes("orders.jsonl", bytes);

    ASSERT_EQ(contents.orders.size(), 1u);
    const ImportProblem* problem = problemWithCode(contents.problems, "duplicate_order");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 2);
    EXPECT_EQ(problem->line, 3);
    EXPECT_TRUE(problem->message.contains("acme/9 already appears in record 1 (line 1)")) << problem->message;
}

} // namespace
} // namespace packdesk
