// The importer's write policy: valid orders in one call to the catalog,
// nothing with --strict and a problem, nothing when the catalog fails, and
// re-imports that are idempotent.
#include "fakeordercatalog.h"
#include "intake/orderimporter.h"
#include "intaketestsupport.h"

#include <QBuffer>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

QByteArray twoGoodOneBad()
{
    QJsonObject bad = validOrderObject("nordlys", "2");
    bad.remove("lines");
    return jsonLine(validOrderObject("nordlys", "1")) + jsonLine(bad) +
           jsonLine(validOrderObject("acme", "3"));
}

TEST(OrderImporter, WritesAllValidOrdersOfAFileInOneCall)
{
    FakeOrderCatalog catalog;
    const ImportReport report = OrderImporter(catalog).importFile(fixturePath("good.json"));

    EXPECT_TRUE(report.written);
    EXPECT_FALSE(report.hasProblems()) << listProblems(report.problems);
    ASSERT_EQ(catalog.calls().size(), 1u);
    EXPECT_EQ(catalog.calls()[0].size(), 3u);
    EXPECT_EQ(report.records, 3);
    EXPECT_EQ(report.created, 3);
    ASSERT_EQ(report.outcomes.size(), 3u);
    EXPECT_EQ(report.outcomes[0].shop, "nordlys");
    EXPECT_EQ(report.outcomes[0].kind, UpsertKind::Created);
    EXPECT_EQ(report.format, ImportFormat::Json);
    EXPECT_EQ(report.path, fixturePath("good.json"));
    EXPECT_EQ(report.summary(), "3 records: 3 created");
}

TEST(OrderImporter, StillImportsTheGoodRecordsWhenOthersAreBad)
{
    FakeOrderCatalog catalog;
    const TempOrderFile file("orders.jsonl", twoGoodOneBad());
    const ImportReport report = OrderImporter(catalog).importFile(file.path());

    EXPECT_TRUE(report.written);
    ASSERT_EQ(catalog.calls().size(), 1u);
    ASSERT_EQ(catalog.calls()[0].size(), 2u);
    EXPECT_EQ(catalog.calls()[0][0].number, "1");
    EXPECT_EQ(catalog.calls()[0][1].number, "3");
    EXPECT_EQ(catalog.find("nordlys", "2"), nullptr) << "an invalid order is never written, not even in part";
    EXPECT_EQ(report.rejectedRecords, 1);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].field, "lines");
    EXPECT_EQ(report.summary(), "3 records: 2 created, 1 rejected");
}

TEST(OrderImporter, StrictImportsNothingWhenAnyRecordIsBad)
{
    FakeOrderCatalog catalog;
    const TempOrderFile file("orders.jsonl", twoGoodOneBad());
    ImportOptions options;
    options.strict = true;
    const ImportReport report = OrderImporter(catalog).importFile(file.path(), options);

    EXPECT_FALSE(report.written);
    EXPECT_TRUE(report.strictRefused);
    EXPECT_TRUE(catalog.calls().empty());
    EXPECT_EQ(catalog.size(), 0u);
    EXPECT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.summary(), "3 records: nothing imported (strict), 1 with problems");
}

TEST(OrderImporter, StrictImportsEverythingWhenAllRecordsAreGood)
{
    FakeOrderCatalog catalog;
    ImportOptions options;
    options.strict = true;
    const ImportReport report = OrderImporter(catalog).importFile(fixturePath("good.csv"), options);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(catalog.size(), 3u);
}

TEST(OrderImporter, ImportingTheSameFileTwicePassesTheSameOrdersAndChangesNothing)
{
    FakeOrderCatalog catalog;
    const OrderImporter importer(catalog);
    const ImportReport first = importer.importFile(fixturePath("good.jsonl"));
    const ImportReport second = importer.importFile(fixturePath("good.jsonl"));

    ASSERT_EQ(catalog.calls().size(), 2u);
    ASSERT_EQ(catalog.calls()[0].size(), catalog.calls()[1].size());
    for (size_t i = 0; i < catalog.calls()[0].size(); ++i)
        EXPECT_TRUE(FakeOrderCatalog::sameContent(catalog.calls()[0][i], catalog.calls()[1][i]));
    EXPECT_EQ(first.created, 3);
    EXPECT_EQ(second.created, 0);
    EXPECT_EQ(second.unchanged, 3);
    EXPECT_EQ(second.summary(), "3 records: 3 unchanged");
    EXPECT_EQ(catalog.size(), 3u);
}

