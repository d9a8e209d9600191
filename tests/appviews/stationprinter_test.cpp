// The station's printers as the composition root opens them: the folder
// printer (a station without a printer map) with the real card and label
// renderers, and its failure modes.
#include "app/folderprinter.h"
#include "app/stationprinter.h"
#include "printing/cups/cupsdfixture.h"
#include "store/sqliteorderstore.h"
#include "support/sampleorders.h"

#include <gtest/gtest.h>

#include <limits>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace packdesk::app {
namespace {

printing::RenderedDocument fakeDocument(printing::DocumentKind kind)
{
    printing::RenderedDocument document;
    document.kind = kind;
    document.format = kind == printing::DocumentKind::Card ? printing::DocumentFormat::Pdf
                                                           : printing::DocumentFormat::Zpl;
    document.bytes = kind == printing::DocumentKind::Card ? QByteArray("%PDF-card") : QByteArray("^XA^XZ");
    return document;
}

FolderPrinter::Renderer fakeRenderer()
{
    return [](const Order&, printing::DocumentKind kind) -> Result<printing::RenderedDocument> {
        return fakeDocument(kind);
    };
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(FolderPrinter, WritesEachDocumentInItsOwnFormat)
{
    QTemporaryDir dir;
    FolderPrinter printer(dir.filePath("printed"), fakeRenderer());
    ASSERT_TRUE(printer.print(testing::sampleOrder(), {"card", "return_label"}).ok());
    EXPECT_EQ(readAll(dir.filePath("printed/acme-1001-card.pdf")), "%PDF-card");
    EXPECT_EQ(readAll(dir.filePath("printed/acme-1001-return_label.zpl")), "^XA^XZ");
}

TEST(FolderPrinter, KeepsOrderNumbersFromNamingOtherFolders)
{
    QTemporaryDir dir;
    FolderPrinter printer(dir.path(), fakeRenderer());
    Order order = testing::sampleOrder();
    order.number = "../../etc/x";
    ASSERT_TRUE(printer.print(order, {"card"}).ok());
    const QString path = printer.pathFor(order, "card", printing::DocumentFormat::Pdf);
    EXPECT_TRUE(path.startsWith(dir.path() + "/acme-"));
    EXPECT_TRUE(QFile::exists(path));
}

TEST(FolderPrinter, UnwritableFolderIsOffline)
{
    QTemporaryDir dir;
    // Below a regular file no folder can exist, whoever runs the test (root too).
    QFile blocker(dir.filePath("file"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    FolderPrinter printer(dir.filePath("file/printed"), fakeRenderer());
    const auto printed = printer.print(testing::sampleOrder(), {"card"});
    ASSERT_FALSE(printed.ok());
    EXPECT_EQ(printed.error().code, "offline");
}

TEST(FolderPrinter, RenderErrorIsPassedOnAndNothingIsWritten)
{
    QTemporaryDir dir;
    FolderPrinter printer(dir.path(), [](const Order&, printing::DocumentKind) -> Result<printing::RenderedDocument> {
        return Error{"missing_field", "card.en.json uses {discount_code}"};
    });
    const auto printed = printer.print(testing::sampleOrder(), {"card"});
    ASSERT_FALSE(printed.ok());
    EXPECT_EQ(printed.error().code, "missing_field");
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

/// The sample order, with the survey and return portal URLs the default
/// templates print, as the store keeps it (with its id).
Result<Order> storeSampleOrder(store::SqliteOrderStore& store)
{
    Order order = testing::sampleOrder(0);
    order.surveyUrlTemplate = "https://survey.example/r/{token}";
    order.returnPortalUrlTemplate = "https://returns.example/{rma}";
    if (auto upserted = store.upsertOrders({order}); !upserted)
        return upserted.error();
    auto found = store.findOrder("acme", "1001");
    if (!found)
        return found.error();
    if (!found.value())
        return Error{"order_not_found", "the sample order was not stored"};
    return *found.value();
}

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start("pdftotext", {path, "-"});
    pdftotext.waitForFinished(30'000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

/// A station database holding the sample order, and the options of a
/// station that prints into a folder beside it.
class StationPrinterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = store::SqliteOrderStore::open(dir.filePath("station.sqlite"));
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
        auto sample = storeSampleOrder(*store);
        ASSERT_TRUE(sample.ok()) << sample.error().message.toStdString();
        stored = sample.value();
    }

    StationPrintingOptions folderOptions() const
    {
        StationPrintingOptions options;
        options.databasePath = dir.filePath("station.sqlite");
        options.station = "S1";
        options.printDirectory = dir.filePath("printed");
        return options;
    }

    QTemporaryDir dir;
    std::unique_ptr<store::SqliteOrderStore> store;
    Order stored;
};

TEST_F(StationPrinterTest, WithoutAPrinterMapPrintsTheRealCardAndLabelIntoTheFolder)
{
    const StationPrintingOptions options = folderOptions();
    auto printer = openStationPrinter(options);
    ASSERT_TRUE(printer.ok()) << printer.error().message.toStdString();
    const auto printed = printer.value()->print(stored, {"card", "return_label"});
    ASSERT_TRUE(printed.ok()) << printed.error().message.toStdString();

    const QString card = dir.filePath("printed/acme-1001-card.pdf");
    const QString label = dir.filePath("printed/acme-1001-return_label.pdf");
    EXPECT_TRUE(readAll(card).startsWith("%PDF"));
    EXPECT_TRUE(readAll(label).startsWith("%PDF"));
    // The card greets the customer in her language (nb) by first name.
    EXPECT_TRUE(pdfText(card).contains(QString::fromUtf8("Bjørn")));
    EXPECT_TRUE(pdfText(label).contains("1001"));
}

TEST_F(StationPrinterTest, AReprintWritesTheSameBytesAgainAndIsRecorded)
{
    const StationPrintingOptions options = folderOptions();
    auto printer = openStationPrinter(options);
    ASSERT_TRUE(printer.ok()) << printer.error().message.toStdString();
    ASSERT_FALSE(printer.value()->reprint(stored, {"return_label"}, "P01").ok()) << "nothing printed yet";
    ASSERT_TRUE(printer.value()->print(stored, {"card", "return_label"}).ok());

    const QString label = dir.filePath("printed/acme-1001-return_label.pdf");
    const QByteArray first = readAll(label);
    ASSERT_TRUE(QFile::remove(label)); // the smudged label went in the bin
    const auto again = printer.value()->reprint(stored, {"return_label"}, "P01");
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(readAll(label), first) << "the same document, same RMA code";

    auto events = store->eventsBetween(0, std::numeric_limits<qint64>::max(), {"document.reprinted"});
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().packer, "P01") << "who asked for it";
    EXPECT_EQ(events->front().details.value("document").toString(), "return_label");
}

TEST_F(StationPrinterTest, WithAPrinterMapTheCardAndTheZplLabelReachTheirCupsQueues)
{
    testing::CupsdFixture cupsd;
    ASSERT_TRUE(cupsd.start().ok()) << cupsd.errorLog().toStdString();
    ASSERT_TRUE(cupsd.addQueue("cards").ok());
    ASSERT_TRUE(cupsd.addQueue("labels").ok());
    const QString map = dir.filePath("printers.json");
    QFile mapFile(map);
    ASSERT_TRUE(mapFile.open(QIODevice::WriteOnly));
    mapFile.write(R"({"station": "S1", "documents": {
        "card": {"printer": "cards", "format": "pdf", "paper": "a6"},
        "return_label": {"printer": "labels", "format": "zpl", "paper": "4x6", "dpi": 203}}})");
    mapFile.close();

    StationPrintingOptions options = folderOptions();
    options.printerMapPath = map;
    options.cupsServer = cupsd.server();
    auto printer = openStationPrinter(options);
    ASSERT_TRUE(printer.ok()) << printer.error().message.toStdString();
    const auto printed = printer.value()->print(stored, {"card", "return_label"});
    ASSERT_TRUE(printed.ok()) << printed.error().message.toStdString();
    ASSERT_TRUE(cupsd.waitForPrinted("cards", 1, 10'000));
    ASSERT_TRUE(cupsd.waitForPrinted("labels", 1, 10'000));
    EXPECT_TRUE(cupsd.printedJobs("cards").front().second.startsWith("%PDF"));
    const QByteArray zpl = cupsd.printedJobs("labels").front().second;
    EXPECT_TRUE(zpl.startsWith("^XA")) << zpl.left(40).toStdString();
    EXPECT_TRUE(zpl.contains("^BC")); // the RMA as a Code 128, not a bitmap
}

TEST(StationPrinter, AMissingPrinterMapIsAnErrorNotAFolder)
{
    QTemporaryDir dir;
    StationPrintingOptions options;
    options.databasePath = dir.filePath("station.sqlite");
    options.station = "S1";
    options.printerMapPath = dir.filePath("no-such-map.json");
    auto printer = openStationPrinter(options);
    ASSERT_FALSE(printer.ok());
}

} // namespace
} // namespace packdesk::app
