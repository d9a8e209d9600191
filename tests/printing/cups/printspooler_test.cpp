#include "printing/printspooler.h"
#include "spoolertesting.h"

#include "core/domainevent.h"

#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QThread>

using namespace packdesk;
using namespace packdesk::printing;
using packdesk::testing::CupsdFixture;

namespace {
const QString kStation = QStringLiteral("S1");

PrintJob labelJob(const Order& order)
{
    PrintJob job;
    job.orderId = order.id;
    job.document = QStringLiteral("return_label");
    job.printer = QStringLiteral("labels");
    job.format = QStringLiteral("zpl");
    job.content = packdesk::testing::sampleZpl();
    return job;
}

SpoolerOptions fastRetries()
{
    return {kStation, 50, 200};
}

/// Pumps until the job reaches state (or 10 s pass); the job as last stored.
PrintJob pumpUntil(PrintSpooler& spooler, qint64 jobId, PrintJobState state)
{
    const QDeadlineTimer deadline(10000);
    for (;;) {
        EXPECT_TRUE(spooler.pump());
        auto job = spooler.store().find(jobId);
        EXPECT_TRUE(job && job.value());
        if (!job || !job.value() || job.value()->state == state || deadline.hasExpired())
            return job && job.value() ? *job.value() : PrintJob{};
        QThread::msleep(25);
    }
}

class PrintSpoolerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto started = cupsd.start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        ASSERT_TRUE(cupsd.addQueue(QStringLiteral("labels")));
        order = db.addOrder();
    }
    void TearDown() override { cupsd.stop(); }

    CupsdFixture cupsd;
    packdesk::testing::StationDatabase db;
    Order order;
};
} // namespace

TEST_F(PrintSpoolerTest, StoresSubmitsAndFollowsAJobToCompletion)
{
    auto jobs = db.openJobs();
    PrintSpooler spooler(*jobs, CupsClient(cupsd.server()), fastRetries());
    auto queued = spooler.enqueue(labelJob(order));
    ASSERT_TRUE(queued) << queued.error().message.toStdString();
    EXPECT_GT(queued->cupsJobId, 0);
    EXPECT_EQ(queued->station, kStation);
    EXPECT_EQ(queued->attempts, 1);
    const PrintJob done = pumpUntil(spooler, queued->id, PrintJobState::Completed);
    EXPECT_EQ(done.state, PrintJobState::Completed);
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
    const auto printed = cupsd.printedJobs(QStringLiteral("labels"));
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_EQ(printed.front().first, done.cupsJobId);
    EXPECT_EQ(printed.front().second, packdesk::testing::sampleZpl());
}

TEST_F(PrintSpoolerTest, StoppedQueueHoldsTheJobUntilItIsEnabled)
{
    ASSERT_TRUE(cupsd.disable(QStringLiteral("labels")));
    auto jobs = db.openJobs();
    PrintSpooler spooler(*jobs, CupsClient(cupsd.server()), fastRetries());
    auto queued = spooler.enqueue(labelJob(order));
    ASSERT_TRUE(queued);
    EXPECT_EQ(queued->state, PrintJobState::Held);
    EXPECT_EQ(queued->reason, QStringLiteral("paused"));
    EXPECT_EQ(queued->cupsJobId, 0); // not sent to a stopped printer
    ASSERT_TRUE(spooler.pump());
    EXPECT_EQ(jobs->find(queued->id).value()->state, PrintJobState::Held);

    ASSERT_TRUE(cupsd.enable(QStringLiteral("labels")));
    const PrintJob done = pumpUntil(spooler, queued->id, PrintJobState::Completed);
    EXPECT_EQ(done.state, PrintJobState::Completed);
    EXPECT_EQ(done.reason, QString());
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).size(), 1u);
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).front().second, packdesk::testing::sampleZpl());
}

