#include "printing/cups/cupsdfixture.h"
#include "printing/cupsclient.h"
#include "spoolertesting.h"

#include <gtest/gtest.h>

#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace packdesk;
using namespace packdesk::printing;
using packdesk::testing::CupsdFixture;

namespace {
class CupsClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto started = cupsd.start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        ASSERT_TRUE(cupsd.addQueue(QStringLiteral("labels")));
        ASSERT_TRUE(cupsd.addQueue(QStringLiteral("cards")));
    }
    void TearDown() override { cupsd.stop(); }

    const PrinterStatus* find(const std::vector<PrinterStatus>& printers, const QString& name)
    {
        for (const auto& printer : printers)
            if (printer.name == name)
                return &printer;
        return nullptr;
    }

    CupsdFixture cupsd;
};
} // namespace

TEST_F(CupsClientTest, ListsPrintersWithStateAcceptingAndReasons)
{
    ASSERT_TRUE(cupsd.disable(QStringLiteral("cards")));
    ASSERT_TRUE(cupsd.reject(QStringLiteral("labels")));
    CupsClient client(cupsd.server());
    auto printers = client.printers();
    ASSERT_TRUE(printers) << printers.error().message.toStdString();
    ASSERT_EQ(printers->size(), 2u);
    const PrinterStatus* cards = find(printers.value(), QStringLiteral("cards"));
    const PrinterStatus* labels = find(printers.value(), QStringLiteral("labels"));
    ASSERT_TRUE(cards && labels);
    EXPECT_EQ(cards->state, PrinterStatus::State::Stopped);
    EXPECT_TRUE(cards->reasons.contains(QStringLiteral("paused")));
    EXPECT_EQ(cards->blockingReason(), QStringLiteral("paused"));
    EXPECT_EQ(labels->state, PrinterStatus::State::Idle);
    EXPECT_FALSE(labels->acceptingJobs);
    EXPECT_EQ(labels->blockingReason(), QStringLiteral("printer_not_accepting"));
}

TEST_F(CupsClientTest, PdfJobArrivesByteForByte)
{
    CupsClient client(cupsd.server());
    const QByteArray pdf = packdesk::testing::samplePdf();
    auto jobId = client.submit({QStringLiteral("cards"), QStringLiteral("order 1 card"), DocumentFormat::Pdf, pdf,
                                QStringLiteral("iso_a6_105x148mm")});
    ASSERT_TRUE(jobId) << jobId.error().message.toStdString();
    EXPECT_GT(jobId.value(), 0);
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("cards"), 1, 10000)) << cupsd.errorLog().toStdString();
    const auto printed = cupsd.printedJobs(QStringLiteral("cards"));
    EXPECT_EQ(printed.front().first, jobId.value());
    EXPECT_EQ(printed.front().second, pdf);
}

TEST_F(CupsClientTest, RawZplJobArrivesByteForByteAndCompletes)
{
    CupsClient client(cupsd.server());
    const QByteArray zpl = packdesk::testing::sampleZpl();
    auto jobId = client.submit({QStringLiteral("labels"), QStringLiteral("order 1 label"), DocumentFormat::Zpl, zpl, {}});
    ASSERT_TRUE(jobId) << jobId.error().message.toStdString();
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 10000)) << cupsd.errorLog().toStdString();
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).front().second, zpl);
    // The backend has written the file; CUPS marks the job completed right after.
    CupsJobStatus status;
    for (int i = 0; i < 100; ++i) {
        auto job = client.job(jobId.value());
        ASSERT_TRUE(job) << job.error().message.toStdString();
        status = job.value();
        if (status.state == CupsJobStatus::State::Completed)
            break;
        QThread::msleep(50);
    }
    EXPECT_EQ(status.state, CupsJobStatus::State::Completed);
}

