// Reading CSV order files: one row per order line, order-level columns
// repeated, rows of one order grouped by (shop, number) wherever they are.
#include "fakeordercatalog.h"
#include "intaketestsupport.h"

#include <QMap>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

using Row = QMap<QString, QString>;

const QStringList kAllColumns =
    QStringLiteral("shop,number,customer_name,customer_email,customer_locale,previous_orders,"
                   "ship_name,ship_line1,ship_line2,ship_postal_code,ship_city,ship_region,"
                   "ship_country,gift_message,return_window_days,survey_url_template,"
                   "return_portal_url_template,discount_code,sku,name,barcodes,quantity,"
                   "unit_weight_g,fragile,category")
        .split(QLatin1Char(','));

Row row(const QString& number, const QString& sku, const QString& shop = QStringLiteral("nordlys"))
{
    return Row{{"shop", shop},
               {"number", number},
               {"customer_name", "Kari Nordmann"},
               {"customer_email", "kari@example.no"},
               {"ship_line1", "Storgata 1"},
               {"ship_city", "Oslo"},
               {"ship_country", "NO"},
               {"sku", sku},
               {"name", "Vare " + sku},
               {"barcodes", "7038010009457"},
               {"quantity", "1"},
               {"unit_weight_g", "100"}};
}

QByteArray csvField(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

QByteArray csv(const QList<Row>& rows, const QStringList& columns = kAllColumns, const char* eol = "\n")
{
    QByteArray text;
    for (qsizetype i = 0; i < columns.size(); ++i)
        text += (i ? "," : "") + csvField(columns[i]);
    text += eol;
    for (const Row& r : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            text += (i ? "," : "") + csvField(r.value(columns[i]));
        text += eol;
    }
    return text;
}

TEST(CsvImport, ReadsTheSameOrdersAsTheJsonFile)
{
    // good.csv has a BOM, CRLF line ends, quoted commas and quotes, a gift
    // message with a line break, and the rows of NL-1001 are not adjacent.
    const OrderFileContents fromCsv = OrderFileReader::read(fixturePath("good.csv"));
    const OrderFileContents fromJson = OrderFileReader::read(fixturePath("good.json"));

    ASSERT_TRUE(fromCsv.problems.empty()) << listProblems(fromCsv.problems);
    EXPECT_EQ(fromCsv.format, ImportFormat::Csv);
    EXPECT_EQ(fromCsv.records, 3);
    ASSERT_EQ(fromCsv.orders.size(), fromJson.orders.size());
    for (size_t i = 0; i < fromCsv.orders.size(); ++i)
        EXPECT_TRUE(FakeOrderCatalog::sameContent(fromCsv.orders[i], fromJson.orders[i])) << "order " << i;
    const Order& first = fromCsv.orders[0];
    ASSERT_EQ(first.lines.size(), 2u);
    EXPECT_EQ(first.lines[1].sku, "MUG-FJORD");
    EXPECT_EQ(first.lines[1].barcodes, (QStringList{"7038010012341", "MUG-FJORD"}));
    EXPECT_EQ(fromCsv.orders[2].shippingAddress.line1, "12, rue de la Paix");
}

TEST(CsvImport, ReadsLfAndCrlfFilesAlikeAndStoresLineBreaksInFieldsAsLf)
{
    Row first = row("1", "A");
    first["gift_message"] = "Line one\nLine two";
    const OrderFileContents lf = readBytes("orders.csv", csv({first}, kAllColumns, "\n"));
    QByteArray crlfBytes = csv({first}, kAllColumns, "\r\n");
    crlfBytes.replace("Line one\nLine two", "Line one\r\nLine two");
    const OrderFileContents crlf = readBytes("orders.csv", crlfBytes);

    ASSERT_EQ(lf.orders.size(), 1u) << listProblems(lf.problems);
    ASSERT_EQ(crlf.orders.size(), 1u) << listProblems(crlf.problems);
    EXPECT_EQ(crlf.orders[0].giftMessage, "Line one\nLine two");
    EXPECT_TRUE(FakeOrderCatalog::sameContent(lf.orders[0], crlf.orders[0]));
}

TEST(CsvImport, TakesColumnsInAnyOrderAndIgnoresUnknownOnes)
{
    // Header names are trimmed and compared without case; optional columns may be left out.
    const QByteArray bytes =
        "quantity, Shop ,NUMBER,sku,name,unit_weight_g,customer_name,ship_line1,ship_city,"
        "ship_country,colour\n"
        "1,nordlys,5,X,Vare X,100,Kari Nordmann,Storgata 1,Oslo,NO,blue\n";
    const OrderFileContents contents = readBytes("orders.csv", bytes);

    ASSERT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    ASSERT_EQ(contents.orders.size(), 1u);
    EXPECT_EQ(contents.orders[0].shop, "nordlys");
    EXPECT_EQ(contents.orders[0].number, "5");
    EXPECT_EQ(contents.orders[0].lines[0].quantity, 1);
    EXPECT_TRUE(contents.orders[0].lines[0].barcodes.isEmpty());
    EXPECT_EQ(contents.orders[0].customer.locale, "en");
}

TEST(CsvImport, RejectsAnOrderWhoseRowsDisagreeOnAnOrderLevelValue)
{
    Row a = row("1", "A");
    Row b = row("2", "B");
    Row c = row("1", "C");
    c["customer_email"] = "other@example.no";
    const OrderFileContents contents = readBytes("orders.csv", csv({a, b, c}));

    ASSERT_EQ(contents.orders.size(), 1u);
    EXPECT_EQ(contents.orders[0].number, "2");
    const ImportProblem* problem = problemWithCode(contents.problems, "conflicting_values");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 1);
    EXPECT_EQ(problem->line, 4);
    EXPECT_EQ(problem->shop, "nordlys");
    EXPECT_EQ(problem->number, "1");
    EXPECT_EQ(problem->field, "customer.email");
    EXPECT_EQ(problem->column, "customer_email");
    EXPECT_TRUE(problem->message.contains("\"kari@example.no\" on line 2, \"other@example.no\" on line 4"))
        << problem->message;
}

