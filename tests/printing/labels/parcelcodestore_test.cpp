#include "labeltesting.h"

#include "core/domainevent.h"
#include "printing/parcelcodegenerator.h"
#include "store/sqliteorderstore.h"
#include "store/sqliteparcelcodestore.h"
#include "support/sampleorders.h"

#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace packdesk;

namespace {

constexpr qint64 kAt = 1'790'000'000'000;

class LabelParcelCodeStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = store::SqliteOrderStore::open(path());
        ASSERT_OK(opened);
        orders = std::move(opened).value();
        Order first = packdesk::testing::sampleOrder(0, QStringLiteral("1001"));
        Order second = packdesk::testing::sampleOrder(0, QStringLiteral("1002"));
        ASSERT_OK(orders->upsertOrders({first, second}));
        auto found = orders->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
        ASSERT_OK(found);
        ASSERT_TRUE(found.value().has_value());
        order1 = *found.value();
        auto found2 = orders->findOrder(QStringLiteral("acme"), QStringLiteral("1002"));
        ASSERT_OK(found2);
        ASSERT_TRUE(found2.value().has_value());
        order2 = *found2.value();
        openCodes();
    }

    void openCodes()
    {
        codes.reset();
        auto opened = store::SqliteParcelCodeStore::open(path());
        ASSERT_OK(opened);
        codes = std::move(opened).value();
    }

    QString path() const { return dir.filePath(QStringLiteral("station.db")); }

    int createdEvents()
    {
        auto events = orders->eventsBetween(0, kAt + 1'000'000, {EventTypes::ReturnLabelCreated});
        EXPECT_TRUE(events.ok());
        return events.ok() ? int(events.value().size()) : -1;
    }

    QTemporaryDir dir;
    std::unique_ptr<store::SqliteOrderStore> orders;
    std::unique_ptr<store::SqliteParcelCodeStore> codes;
    Order order1;
    Order order2;
};

std::function<ParcelCodes()> generator()
{
    return [] { return printing::ParcelCodeGenerator::newCodes(); };
}

} // namespace

TEST_F(LabelParcelCodeStore, ReturnsTheSameCodesEveryTimeAndRecordsOneEvent)
{
    auto first = codes->codesFor(order1, generator(), kAt, QStringLiteral("S1"));
    ASSERT_OK(first);
    EXPECT_TRUE(printing::ParcelCodeGenerator::isValidRmaCode(first->rmaCode));
    EXPECT_EQ(first->createdMs, kAt);
    auto again = codes->codesFor(order1, generator(), kAt + 5000, QStringLiteral("S2"));
    ASSERT_OK(again);
    EXPECT_EQ(again.value(), first.value());

    auto events = orders->eventsBetween(0, kAt + 1'000'000, {EventTypes::ReturnLabelCreated});
    ASSERT_OK(events);
    ASSERT_EQ(events->size(), 1u);
    const DomainEvent& event = events->front();
    EXPECT_EQ(event.orderId, order1.id);
    EXPECT_EQ(event.station, QStringLiteral("S1"));
    EXPECT_EQ(event.atMs, kAt);
    EXPECT_EQ(event.details.value(QStringLiteral("rma_code")).toString(), first->rmaCode);
    // The survey token is the customer's key to the survey: not in the log.
    EXPECT_FALSE(event.details.contains(QStringLiteral("survey_token")));
}

TEST_F(LabelParcelCodeStore, DifferentOrdersGetDifferentCodes)
{
    auto a = codes->codesFor(order1, generator(), kAt, QStringLiteral("S1"));
    auto b = codes->codesFor(order2, generator(), kAt, QStringLiteral("S1"));
    ASSERT_OK(a);
    ASSERT_OK(b);
    EXPECT_NE(a->rmaCode, b->rmaCode);
    EXPECT_NE(a->surveyToken, b->surveyToken);
    EXPECT_EQ(createdEvents(), 2);
}