TEST_F(CupsClientTest, UnknownPrinterAndJobHaveStableCodes)
{
    CupsClient client(cupsd.server());
    auto printer = client.printer(QStringLiteral("nope"));
    ASSERT_FALSE(printer);
    EXPECT_EQ(printer.error().code, QStringLiteral("printer_not_found"));
    auto submitted = client.submit({QStringLiteral("nope"), QStringLiteral("t"), DocumentFormat::Zpl, "^XA^XZ", {}});
    ASSERT_FALSE(submitted);
    EXPECT_EQ(submitted.error().code, QStringLiteral("printer_not_found"));
    auto job = client.job(4242);
    ASSERT_FALSE(job);
    EXPECT_EQ(job.error().code, QStringLiteral("cups_job_not_found"));
}

TEST_F(CupsClientTest, RejectingQueueRefusesSubmission)
{
    ASSERT_TRUE(cupsd.reject(QStringLiteral("labels")));
    CupsClient client(cupsd.server());
    auto submitted = client.submit({QStringLiteral("labels"), QStringLiteral("t"), DocumentFormat::Zpl, "^XA^XZ", {}});
    ASSERT_FALSE(submitted);
    EXPECT_EQ(submitted.error().code, QStringLiteral("printer_not_accepting"));
}

TEST(CupsClient, UnreachableWhenNothingListens)
{
    CupsClient client(QStringLiteral("127.0.0.1:%1").arg(packdesk::testing::freeLoopbackPort()), 2000);
    auto printers = client.printers();
    ASSERT_FALSE(printers);
    EXPECT_EQ(printers.error().code, QStringLiteral("cups_unreachable"));
    auto submitted = client.submit({QStringLiteral("labels"), QStringLiteral("t"), DocumentFormat::Zpl, "^XA^XZ", {}});
    ASSERT_FALSE(submitted);
    EXPECT_EQ(submitted.error().code, QStringLiteral("cups_unreachable"));
    auto job = client.job(1);
    ASSERT_FALSE(job);
    EXPECT_EQ(job.error().code, QStringLiteral("cups_unreachable"));
}

TEST(CupsClient, ParsesServerAddress)
{
    EXPECT_EQ(CupsClient(QStringLiteral("127.0.0.1:8631")).server(), QStringLiteral("127.0.0.1:8631"));
    EXPECT_EQ(CupsClient(QStringLiteral("printhost")).server(), QStringLiteral("printhost:631"));
    EXPECT_EQ(CupsClient(QStringLiteral("/run/cups/cups.sock")).server(), QStringLiteral("/run/cups/cups.sock"));
}

TEST(CupsClient, NormalizesPrinterStateReasons)
{
    EXPECT_EQ(CupsClient::normalizedReason(QStringLiteral("offline-report")), QStringLiteral("offline"));
    EXPECT_EQ(CupsClient::normalizedReason(QStringLiteral("media-empty-error")), QStringLiteral("media-empty"));
    EXPECT_EQ(CupsClient::normalizedReason(QStringLiteral("media-needed")), QStringLiteral("media-empty"));
    EXPECT_EQ(CupsClient::normalizedReason(QStringLiteral("media-jam-error")), QStringLiteral("media-jam"));
    EXPECT_EQ(CupsClient::normalizedReason(QStringLiteral("paused")), QStringLiteral("paused"));
    PrinterStatus warned;
    warned.reasons = {QStringLiteral("toner-low-warning")};
    EXPECT_EQ(warned.blockingReason(), QString()); // a warning does not stop printing
    warned.reasons << QStringLiteral("media-empty-warning");
    EXPECT_EQ(warned.blockingReason(), QStringLiteral("media-empty"));
}

TEST(CupsClient, ServerThatNeverAnswersTimesOut)
{
    // A socket that accepts connections (the kernel's backlog) but never
    // reads: a hung cupsd. The client gives up after its timeout.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(::listen(fd, 4), 0);
    ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length), 0);
    CupsClient client(QStringLiteral("127.0.0.1:%1").arg(ntohs(address.sin_port))); // default timeout
    auto printer = client.printer(QStringLiteral("labels"));
    ::close(fd);
    ASSERT_FALSE(printer);
    EXPECT_EQ(printer.error().code, QStringLiteral("cups_unreachable"));
}