TEST(CsvImport, RejectsAHeaderWithoutRequiredColumnsInOneFileLevelProblem)
{
    QStringList columns = kAllColumns;
    columns.removeAll("ship_city");
    columns.removeAll("quantity");
    const OrderFileContents contents = readBytes("orders.csv", csv({row("1", "A")}, columns));

    EXPECT_TRUE(contents.fileRejected);
    ASSERT_EQ(contents.problems.size(), 1u) << listProblems(contents.problems);
    const ImportProblem& problem = contents.problems[0];
    EXPECT_EQ(problem.code, "missing_columns");
    EXPECT_TRUE(problem.isFileLevel());
    EXPECT_EQ(problem.line, 1);
    EXPECT_TRUE(problem.message.contains("required columns ship_city, quantity")) << problem.message;
}

TEST(CsvImport, PointsABadLineValueAtItsRowAndColumn)
{
    Row a = row("1", "A");
    Row b = row("1", "B");
    b["quantity"] = "two";
    const OrderFileContents contents = readBytes("orders.csv", csv({a, row("2", "Z"), b}));

    ASSERT_EQ(contents.orders.size(), 1u);
    const ImportProblem* problem = problemFor(contents.problems, "lines[1].quantity");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->line, 4);
    EXPECT_EQ(problem->column, "quantity");
    EXPECT_EQ(problem->message, "must be an integer from 1 to 9999, got \"two\"");
    EXPECT_EQ(problem->toString(),
              "line 4, record 1 (nordlys/1), lines[1].quantity [column quantity]: must be an "
              "integer from 1 to 9999, got \"two\"");
}

TEST(CsvImport, AcceptsTheDocumentedSpellingsOfFragile)
{
    QList<Row> rows;
    const QStringList spellings{"true", "FALSE", "1", "0", "yes", "No", ""};
    for (const QString& spelling : spellings) {
        Row r = row("1", "S" + QString::number(rows.size()));
        r["fragile"] = spelling;
        rows << r;
    }
    const OrderFileContents contents = readBytes("orders.csv", csv(rows));

    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    std::vector<bool> fragile;
    for (const OrderLine& line : contents.orders[0].lines)
        fragile.push_back(line.fragile);
    EXPECT_EQ(fragile, (std::vector<bool>{true, false, true, false, true, false, false}));

    Row bad = row("2", "Q");
    bad["fragile"] = "maybe";
    const OrderFileContents rejected = readBytes("orders.csv", csv({bad}));
    const ImportProblem* problem = problemFor(rejected.problems, "lines[0].fragile");
    ASSERT_NE(problem, nullptr) << listProblems(rejected.problems);
    EXPECT_EQ(problem->message, "must be true, false, 1, 0, yes or no, got \"maybe\"");
}

