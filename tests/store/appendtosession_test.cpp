#include "storetesting.h"

#include <QJsonArray>

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

class AppendToSessionTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        import({orderOf(QStringLiteral("acme"), QStringLiteral("1001"))});
        session = mustOpen(QStringLiteral("1001"), QStringLiteral("S1"));
    }

    DomainEvent event(QLatin1String type, qint64 atMs, QJsonObject details = {}) const
    {
        return DomainEvent{type,
                           atMs,
                           QStringLiteral("S1"),
                           QStringLiteral("P01"),
                           session.order.id,
                           session.sessionId,
                           std::move(details)};
    }

    DomainEvents history()
    {
        auto active = store->activeSession(QStringLiteral("S1"));
        EXPECT_OK(active);
        return active.ok() && active.value() ? active.value()->history : DomainEvents{};
    }

    OpenedSession session;
};

TEST_F(AppendToSessionTest, EventsComeBackWithEveryDetailInOrder)
{
    const QJsonObject quality{
        {QStringLiteral("answers"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("seal")},
                                {QStringLiteral("ok"), false},
                                {QStringLiteral("note"), QStringLiteral("Tape løs 📦")}}}},
        {QStringLiteral("weight"), 925.5}};
    ASSERT_OK(store->appendToSession(session.sessionId,
                                     {event(EventTypes::ItemScanned, 2000, {{QStringLiteral("line"), 1}}),
                                      event(EventTypes::QualityRecorded, 1999, quality)},
                                     SessionUpdate{PackState::Printing, OrderStatus::Packing, false}));
    const DomainEvents stored = history();
    ASSERT_EQ(stored.size(), 3u);
    EXPECT_EQ(stored[1].type, EventTypes::ItemScanned);
    EXPECT_EQ(stored[1].atMs, 2000);
    // Insertion order, not clock order: a clock stepping back must not reorder a replay.
    EXPECT_EQ(stored[2].type, EventTypes::QualityRecorded);
    EXPECT_EQ(stored[2].atMs, 1999);
    EXPECT_EQ(stored[2].details, quality);
    EXPECT_EQ(stored[2].sessionId, session.sessionId);
    EXPECT_EQ(stored[2].orderId, session.order.id);
}

TEST_F(AppendToSessionTest, TheSessionStateIsStoredWithTheEvents)
{
    ASSERT_OK(store->appendToSession(session.sessionId, {event(EventTypes::ItemsVerified, 2000)},
                                     SessionUpdate{PackState::Weighing, OrderStatus::Packing, false}));
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    auto st = raw->prepare("SELECT state, ended_at IS NULL FROM pack_sessions WHERE id = ?1");
    ASSERT_OK(st);
    auto row = st->bind(1, session.sessionId).step();
    ASSERT_OK(row);
    ASSERT_TRUE(row.value());
    EXPECT_EQ(st->text(0), QStringLiteral("weighing"));
    EXPECT_TRUE(st->boolean(1));
}

TEST_F(AppendToSessionTest, EndingTheSessionSetsOutcomeAndOrderStatusAndFreesTheStation)
{
    ASSERT_OK(store->appendToSession(session.sessionId, {event(EventTypes::OrderPacked, 3000)},
                                     SessionUpdate{PackState::Packed, OrderStatus::Packed, true}));
    auto active = store->activeSession(QStringLiteral("S1"));
    ASSERT_OK(active);
    EXPECT_FALSE(active.value().has_value());
    auto found = store->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
    ASSERT_OK(found);
    EXPECT_EQ(found.value()->status, OrderStatus::Packed);
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(scalar(*raw, "SELECT ended_at FROM pack_sessions"), 3000);
    auto outcome = raw->prepare("SELECT outcome FROM pack_sessions");
    ASSERT_OK(outcome);
    ASSERT_TRUE(outcome->step().value());
    EXPECT_EQ(outcome->text(0), QStringLiteral("packed"));
}

TEST_F(AppendToSessionTest, AnEndedSessionTakesNoMoreEvents)
{
    ASSERT_OK(store->appendToSession(session.sessionId, {event(EventTypes::SessionCancelled, 3000)},
                                     SessionUpdate{PackState::Cancelled, OrderStatus::Ready, true}));
    auto late =
        store->appendToSession(session.sessionId, {event(EventTypes::ItemScanned, 3100)}, SessionUpdate{});
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, QStringLiteral("session_not_active"));
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM events WHERE type = 'item.scanned'"), 0);
    auto found = store->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
    EXPECT_EQ(found.value()->status, OrderStatus::Ready);
}

TEST_F(AppendToSessionTest, AnUnknownSessionTakesNoEvents)
{
    auto result = store->appendToSession(session.sessionId + 100, {event(EventTypes::ItemScanned, 3100)}, {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("session_not_active"));
}

TEST_F(AppendToSessionTest, LoginAndLogoutAreRecordedOutsideAnySession)
{
    const DomainEvent in{
        EventTypes::PackerLoggedIn, 100, QStringLiteral("S1"), QStringLiteral("P01"), 0, 0, {}};
    const DomainEvent out{
        EventTypes::PackerLoggedOut, 200, QStringLiteral("S1"), QStringLiteral("P01"), 0, 0, {}};
    ASSERT_OK(store->recordEvents({in, out}));
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    EXPECT_EQ(scalar(*raw, "SELECT count(*) FROM events WHERE type LIKE 'packer.%' AND session_id IS NULL "
                           "AND order_id IS NULL"),
              2);
    EXPECT_EQ(scalar(*raw, "SELECT at FROM events WHERE type = 'packer.logged_out'"), 200);
    EXPECT_EQ(history().size(), 1u); // not mixed into the open session
}

} // namespace
