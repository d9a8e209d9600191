#include "storetesting.h"

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

class EventHistoryTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto at = [](QLatin1String type, qint64 atMs) {
            return DomainEvent{type,
                               atMs,
                               QStringLiteral("S1"),
                               QStringLiteral("P01"),
                               0,
                               0,
                               QJsonObject{{QStringLiteral("at"), atMs}}};
        };
        ASSERT_OK(
            store->recordEvents({at(EventTypes::OrderPacked, 3000), at(EventTypes::PackerLoggedIn, 1000),
                                 at(EventTypes::OrderException, 2000), at(EventTypes::OrderPacked, 2000),
                                 at(EventTypes::OrderPacked, 5000)}));
    }

    std::vector<qint64> times(const DomainEvents& events)
    {
        std::vector<qint64> out;
        for (const auto& event : events)
            out.push_back(event.atMs);
        return out;
    }
};

TEST_F(EventHistoryTest, EventsOfAPeriodComeOldestFirstWithTheEndExcluded)
{
    auto events = store->eventsBetween(1000, 5000, {});
    ASSERT_OK(events);
    EXPECT_EQ(times(events.value()), (std::vector<qint64>{1000, 2000, 2000, 3000}));
    // Same time: in the order they were recorded.
    EXPECT_EQ(events->at(1).type, EventTypes::OrderException);
    EXPECT_EQ(events->at(2).type, EventTypes::OrderPacked);
    EXPECT_EQ(events->at(3).details.value(QStringLiteral("at")).toInteger(), 3000);
}

TEST_F(EventHistoryTest, OnlyTheAskedForTypesAreReturned)
{
    auto packed = store->eventsBetween(0, 10'000, {EventTypes::OrderPacked});
    ASSERT_OK(packed);
    EXPECT_EQ(times(packed.value()), (std::vector<qint64>{2000, 3000, 5000}));
    auto endings = store->eventsBetween(0, 4000, {EventTypes::OrderPacked, EventTypes::OrderException});
    ASSERT_OK(endings);
    EXPECT_EQ(endings->size(), 3u);
    auto none = store->eventsBetween(0, 10'000, {QStringLiteral("no.such.type")});
    ASSERT_OK(none);
    EXPECT_TRUE(none->empty());
}

} // namespace
