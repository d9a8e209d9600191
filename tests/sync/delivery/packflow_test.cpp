#include "deliverytesting.h"

#include "store/sqliteorderstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace packdesk;
using namespace packdesk::deliverytesting;

// Through the store's own pack-session path: completing the order writes
// order.packed and its outbox row in one commit; a completion that fails
// (the session is already closed) writes neither.
TEST(SyncOutboxPackFlow, CompletingASessionQueuesOrderPackedWithTheSessionsFacts)
{
    QTemporaryDir dir;
    auto opened = store::SqliteOrderStore::open(dir.filePath(QStringLiteral("station.db")));
    ASSERT_OK(opened);
    auto& store = *opened.value();
    Order order = packdesk::testing::sampleOrder(0, QStringLiteral("1001"));
    ASSERT_OK(store.upsertOrders({order}));
    auto session = store.openSession(QStringLiteral("1001"), SessionOwner{"S1", "P01"}, 1'700'000'000'000);
    ASSERT_OK(session);
    const qint64 sessionId = session->sessionId;
    const qint64 orderId = session->order.id;
    auto event = [&](QLatin1String type, qint64 at, QJsonObject details) {
        return DomainEvent{type, at, "S1", "P01", orderId, sessionId, std::move(details)};
    };
    const QJsonObject packed{{"items", QJsonArray{QJsonObject{{"sku", "MUG-1"}, {"quantity", 2}},
                                                  QJsonObject{{"sku", "TEA-7"}, {"quantity", 1}}}},
                             {"box", "M"},
                             {"weight_grams", 500},
                             {"weight_source", "manual"},
                             {"started_at_ms", 1'700'000'000'000.0}};
    ASSERT_OK(store.appendToSession(sessionId, {event(EventTypes::OrderPacked, 1'700'000'060'000, packed)},
                                    SessionUpdate{PackState::Packed, OrderStatus::Packed, true}));

    auto db = store::SqliteDatabase::open(dir.filePath(QStringLiteral("station.db")));
    ASSERT_OK(db);
    EXPECT_EQ(scalar(*db.value(), "SELECT count(*) FROM outbox WHERE type = 'order.packed' AND order_key = 'acme/1001'"), 1);
    auto st = db.value()->prepare("SELECT payload FROM outbox");
    ASSERT_TRUE(st->step().value());
    const QJsonObject data = QJsonDocument::fromJson(st->blob(0)).object()["data"].toObject();
    st->reset();
    EXPECT_EQ(data["session_opened_at"].toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
    EXPECT_EQ(data["parcel"].toObject()["weight_source"].toString(), QStringLiteral("manual"));
    EXPECT_EQ(data["packer_badge"].toString(), QStringLiteral("P01"));

    // The session is closed now: the same completion fails and leaves no second row.
    EXPECT_FALSE(store.appendToSession(sessionId, {event(EventTypes::OrderPacked, 1'700'000'070'000, packed)},
                                       SessionUpdate{PackState::Packed, OrderStatus::Packed, true})
                     .ok());
    EXPECT_EQ(scalar(*db.value(), "SELECT count(*) FROM outbox"), 1);
}