TEST_F(PrintSpoolerTest, JobQueuedWhileCupsdIsDownPrintsAfterARestart)
{
    cupsd.stop();
    qint64 jobId = 0;
    {
        auto jobs = db.openJobs();
        PrintSpooler spooler(*jobs, CupsClient(cupsd.server(), 1000), fastRetries());
        auto queued = spooler.enqueue(labelJob(order));
        ASSERT_TRUE(queued) << queued.error().message.toStdString();
        EXPECT_EQ(queued->state, PrintJobState::Held);
        EXPECT_EQ(queued->reason, QStringLiteral("cups_unreachable"));
        jobId = queued->id;
    } // the station restarts: new store and spooler on the same file
    auto started = cupsd.start();
    ASSERT_TRUE(started) << started.error().message.toStdString();
    auto jobs = db.openJobs();
    PrintSpooler spooler(*jobs, CupsClient(cupsd.server()), fastRetries());
    const PrintJob done = pumpUntil(spooler, jobId, PrintJobState::Completed);
    EXPECT_EQ(done.state, PrintJobState::Completed);
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).size(), 1u);
}

TEST_F(PrintSpoolerTest, SubmittedJobIsFollowedNotSentAgainAfterARestart)
{
    qint64 jobId = 0;
    {
        auto jobs = db.openJobs();
        PrintSpooler spooler(*jobs, CupsClient(cupsd.server()), fastRetries());
        auto queued = spooler.enqueue(labelJob(order));
        ASSERT_TRUE(queued);
        jobId = queued->id;
        ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
        // The station died before it saw the job finish.
        PrintJob submitted = queued.value();
        submitted.state = PrintJobState::Submitted;
        ASSERT_TRUE(jobs->update(submitted));
    }
    auto jobs = db.openJobs();
    PrintSpooler spooler(*jobs, CupsClient(cupsd.server()), fastRetries());
    EXPECT_EQ(pumpUntil(spooler, jobId, PrintJobState::Completed).state, PrintJobState::Completed);
    QThread::msleep(300);
    EXPECT_EQ(cupsd.printedJobs(QStringLiteral("labels")).size(), 1u);
}

TEST_F(PrintSpoolerTest, JobCupsNoLongerKnowsIsSentAgain)
{
    auto jobs = db.openJobs();
    PrintJob lost = labelJob(order);
    lost.station = kStation;
    lost.state = PrintJobState::Submitted;
    lost.cupsJobId = 4242; // e.g. the print server's spool was wiped
    auto stored = jobs->add(lost);
    ASSERT_TRUE(stored);
    PrintSpooler spooler(*jobs, CupsClient(cupsd.server()), fastRetries());
    const PrintJob done = pumpUntil(spooler, stored->id, PrintJobState::Completed);
    EXPECT_EQ(done.state, PrintJobState::Completed);
    EXPECT_NE(done.cupsJobId, 4242);
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 1, 5000));
}

TEST_F(PrintSpoolerTest, ReprintIsRecordedAndPrinted)
{
    auto jobs = db.openJobs();
    PrintSpooler spooler(*jobs, CupsClient(cupsd.server()), fastRetries());
    auto original = spooler.enqueue(labelJob(order));
    ASSERT_TRUE(original);
    ASSERT_EQ(pumpUntil(spooler, original->id, PrintJobState::Completed).state, PrintJobState::Completed);

    auto again = spooler.reprint(original->id, QStringLiteral("LEAD-1"));
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again->reprintOf, original->id);
    EXPECT_EQ(pumpUntil(spooler, again->id, PrintJobState::Completed).state, PrintJobState::Completed);
    ASSERT_TRUE(cupsd.waitForPrinted(QStringLiteral("labels"), 2, 5000));
    const auto printed = cupsd.printedJobs(QStringLiteral("labels"));
    EXPECT_EQ(printed.at(0).second, printed.at(1).second);

    auto orders = store::SqliteOrderStore::open(db.path);
    ASSERT_TRUE(orders);
    auto events = orders.value()->eventsBetween(0, 4'000'000'000'000, {EventTypes::DocumentReprinted});
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().packer, QStringLiteral("LEAD-1"));
    EXPECT_EQ(events->front().station, kStation);
}
