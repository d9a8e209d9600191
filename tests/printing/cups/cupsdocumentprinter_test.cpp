#include "printing/cupsdocumentprinter.h"
#include "spoolertesting.h"

#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QThread>

using namespace packdesk;
using namespace packdesk::printing;
using packdesk::testing::CupsdFixture;

namespace {
const QString kStation = QStringLiteral("S1");
const QStringList kBoth{QStringLiteral("card"), QStringLiteral("return_label")};

PrinterMap stationMap()
{
    auto map = PrinterMap::fromJson(R"({"station": "S1", "documents": {
        "card": {"printer": "cards", "format": "pdf", "paper": "a6"},
        "return_label": {"printer": "labels", "format": "zpl", "paper": "4x6", "dpi": 203}}})",
                                    QStringLiteral("test"));
    EXPECT_TRUE(map);
    return map.value();
}

/// Stands in for the card and label renderers: distinct bytes per document.
struct FakeRenderer
{
    int* calls;
    Result<RenderedDocument> operator()(const Order&, DocumentKind kind, const PrinterRoute& route) const
    {
        ++*calls;
        RenderedDocument document;
        document.kind = kind;
        document.format = route.format;
        document.bytes = kind == DocumentKind::Card ? packdesk::testing::samplePdf() : packdesk::testing::sampleZpl();
        return document;
    }
};

class CupsDocumentPrinterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto started = cupsd.start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        ASSERT_TRUE(cupsd.addQueue(QStringLiteral("cards")));
        ASSERT_TRUE(cupsd.addQueue(QStringLiteral("labels")));
        order = db.addOrder();
        jobs = db.openJobs();
        spooler = std::make_unique<PrintSpooler>(*jobs, CupsClient(cupsd.server()), SpoolerOptions{kStation, 50, 200});
        printer = std::make_unique<CupsDocumentPrinter>(*spooler, stationMap(), FakeRenderer{&renderCalls},
                                                        CupsPrinterOptions{10000, 25});
    }
    void TearDown() override
    {
        spooler->stop();
        cupsd.stop();
    }

    CupsdFixture cupsd;
    packdesk::testing::StationDatabase db;
    Order order;
    std::unique_ptr<store::SqlitePrintJobStore> jobs;
    std::unique_ptr<PrintSpooler> spooler;
    std::unique_ptr<CupsDocumentPrinter> printer;
    int renderCalls = 0;
};
} // namespace

TEST_F(CupsDocumentPrinterTest, PrintsEveryDocumentOnItsPrinterAndWaitsUntilDone)
{
    auto printed = printer->print(order, kBoth);
    ASSERT_TRUE(printed) << printed.error().code.toStdString() << ": " << printed.error().message.toStdString();
    auto stored = jobs->forOrder(order.id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 2u);
    for (const PrintJob& job : stored.value())
        EXPECT_EQ(job.state, PrintJobState::Completed) << job.document.toStdString();
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("cards"), 1, 5000));
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("cards")).front().second, packdesk::testing::samplePdf());
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).front().second, packdesk::testing::sampleZpl());

    // Printing the same order again follows the finished jobs: nothing new.
    ASSERT_TRUE(printer->print(order, kBoth));
    EXPECT_EQ(jobs->forOrder(order.id)->size(), 2u);
    EXPECT_EQ(renderCalls, 2);
}

TEST_F(CupsDocumentPrinterTest, AReprintSendsTheSameBytesAgainAndIsRecorded)
{
    const QStringList label{QStringLiteral("return_label")};
    auto none = printer->reprint(order, label, QStringLiteral("P01"));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, QStringLiteral("nothing_to_reprint"));

    ASSERT_TRUE(printer->print(order, kBoth));
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
    auto again = printer->reprint(order, label, QStringLiteral("P01"));
    ASSERT_TRUE(again) << again.error().message.toStdString();
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 2, 5000));
    const auto printed = cupsd.printedJobs(QStringLiteral("labels"));
    ASSERT_EQ(printed.size(), 2u);
    EXPECT_EQ(printed[1].second, printed[0].second) << "no new rendering: the same label";
    EXPECT_EQ(renderCalls, 2);
    auto stored = jobs->forOrder(order.id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 3u);
    EXPECT_EQ(stored->back().requestedBy, QStringLiteral("P01"));
    EXPECT_NE(stored->back().reprintOf, 0);
    EXPECT_EQ(stored->back().state, PrintJobState::Completed);
}