TEST_F(LabelParcelCodeStore, ACollidingDrawIsDrawnAgain)
{
    auto taken = codes->codesFor(order1, generator(), kAt, QStringLiteral("S1"));
    ASSERT_OK(taken);
    // First the RMA code of order 1, then a survey token of order 1, then fresh codes.
    int draws = 0;
    const ParcelCodes fresh = printing::ParcelCodeGenerator::newCodes();
    auto colliding = [&] {
        ++draws;
        if (draws == 1)
            return ParcelCodes{taken->rmaCode, printing::ParcelCodeGenerator::newSurveyToken(), 0};
        if (draws == 2)
            return ParcelCodes{printing::ParcelCodeGenerator::newRmaCode(), taken->surveyToken, 0};
        return fresh;
    };
    auto second = codes->codesFor(order2, colliding, kAt, QStringLiteral("S1"));
    ASSERT_OK(second);
    EXPECT_EQ(draws, 3);
    EXPECT_EQ(second->rmaCode, fresh.rmaCode);
    EXPECT_EQ(second->surveyToken, fresh.surveyToken);
    EXPECT_EQ(createdEvents(), 2);
}

TEST_F(LabelParcelCodeStore, AGeneratorThatAlwaysCollidesGivesUpWithoutWriting)
{
    auto taken = codes->codesFor(order1, generator(), kAt, QStringLiteral("S1"));
    ASSERT_OK(taken);
    int draws = 0;
    auto stuck = [&] {
        ++draws;
        return taken.value();
    };
    auto second = codes->codesFor(order2, stuck, kAt, QStringLiteral("S1"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("codes_exhausted"));
    EXPECT_EQ(draws, store::SqliteParcelCodeStore::kMaxDraws);
    EXPECT_EQ(createdEvents(), 1);
    // Nothing half-written: a working generator still gets order 2 its codes.
    auto retried = codes->codesFor(order2, generator(), kAt, QStringLiteral("S1"));
    ASSERT_OK(retried);
    EXPECT_NE(retried->rmaCode, taken->rmaCode);
}

TEST_F(LabelParcelCodeStore, CodesSurviveReopeningTheDatabase)
{
    auto first = codes->codesFor(order1, generator(), kAt, QStringLiteral("S1"));
    ASSERT_OK(first);
    openCodes();
    auto afterReopen = codes->codesFor(order1, generator(), kAt + 1, QStringLiteral("S1"));
    ASSERT_OK(afterReopen);
    EXPECT_EQ(afterReopen.value(), first.value());
    EXPECT_EQ(createdEvents(), 1);
}

TEST_F(LabelParcelCodeStore, UnstoredAndUnknownOrdersAreRefused)
{
    Order unstored = packdesk::testing::sampleOrder(0, QStringLiteral("9999"));
    auto none = codes->codesFor(unstored, generator(), kAt, QStringLiteral("S1"));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, QStringLiteral("order_not_stored"));
    Order unknown = packdesk::testing::sampleOrder(424242, QStringLiteral("9999"));
    auto missing = codes->codesFor(unknown, generator(), kAt, QStringLiteral("S1"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("order_unknown"));
    EXPECT_FALSE(missing.error().message.contains(unknown.customer.name));
    EXPECT_EQ(createdEvents(), 0);
}

TEST_F(LabelParcelCodeStore, ConcurrentCallersForOneOrderGetTheSameCodes)
{
    // Two threads on this store and a third on a second store (another
    // station's connection) ask at once: one set of codes, one event.
    auto other = store::SqliteParcelCodeStore::open(path());
    ASSERT_OK(other);
    std::vector<ParcelCodes> seen(6);
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i) {
        threads.emplace_back([&, i] {
            store::SqliteParcelCodeStore& target = i % 2 ? *other.value() : *codes;
            auto result = target.codesFor(order1, generator(), kAt, QStringLiteral("S%1").arg(i));
            if (result)
                seen[i] = result.value();
            else
                ++failures;
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(failures.load(), 0);
    for (const ParcelCodes& codesSeen : seen)
        EXPECT_EQ(codesSeen, seen.front());
    EXPECT_EQ(createdEvents(), 1);
}
