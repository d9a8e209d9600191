// Reading JSON array order files: the good fixture, and every way a JSON
// array file can be broken.
#include "fakeordercatalog.h"
#include "intaketestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

QByteArray jsonArray(const QList<QJsonObject>& objects)
{
    QJsonArray array;
    for (const QJsonObject& object : objects)
        array.append(object);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

TEST(JsonImport, ReadsEveryOrderOfAGoodFileWithAllItsFields)
{
    const OrderFileContents contents = OrderFileReader::read(fixturePath("good.json"));

    ASSERT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    EXPECT_EQ(contents.format, ImportFormat::Json);
    EXPECT_EQ(contents.records, 3);
    ASSERT_EQ(contents.orders.size(), 3u);

    const Order& first = contents.orders[0];
    EXPECT_EQ(first.shop, "nordlys");
    EXPECT_EQ(first.number, "NL-1001");
    EXPECT_EQ(first.customer.name, "Bjørn Ødegård");
    EXPECT_EQ(first.customer.email, "bjorn@example.no");
    EXPECT_EQ(first.customer.locale, "nb-NO");
    EXPECT_TRUE(first.customer.isFirstTime());
    EXPECT_EQ(first.shippingAddress.line1, "Storgata 12");
    EXPECT_EQ(first.shippingAddress.postalCode, "0155");
    EXPECT_EQ(first.shippingAddress.country, "NO");
    ASSERT_EQ(first.lines.size(), 2u);
    EXPECT_EQ(first.lines[0].name, "Ullsokker, str. 39–42");
    EXPECT_EQ(first.lines[0].barcodes, QStringList{"7038010009457"});
    EXPECT_EQ(first.lines[0].quantity, 2);
    EXPECT_EQ(first.lines[0].unitWeightGrams, 120);
    EXPECT_FALSE(first.lines[0].fragile);
    EXPECT_EQ(first.lines[1].name, "Krus \"Fjord\"");
    EXPECT_EQ(first.lines[1].barcodes, (QStringList{"7038010012341", "MUG-FJORD"}));
    EXPECT_TRUE(first.lines[1].fragile);
    EXPECT_EQ(first.lines[1].category, "ceramics");
    EXPECT_EQ(first.giftMessage, "Gratulerer med dagen! 🎉\nHilsen Kari");
    EXPECT_EQ(first.surveyUrlTemplate, "https://nordlys.example/survey/{token}");
    EXPECT_EQ(first.returnPortalUrlTemplate, "https://nordlys.example/returns/{rma}");
    EXPECT_EQ(first.discountCode, "TAKK10");
    EXPECT_EQ(first.status, OrderStatus::Ready);
}

TEST(JsonImport, FillsTheDocumentedDefaultsForAbsentOptionalFields)
{
    const OrderFileContents contents = OrderFileReader::read(fixturePath("good.json"));
    ASSERT_EQ(contents.orders.size(), 3u);

    const Order& acme = contents.orders[2];
    EXPECT_EQ(acme.returnWindowDays, 30);
    EXPECT_TRUE(acme.customer.email.isEmpty());
    EXPECT_EQ(acme.shippingAddress.name, "Zoë Martin") << "the label needs a name: the customer's";
    EXPECT_TRUE(acme.surveyUrlTemplate.isEmpty());
    EXPECT_FALSE(acme.lines[1].fragile);
    EXPECT_TRUE(acme.lines[1].barcodes.isEmpty());
}

TEST(JsonImport, RejectsTheWholeFileAtTheLineOfASyntaxError)
{
    QByteArray bytes = jsonArray({validOrderObject("nordlys", "1"), validOrderObject("nordlys", "2")});
    const qsizetype second = bytes.indexOf("\"number\": \"2\"");
    bytes.insert(second, "\"oops\" ");
    const int expectedLine = int(bytes.left(second).count('\n')) + 1;

    const OrderFileContents contents = readBytes("orders.json", bytes);

    EXPECT_TRUE(contents.fileRejected);
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_json");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_TRUE(problem->isFileLevel());
    EXPECT_EQ(problem->line, expectedLine);
    EXPECT_TRUE(problem->toString().startsWith(
        QStringLiteral("line %1: not valid JSON at column ").arg(expectedLine)))
        << problem->toString();
    EXPECT_TRUE(problem->message.contains("(record 2)")) << problem->message;
}

TEST(JsonImport, RejectsATrailingCommaAndAnUnclosedArray)
{
    const QByteArray one = QJsonDocument(validOrderObject()).toJson(QJsonDocument::Compact);

    const OrderFileContents trailing = readBytes("orders.json", "[" + one + ",\n]");
    EXPECT_TRUE(trailing.fileRejected);
    ASSERT_FALSE(trailing.problems.empty());
    EXPECT_TRUE(trailing.problems.back().message.contains("trailing comma"))
        << trailing.problems.back().message;
    EXPECT_EQ(trailing.problems.back().line, 2);

    const OrderFileContents unclosed = readBytes("orders.json", "[" + one + ",\n" + one.left(40));
    EXPECT_TRUE(unclosed.fileRejected);
    ASSERT_FALSE(unclosed.problems.empty());
    EXPECT_TRUE(unclosed.problems.back().message.contains("never closed") ||
                unclosed.problems.back().message.contains("missing"))
        << unclosed.problems.back().message;
}

TEST(JsonImport, PointsAtJsonLinesWhenAJsonFileHoldsOneObjectPerLine)
{
    const OrderFileContents contents =
        readBytes("orders.json",
                  jsonLine(validOrderObject("nordlys", "1")) + jsonLine(validOrderObject("nordlys", "2")));

    EXPECT_TRUE(contents.fileRejected);
    const ImportProblem* problem = problemWithCode(contents.problems, "wrong_format");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_TRUE(problem->message.contains("jsonl")) << problem->message;
}

TEST(JsonImport, RejectsAnElementThatIsNotAnObjectAndKeepsTheOthers)
{
    const QByteArray one = QJsonDocument(validOrderObject()).toJson(QJsonDocument::Compact);
    const OrderFileContents contents = readBytes("orders.json", "[\n" + one + ",\n  42\n]");

    EXPECT_FALSE(contents.fileRejected);
    EXPECT_EQ(contents.records, 2);
    EXPECT_EQ(contents.orders.size(), 1u);
    const ImportProblem* problem = problemWithCode(contents.problems, "not_an_object");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 2);
    EXPECT_EQ(problem->line, 3);
}