TEST_F(CupsDocumentPrinterTest, StoppedPrinterTellsThePackerAndPrintsWhenItIsBack)
{
    ASSERT_TRUE(cupsd.disable(QStringLiteral("labels")));
    auto printed = printer->print(order, kBoth);
    ASSERT_FALSE(printed);
    EXPECT_EQ(printed.error().code, QStringLiteral("paused"));
    EXPECT_TRUE(printed.error().message.contains(QStringLiteral("label printer"))) << printed.error().message.toStdString();

    // A retry while the printer is still stopped makes no second job.
    auto retried = printer->print(order, kBoth);
    ASSERT_FALSE(retried);
    EXPECT_EQ(retried.error().code, QStringLiteral("paused"));
    auto stored = jobs->forOrder(order.id);
    ASSERT_EQ(stored->size(), 2u);
    const PrintJob label = stored->at(1);
    EXPECT_EQ(label.document, QStringLiteral("return_label"));
    EXPECT_EQ(label.state, PrintJobState::Held);
    EXPECT_EQ(label.reason, QStringLiteral("paused"));
    EXPECT_TRUE(cupsd.printedJobs(QStringLiteral("labels")).empty());

    // The printer comes back: the background spooler prints the held label by itself.
    spooler->start(50);
    ASSERT_TRUE(cupsd.enable(QStringLiteral("labels")));
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 10000)) << cupsd.errorLog().toStdString();
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).front().second, packdesk::testing::sampleZpl());

    // The packer's retry now succeeds without printing anything twice.
    auto again = printer->print(order, kBoth);
    ASSERT_TRUE(again) << again.error().code.toStdString();
    EXPECT_EQ(jobs->forOrder(order.id)->size(), 2u);
    QThread::msleep(300);
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).size(), 1u);
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("cards")).size(), 1u);
}

TEST_F(CupsDocumentPrinterTest, UnknownOrUnmappedDocumentIsRefused)
{
    auto unknown = printer->print(order, {QStringLiteral("invoice")});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QStringLiteral("unknown_document"));

    auto cardOnly = PrinterMap::fromJson(R"({"documents": {"card": {"printer": "cards", "format": "pdf", "paper": "a6"}}})",
                                         QStringLiteral("test"));
    ASSERT_TRUE(cardOnly);
    CupsDocumentPrinter partial(*spooler, cardOnly.value(), FakeRenderer{&renderCalls});
    auto unmapped = partial.print(order, {QStringLiteral("return_label")});
    ASSERT_FALSE(unmapped);
    EXPECT_EQ(unmapped.error().code, QStringLiteral("printer_not_mapped"));
    EXPECT_TRUE(jobs->forOrder(order.id)->empty());
}

TEST(CupsDocumentPrinterMessages, SayWhatThePackerDoes)
{
    EXPECT_EQ(CupsDocumentPrinter::packerMessage(QStringLiteral("media-empty"), QStringLiteral("return_label")),
              QStringLiteral("The label printer is out of paper. Load labels; the label prints as soon as the printer is ready."));
    EXPECT_TRUE(CupsDocumentPrinter::packerMessage(QStringLiteral("offline"), QStringLiteral("card"))
                    .startsWith(QStringLiteral("The card printer is offline.")));
}

TEST_F(CupsDocumentPrinterTest, RetryAfterThePrinterIsBackPrintsAtOnceDespiteBackoff)
{
    // A minute of backoff: only the packer's retry can make the job due now.
    PrintSpooler slow(*jobs, CupsClient(cupsd.server()), SpoolerOptions{kStation, 60000, 60000});
    CupsDocumentPrinter retrying(slow, stationMap(), FakeRenderer{&renderCalls}, CupsPrinterOptions{10000, 25});
    ASSERT_TRUE(cupsd.disable(QStringLiteral("labels")));
    auto held = retrying.print(order, {QStringLiteral("return_label")});
    ASSERT_FALSE(held);
    EXPECT_EQ(held.error().code, QStringLiteral("paused"));

    ASSERT_TRUE(cupsd.enable(QStringLiteral("labels")));
    auto printed = retrying.print(order, {QStringLiteral("return_label")});
    ASSERT_TRUE(printed) << printed.error().code.toStdString();
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
    EXPECT_EQ(jobs->forOrder(order.id)->size(), 1u);
}
