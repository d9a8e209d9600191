#include "storetesting.h"

#include <latch>
#include <thread>

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

/// Two stations: two stores, two connections, one database file.
class ClaimsTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        other = openStore(dbPath());
        ASSERT_TRUE(other);
        ASSERT_OK(store->upsertPacker(
            {QStringLiteral("P01"), QStringLiteral("Anna Berg"), QStringLiteral("sv"), false}));
        ASSERT_OK(store->upsertPacker(
            {QStringLiteral("P02"), QStringLiteral("Jürgen Weiß"), QStringLiteral("de"), false}));
        import({orderOf(QStringLiteral("acme"), QStringLiteral("1001"))});
    }

    std::unique_ptr<store::SqliteOrderStore> other;
};

TEST_F(ClaimsTest, ASecondStationIsToldWhichStationAndPackerHoldTheOrder)
{
    const OpenedSession held = mustOpen(QStringLiteral("1001"), QStringLiteral("S1"), QStringLiteral("P01"),
                                        QDateTime(QDate(2024, 3, 1), QTime(10, 42)).toMSecsSinceEpoch());
    ASSERT_GT(held.sessionId, 0);

    auto second = other->openSession(QStringLiteral("1001"), {QStringLiteral("S2"), QStringLiteral("P02")},
                                     QDateTime(QDate(2024, 3, 1), QTime(10, 50)).toMSecsSinceEpoch());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("order_claimed"));
    EXPECT_EQ(second.error().message,
              QStringLiteral("Order acme/1001 is being packed at station S1 by Anna Berg (since 10:42)."));
    auto idle = other->activeSession(QStringLiteral("S2"));
    ASSERT_OK(idle);
    EXPECT_FALSE(idle.value().has_value());
}

TEST_F(ClaimsTest, AnEndedSessionReleasesTheOrderForTheOtherStation)
{
    const OpenedSession held = mustOpen(QStringLiteral("1001"), QStringLiteral("S1"));
    const DomainEvent cancelled{EventTypes::SessionCancelled,
                                1'700'000'050'000,
                                QStringLiteral("S1"),
                                QStringLiteral("P01"),
                                held.order.id,
                                held.sessionId,
                                QJsonObject{{QStringLiteral("reason"), QStringLiteral("break")}}};
    ASSERT_OK(store->appendToSession(held.sessionId, {cancelled},
                                     SessionUpdate{PackState::Cancelled, OrderStatus::Ready, true}));

    auto second = other->openSession(QStringLiteral("1001"), {QStringLiteral("S2"), QStringLiteral("P02")},
                                     1'700'000'060'000);
    ASSERT_OK(second);
    EXPECT_NE(second->sessionId, held.sessionId);
    EXPECT_FALSE(second->resumed);
    auto found = store->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
    ASSERT_OK(found);
    EXPECT_EQ(found.value()->status, OrderStatus::Packing);
    // The first station is free again, too.
    auto firstIdle = store->activeSession(QStringLiteral("S1"));
    ASSERT_OK(firstIdle);
    EXPECT_FALSE(firstIdle.value().has_value());
}

TEST_F(ClaimsTest, OfTwoStationsClaimingAtTheSameMomentExactlyOneWins)
{
    constexpr int kRounds = 50;
    std::vector<Order> orders;
    for (int i = 0; i < kRounds; ++i)
        orders.push_back(orderOf(QStringLiteral("acme"), QStringLiteral("R-%1").arg(i)));
    import(orders);

    for (int i = 0; i < kRounds; ++i) {
        const QString code = QStringLiteral("R-%1").arg(i);
        std::latch start(2);
        Result<OpenedSession> a = Error{}, b = Error{};
        std::thread ta([&] {
            start.arrive_and_wait();
            a = store->openSession(code, {QStringLiteral("A-%1").arg(i), QStringLiteral("P01")}, 1000 + i);
        });
        std::thread tb([&] {
            start.arrive_and_wait();
            b = other->openSession(code, {QStringLiteral("B-%1").arg(i), QStringLiteral("P02")}, 1000 + i);
        });
        ta.join();
        tb.join();
        ASSERT_NE(a.ok(), b.ok()) << "round " << i << ": a " << (a.ok() ? "won" : describe(a.error()))
                                  << ", b " << (b.ok() ? "won" : describe(b.error()));
        const Error& lost = a.ok() ? b.error() : a.error();
        EXPECT_EQ(lost.code, QStringLiteral("order_claimed")) << describe(lost);
    }
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM pack_sessions WHERE ended_at IS NULL"), kRounds);
    EXPECT_EQ(scalar(*raw, "SELECT count(DISTINCT order_id) FROM pack_sessions"), kRounds);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM events WHERE type = 'session.opened'"), kRounds);
}

TEST_F(ClaimsTest, OneStoreIsSafeToShareBetweenThreads)
{
    // The station's UI and its sync worker may share one store: calls queue, transactions never mix.
    constexpr int kPerThread = 20;
    std::vector<Order> orders;
    for (int i = 0; i < 2 * kPerThread; ++i)
        orders.push_back(orderOf(QStringLiteral("acme"), QStringLiteral("T-%1").arg(i)));
    import(orders);
    auto work = [&](int first, const QString& station) {
        for (int i = first; i < first + kPerThread; ++i) {
            auto opened =
                store->openSession(QStringLiteral("T-%1").arg(i), {station, QStringLiteral("P01")}, 1000 + i);
            ASSERT_OK(opened);
            const DomainEvent done{EventTypes::SessionCancelled,
                                   2000 + i,
                                   station,
                                   QStringLiteral("P01"),
                                   opened->order.id,
                                   opened->sessionId,
                                   {}};
            ASSERT_OK(store->appendToSession(opened->sessionId, {done},
                                             SessionUpdate{PackState::Cancelled, OrderStatus::Ready, true}));
        }
    };
    std::thread a(work, 0, QStringLiteral("S1"));
    std::thread b(work, kPerThread, QStringLiteral("S2"));
    a.join();
    b.join();
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM pack_sessions WHERE outcome = 'cancelled'"), 2 * kPerThread);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM events"), 4 * kPerThread);
}

} // namespace
