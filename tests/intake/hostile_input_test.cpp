// Files that are empty, blank, random bytes, absurdly nested, absurdly long
// or huge: none may crash, each gives a clear problem, none writes anything
// it should not.
#include "fakeordercatalog.h"
#include "intake/orderimporter.h"
#include "intaketestsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

const QStringList kFileNames{"orders.json", "orders.jsonl", "orders.csv", "orders"};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

void expectNoOrdersProblem(const QString& fileName, const QByteArray& bytes)
{
    FakeOrderCatalog catalog;
    const TempOrderFile file(fileName, bytes);
    const ImportReport report = OrderImporter(catalog).importFile(file.path());
    EXPECT_TRUE(report.fileRejected) << fileName.toStdString();
    ASSERT_EQ(report.problems.size(), 1u) << fileName.toStdString() << "\n" << listProblems(report.problems);
    EXPECT_EQ(report.problems[0].code, "empty_file");
    EXPECT_EQ(report.problems[0].toString(), "the file holds no orders");
    EXPECT_TRUE(catalog.calls().empty());
}

TEST(HostileInput, AZeroByteFileHoldsNoOrdersInEveryFormat)
{
    for (const QString& name : kFileNames)
        expectNoOrdersProblem(name, QByteArray());
}

TEST(HostileInput, AWhitespaceOnlyFileHoldsNoOrdersInEveryFormat)
{
    for (const QString& name : kFileNames) {
        expectNoOrdersProblem(name, " \n\t\r\n   \n");
        expectNoOrdersProblem(name, "\xEF\xBB\xBF\n");
    }
}

TEST(HostileInput, ACsvFileWithOnlyAHeaderHoldsNoOrders)
{
    expectNoOrdersProblem("orders.csv",
                          "shop,number,customer_name,ship_line1,ship_city,ship_country,sku,name,"
                          "quantity,unit_weight_g\r\n\r\n");
}

TEST(HostileInput, RandomBytesNeverCrashAndNeverBecomeOrders)
{
    for (quint32 seed = 1; seed <= 4; ++seed) {
        const QByteArray garbage = randomBytes(256 * 1024, seed);
        for (const QString& name : kFileNames) {
            FakeOrderCatalog catalog;
            const TempOrderFile file(name, garbage);
            const ImportReport report = OrderImporter(catalog).importFile(file.path());
            EXPECT_FALSE(report.written) << name.toStdString();
            EXPECT_TRUE(catalog.calls().empty()) << name.toStdString();
            ASSERT_FALSE(report.problems.empty()) << name.toStdString();
            for (const ImportProblem& problem : report.problems)
                EXPECT_FALSE(problem.message.isEmpty());
        }
    }
}

TEST(HostileInput, RandomBytesWithoutAnExtensionAreAnUnknownFormat)
{
    const OrderFileContents contents = readBytes("orders", "\x01\x02garbage\xFF\xFE");
    ASSERT_EQ(contents.problems.size(), 1u);
    EXPECT_EQ(contents.problems[0].code, "unknown_format");
    EXPECT_TRUE(contents.problems[0].message.contains("--format")) << contents.problems[0].message;
}

TEST(HostileInput, StopsReadingAfterTooManyProblemsAndImportsNothing)
{
    QByteArray bytes = jsonLine(validOrderObject());
    for (int i = 0; i < 1500; ++i)
        bytes += "not json\n";
    FakeOrderCatalog catalog;
    const TempOrderFile file("orders.jsonl", bytes);
    const ImportReport report = OrderImporter(catalog).importFile(file.path());

    EXPECT_TRUE(report.fileRejected);
    EXPECT_TRUE(catalog.calls().empty());
    const ImportProblem* problem = problemWithCode(report.problems, "too_many_problems");
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->message.contains("more than 1000 problems")) << problem->message;
    EXPECT_EQ(report.problems.size(), 1002u);
}

TEST(HostileInput, DeeplyNestedJsonIsRejectedWithoutACrash)
{
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    const OrderFileContents array = readBytes("orders.json", "[{\"shop\": " + deep + "}]");
    EXPECT_TRUE(array.fileRejected);
    EXPECT_NE(problemWithCode(array.problems, "invalid_json"), nullptr) << listProblems(array.problems);

    const OrderFileContents lines =
        readBytes("orders.jsonl", "{\"shop\": " + deep + "}\n" + jsonLine(validOrderObject()));
    EXPECT_EQ(lines.orders.size(), 1u);
    const ImportProblem* problem = problemWithCode(lines.problems, "invalid_json");
    ASSERT_NE(problem, nullptr) << listProblems(lines.problems);
    EXPECT_EQ(problem->line, 1);
}