TEST(JsonImport, RejectsOnlyTheRecordWithInvalidUtf8)
{
    QByteArray broken = QJsonDocument(validOrderObject("nordlys", "2")).toJson(QJsonDocument::Compact);
    broken.replace("Kari", "K\xE4ri"); // Latin-1, not UTF-8
    const QByteArray good = QJsonDocument(validOrderObject("nordlys", "1")).toJson(QJsonDocument::Compact);

    const OrderFileContents contents = readBytes("orders.json", "[\n" + good + ",\n" + broken + "\n]\n");

    EXPECT_FALSE(contents.fileRejected);
    ASSERT_EQ(contents.orders.size(), 1u);
    EXPECT_EQ(contents.orders[0].number, "1");
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_utf8");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 2);
    EXPECT_EQ(problem->line, 3);
    EXPECT_TRUE(problem->message.contains("0xe4")) << problem->message;
}

TEST(JsonImport, ReportsTheSecondOccurrenceOfAnOrderAsADuplicateOfTheFirst)
{
    const QByteArray bytes = jsonArray(
        {validOrderObject("nordlys", "7"), validOrderObject("acme", "7"), validOrderObject("nordlys", "7")});
    const OrderFileContents contents = readBytes("orders.json", bytes);

    ASSERT_EQ(contents.orders.size(), 2u);
    EXPECT_EQ(contents.rejectedRecords, 1);
    const ImportProblem* problem = problemWithCode(contents.problems, "duplicate_order");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 3);
    EXPECT_EQ(problem->shop, "nordlys");
    EXPECT_EQ(problem->number, "7");
    EXPECT_TRUE(problem->message.contains("record 1 (line 2)")) << problem->message;
}

TEST(JsonImport, AnEmptyArrayHoldsNoOrders)
{
    const OrderFileContents contents = readBytes("orders.json", "  [ ]  \n");
    EXPECT_TRUE(contents.fileRejected);
    ASSERT_EQ(contents.problems.size(), 1u);
    EXPECT_EQ(contents.problems[0].code, "empty_file");
    EXPECT_EQ(contents.problems[0].message, "the file holds no orders");
}

} // namespace
} // namespace packdesk
