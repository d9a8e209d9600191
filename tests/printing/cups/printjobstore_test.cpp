#include "spoolertesting.h"

#include "core/domainevent.h"

#include <gtest/gtest.h>

using namespace packdesk;

namespace {
PrintJob cardJob(const Order& order, const QString& station = QStringLiteral("S1"))
{
    PrintJob job;
    job.orderId = order.id;
    job.sessionId = 7;
    job.station = station;
    job.document = QStringLiteral("card");
    job.printer = QStringLiteral("cards");
    job.format = QStringLiteral("pdf");
    job.content = packdesk::testing::samplePdf();
    return job;
}
} // namespace

TEST(PrintJobStore, AddsUpdatesAndListsUnfinishedJobsPerStation)
{
    packdesk::testing::StationDatabase db;
    const Order order = db.addOrder();
    auto jobs = db.openJobs();
    auto first = jobs->add(cardJob(order));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_GT(first->id, 0);
    EXPECT_GT(first->createdMs, 0);
    auto other = jobs->add(cardJob(order, QStringLiteral("S2")));
    ASSERT_TRUE(other);

    PrintJob done = first.value();
    done.state = PrintJobState::Held;
    done.reason = QStringLiteral("media-empty");
    done.attempts = 2;
    ASSERT_TRUE(jobs->update(done));
    auto found = jobs->find(done.id);
    ASSERT_TRUE(found && found.value());
    EXPECT_EQ(found.value()->state, PrintJobState::Held);
    EXPECT_EQ(found.value()->reason, QStringLiteral("media-empty"));
    EXPECT_EQ(found.value()->attempts, 2);
    EXPECT_EQ(found.value()->content, packdesk::testing::samplePdf());
    EXPECT_EQ(found.value()->sessionId, 7);

    auto unfinished = jobs->unfinished(QStringLiteral("S1"));
    ASSERT_TRUE(unfinished);
    ASSERT_EQ(unfinished->size(), 1u);
    EXPECT_EQ(unfinished->front().id, done.id);

    done.state = PrintJobState::Completed;
    ASSERT_TRUE(jobs->update(done));
    EXPECT_TRUE(jobs->unfinished(QStringLiteral("S1"))->empty());
    EXPECT_EQ(jobs->recent(QString(), false, 10)->size(), 1u);  // only S2's
    EXPECT_EQ(jobs->recent(QString(), true, 10)->size(), 2u);
    EXPECT_EQ(jobs->recent(QStringLiteral("S1"), true, 10)->size(), 1u);
    EXPECT_EQ(jobs->forOrder(order.id)->size(), 2u);

    PrintJob missing = done;
    missing.id = 999;
    auto updated = jobs->update(missing);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code, QStringLiteral("job_not_found"));
}

TEST(PrintJobStore, ReprintAddsAJobAndItsEventTogether)
{
    packdesk::testing::StationDatabase db;
    const Order order = db.addOrder();
    auto jobs = db.openJobs();
    auto original = jobs->add(cardJob(order));
    ASSERT_TRUE(original);

    auto reprint = jobs->addReprint(original->id, QStringLiteral("LEAD-1"), QStringLiteral("S1"), 1'700'000'000'000);
    ASSERT_TRUE(reprint) << reprint.error().message.toStdString();
    EXPECT_NE(reprint->id, original->id);
    EXPECT_EQ(reprint->reprintOf, original->id);
    EXPECT_EQ(reprint->requestedBy, QStringLiteral("LEAD-1"));
    EXPECT_EQ(reprint->state, PrintJobState::Queued);
    EXPECT_EQ(reprint->content, original->content);
    auto stored = jobs->find(reprint->id);
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(stored.value()->reprintOf, original->id);

    auto orders = store::SqliteOrderStore::open(db.path);
    ASSERT_TRUE(orders);
    auto events = orders.value()->eventsBetween(0, 2'000'000'000'000, {EventTypes::DocumentReprinted});
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 1u);
    const DomainEvent& event = events->front();
    EXPECT_EQ(event.packer, QStringLiteral("LEAD-1"));
    EXPECT_EQ(event.orderId, order.id);
    EXPECT_EQ(event.details.value(QStringLiteral("job")).toInteger(), reprint->id);
    EXPECT_EQ(event.details.value(QStringLiteral("reprint_of")).toInteger(), original->id);

    auto unknown = jobs->addReprint(4242, QStringLiteral("LEAD-1"), QStringLiteral("S1"), 1);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QStringLiteral("job_not_found"));
    EXPECT_EQ(orders.value()->eventsBetween(0, 2'000'000'000'000, {EventTypes::DocumentReprinted})->size(), 1u);
}