TEST(OrderImporter, TheSameOrdersInAnotherFormatAreUnchanged)
{
    FakeOrderCatalog catalog;
    const OrderImporter importer(catalog);
    (void)importer.importFile(fixturePath("good.json"));
    const ImportReport fromCsv = importer.importFile(fixturePath("good.csv"));
    EXPECT_EQ(fromCsv.unchanged, 3) << listProblems(fromCsv.problems);
}

TEST(OrderImporter, ReportsUpdatedAndSkippedOrdersOneByOne)
{
    FakeOrderCatalog catalog;
    const OrderImporter importer(catalog);
    const TempOrderFile original("orders.jsonl", jsonLine(validOrderObject("nordlys", "1")) +
                                                     jsonLine(validOrderObject("nordlys", "2")) +
                                                     jsonLine(validOrderObject("nordlys", "3")));
    ASSERT_TRUE(importer.importFile(original.path()).written);
    catalog.setStatus("nordlys", "2", OrderStatus::Packed);
    catalog.setStatus("nordlys", "3", OrderStatus::Packing);

    QJsonObject changed1 = validOrderObject("nordlys", "1");
    changed1["gift_message"] = "Til deg!";
    QJsonObject changed2 = validOrderObject("nordlys", "2");
    changed2["gift_message"] = "Too late";
    QJsonObject changed3 = validOrderObject("nordlys", "3");
    changed3["gift_message"] = "Too late too";
    const TempOrderFile update("orders.jsonl", jsonLine(changed1) + jsonLine(changed2) + jsonLine(changed3));
    const ImportReport report = importer.importFile(update.path());

    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.skippedPacked, 1);
    EXPECT_EQ(report.skippedInProgress, 1);
    ASSERT_EQ(report.outcomes.size(), 3u);
    EXPECT_EQ(report.outcomes[1].number, "2");
    EXPECT_EQ(report.outcomes[1].kind, UpsertKind::SkippedPacked);
    EXPECT_EQ(report.outcomes[2].kind, UpsertKind::SkippedInProgress);
    EXPECT_EQ(catalog.find("nordlys", "1")->giftMessage, "Til deg!");
    EXPECT_TRUE(catalog.find("nordlys", "2")->giftMessage.isEmpty());
    EXPECT_EQ(report.summary(),
              "3 records: 1 updated, 1 skipped (packed or cancelled), 1 skipped (being packed)");
}

TEST(OrderImporter, ReportsAFailedWriteAndStoresNothing)
{
    FakeOrderCatalog catalog;
    catalog.failNextCall("database is locked");
    const ImportReport report = OrderImporter(catalog).importFile(fixturePath("good.json"));

    EXPECT_FALSE(report.written);
    EXPECT_TRUE(report.storageFailed);
    EXPECT_EQ(catalog.size(), 0u);
    EXPECT_TRUE(report.outcomes.empty());
    const ImportProblem* problem = problemWithCode(report.problems, "storage_failed");
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isFileLevel());
    EXPECT_TRUE(problem->message.contains("database is locked")) << problem->message;
    EXPECT_EQ(report.created, 0);
}

TEST(OrderImporter, DoesNotCallTheCatalogWhenEveryRecordIsBad)
{
    FakeOrderCatalog catalog;
    QJsonObject bad = validOrderObject();
    bad.remove("customer");
    const TempOrderFile file("orders.jsonl", jsonLine(bad));
    const ImportReport report = OrderImporter(catalog).importFile(file.path());

    EXPECT_FALSE(report.written);
    EXPECT_TRUE(catalog.calls().empty());
    EXPECT_EQ(report.summary(), "1 record: 1 rejected");
}

TEST(OrderImporter, TheFormatOptionOverridesTheExtension)
{
    FakeOrderCatalog catalog;
    QFile source(fixturePath("good.csv"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const TempOrderFile file("orders.txt", source.readAll());
    ImportOptions options;
    options.format = ImportFormat::Csv;
    const ImportReport report = OrderImporter(catalog).importFile(file.path(), options);
    EXPECT_EQ(report.format, ImportFormat::Csv);
    EXPECT_EQ(report.created, 3) << listProblems(report.problems);
}

TEST(OrderImporter, ImportsFromADeviceSuchAsStandardInput)
{
    FakeOrderCatalog catalog;
    QByteArray bytes = jsonLine(validOrderObject("acme", "1"));
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    const ImportReport report = OrderImporter(catalog).importDevice(buffer);
    EXPECT_EQ(report.format, ImportFormat::JsonLines);
    EXPECT_EQ(report.created, 1) << listProblems(report.problems);
}

} // namespace
} // namespace packdesk