TEST(CsvImport, SplitsBarcodesOnThePipe)
{
    Row r = row("1", "A");
    r["barcodes"] = " 7038010009457 | INT-77 ||";
    const OrderFileContents contents = readBytes("orders.csv", csv({r}));
    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders[0].lines[0].barcodes, (QStringList{"7038010009457", "INT-77"}));
}

TEST(CsvImport, NamesTheEmptyRequiredCellByItsField)
{
    Row r = row("1", "A");
    r["customer_name"] = "  ";
    const OrderFileContents contents = readBytes("orders.csv", csv({r}));

    EXPECT_TRUE(contents.orders.empty());
    const ImportProblem* problem = problemFor(contents.problems, "customer.name");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->column, "customer_name");
    EXPECT_EQ(problem->code, "missing_field");
}

TEST(CsvImport, RejectsTheFileAtAQuoteThatIsNeverClosed)
{
    QByteArray bytes = csv({row("1", "A"), row("2", "B")});
    bytes.replace("Vare B", "\"Vare B");
    const OrderFileContents contents = readBytes("orders.csv", bytes);

    EXPECT_TRUE(contents.fileRejected);
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_csv");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->line, 3);
    EXPECT_TRUE(problem->message.contains("never closed")) << problem->message;
}

TEST(CsvImport, RejectsARowWithTextAfterAClosingQuoteOrTheWrongNumberOfFields)
{
    QByteArray bytes = csv({row("1", "A"), row("2", "B"), row("3", "C")});
    bytes.replace("Vare A", "\"Vare\" A");
    bytes.replace(",Vare C,", ",Vare C,extra,");
    const OrderFileContents contents = readBytes("orders.csv", bytes);

    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders[0].number, "2");
    ASSERT_GE(contents.problems.size(), 2u);
    EXPECT_EQ(contents.problems[0].line, 2);
    EXPECT_TRUE(contents.problems[0].message.contains("after the closing quote"))
        << listProblems(contents.problems);
    const auto fieldCount = std::find_if(contents.problems.begin(), contents.problems.end(),
                                         [](const ImportProblem& p) { return p.message.contains("fields"); });
    ASSERT_NE(fieldCount, contents.problems.end());
    EXPECT_EQ(fieldCount->line, 4);
    EXPECT_EQ(fieldCount->message, "the row has 26 fields but the header has 25");
}

TEST(CsvImport, RejectsOnlyTheOrderWithACellThatIsNotUtf8)
{
    QByteArray bytes = csv({row("1", "A"), row("2", "B")});
    bytes.replace("Vare B", "Vare \xFC"); // Latin-1 u-umlaut
    const OrderFileContents contents = readBytes("orders.csv", bytes);

    ASSERT_EQ(contents.orders.size(), 1u);
    const ImportProblem* problem = problemWithCode(contents.problems, "invalid_utf8");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->record, 2);
    EXPECT_EQ(problem->line, 3);
    EXPECT_EQ(problem->column, "name");
    EXPECT_EQ(problem->field, "lines[0].name");
}

TEST(CsvImport, RejectsARowWithoutShopOrNumber)
{
    Row orphan = row("", "A");
    const OrderFileContents contents = readBytes("orders.csv", csv({row("1", "A"), orphan}));

    ASSERT_EQ(contents.orders.size(), 1u);
    EXPECT_EQ(contents.records, 2);
    const ImportProblem* problem = problemFor(contents.problems, "number");
    ASSERT_NE(problem, nullptr) << listProblems(contents.problems);
    EXPECT_EQ(problem->line, 3);
    EXPECT_EQ(problem->message, "is required");
}

} // namespace
} // namespace packdesk