TEST(HostileInput, AnExtremelyLongLineRejectsOnlyItsRecord)
{
    const QByteArray huge = "{\"shop\": \"" + QByteArray(17 * 1024 * 1024, 'x') + "\"}\n";
    const OrderFileContents contents = readBytes("orders.jsonl", huge + jsonLine(validOrderObject()));

    EXPECT_FALSE(contents.fileRejected);
    EXPECT_EQ(contents.records, 2);
    ASSERT_EQ(contents.orders.size(), 1u);
    const ImportProblem* problem = problemWithCode(contents.problems, "record_too_large");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->line, 1);
    EXPECT_EQ(contents.orders[0].shop, "nordlys");
}

TEST(HostileInput, AHugeFileWithoutLineBreaksIsRejectedInEveryFormat)
{
    const QByteArray blob(20 * 1024 * 1024, 'x');
    for (const QString& name :
         {QStringLiteral("orders.json"), QStringLiteral("orders.jsonl"), QStringLiteral("orders.csv")}) {
        const OrderFileContents contents = readBytes(name, blob);
        EXPECT_TRUE(contents.orders.empty()) << name.toStdString();
        ASSERT_FALSE(contents.problems.empty()) << name.toStdString();
    }
    const OrderFileContents csv = readBytes("orders.csv", "\"" + blob);
    EXPECT_TRUE(csv.fileRejected);
    EXPECT_TRUE(csv.problems[0].message.contains("longer than 16 MiB")) << csv.problems[0].message;
}

TEST(HostileInput, AJsonArrayFileOver512MiBIsRefusedWithAdviceToUseJsonLines)
{
    const TempOrderFile file("orders.json", "[");
    {
        QFile sparse(file.path());
        ASSERT_TRUE(sparse.resize(qint64(513) * 1024 * 1024)); // sparse: no real disk use
    }
    const OrderFileContents contents = OrderFileReader::read(file.path());
    EXPECT_TRUE(contents.fileRejected);
    ASSERT_EQ(contents.problems.size(), 1u);
    EXPECT_EQ(contents.problems[0].code, "file_too_large");
    EXPECT_TRUE(contents.problems[0].message.contains("JSON Lines")) << contents.problems[0].message;
}

TEST(HostileInput, AMissingFileOrADirectoryIsReportedNotCrashedOn)
{
    const OrderFileContents missing = OrderFileReader::read("/nonexistent/orders.json");
    ASSERT_EQ(missing.problems.size(), 1u);
    EXPECT_EQ(missing.problems[0].code, "cannot_open");
    EXPECT_TRUE(missing.problems[0].message.contains("/nonexistent/orders.json"));

    const OrderFileContents directory = OrderFileReader::read(QStringLiteral(INTAKE_FIXTURES_DIR));
    ASSERT_EQ(directory.problems.size(), 1u);
    EXPECT_TRUE(directory.problems[0].message.contains("is a directory"));
}

TEST(HostileInput, AHugeJsonLinesFileIsReadCompletely)
{
    constexpr int kOrders = 20000;
    QJsonObject order = validOrderObject();
    QByteArray bytes;
    bytes.reserve(kOrders * 700);
    for (int i = 0; i < kOrders; ++i) {
        order["number"] = QString::number(100000 + i);
        bytes += jsonLine(order);
    }
    const OrderFileContents contents = readBytes("orders.jsonl", bytes);
    EXPECT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    EXPECT_EQ(contents.records, kOrders);
    ASSERT_EQ(contents.orders.size(), size_t(kOrders));
    EXPECT_EQ(contents.orders.back().number, QString::number(100000 + kOrders - 1));
}

TEST(HostileInput, AHugeCsvFileWithInterleavedOrdersIsReadCompletely)
{
    constexpr int kOrders = 20000;
    QByteArray bytes = "shop,number,customer_name,ship_line1,ship_city,ship_country,sku,name,quantity,"
                       "unit_weight_g\r\n";
    // Three lines per order, the third row of each order written far from the first two.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < kOrders; ++i) {
            const QByteArray number = QByteArray::number(i);
            const int lines = pass == 0 ? 2 : 1;
            for (int line = 0; line < lines; ++line) {
                bytes += "acme," + number + ",Ola Nordmann,\"Gate 1, leil. 2\",Bergen,NO,SKU-" + number +
                         "-" + QByteArray::number(pass * 2 + line) + ",Vare,1,250\r\n";
            }
        }
    }
    const OrderFileContents contents = readBytes("orders.csv", bytes);
    EXPECT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    EXPECT_EQ(contents.records, kOrders);
    ASSERT_EQ(contents.orders.size(), size_t(kOrders));
    for (const Order& order : contents.orders)
        ASSERT_EQ(order.lines.size(), 3u) << order.number.toStdString();
    EXPECT_EQ(contents.orders[5].lines[2].sku, "SKU-5-2");
}

} // namespace
} // namespace packdesk
