#include "dashboard/csvwriter.h"
#include "dashboard/reporttables.h"

#include <gtest/gtest.h>

using namespace packdesk::dashboard;

TEST(DashboardCsv, QuotesPerRfc4180WithCrlf)
{
    const DataTable table{QStringLiteral("t"),
                          {},
                          {QStringLiteral("name"), QStringLiteral("note")},
                          {{QStringLiteral("Ødegård, Ingrid"), QStringLiteral("said \"hi\"\nthen left")},
                           {QStringLiteral("plain"), QString()}}};
    const QByteArray csv = CsvWriter::write(table);
    EXPECT_EQ(csv,
              QStringLiteral("name,note\r\n\"Ødegård, Ingrid\",\"said \"\"hi\"\"\nthen left\"\r\nplain,\r\n")
                  .toUtf8());
}

TEST(DashboardCsv, FormulaCellsGetAnApostrophe)
{
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("=HYPERLINK(\"http://x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("Eve=1")), QStringLiteral("Eve=1"));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("12.5")), QStringLiteral("12.5"));
}

TEST(DashboardCsv, ReportTablesHoldEveryGroup)
{
    packdesk::stats::StatsReport report;
    packdesk::stats::GroupFigures eve{QStringLiteral("P02"), QStringLiteral("=cmd|' /C calc'!A0"), {}};
    eve.figures.ordersPacked = 3;
    eve.figures.medianPackMs = 61'500;
    report.byPacker.push_back(eve);
    report.defectsByKind.push_back({QStringLiteral("crushed"), 2, 1.0});
    const std::vector<DataTable> tables = ReportTables::all(report);
    ASSERT_EQ(tables.size(), 8u);
    const auto packers = ReportTables::named(report, QStringLiteral("packers"));
    ASSERT_TRUE(packers);
    ASSERT_EQ(packers->rows.size(), 1);
    EXPECT_EQ(packers->columns.mid(0, 4), (QStringList{"badge", "name", "orders_packed", "items_packed"}));
    EXPECT_EQ(packers->rows[0].value(2), QStringLiteral("3"));
    EXPECT_EQ(packers->rows[0].value(6), QStringLiteral("61.5"));
    const QByteArray csv = CsvWriter::write(*packers);
    EXPECT_TRUE(csv.contains("P02,'=cmd|' /C calc'!A0,3,"));
    EXPECT_EQ(ReportTables::named(report, QStringLiteral("defects"))->rows[0],
              (QStringList{"crushed", "2", "100.0"}));
    EXPECT_FALSE(ReportTables::named(report, QStringLiteral("orders")));
}
