#include "deliverytesting.h"

#include "store/outboxwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace packdesk;
using namespace packdesk::deliverytesting;

namespace {
QJsonObject payloadOf(store::SqliteDatabase& db, const char* type)
{
    auto st = db.prepare("SELECT payload FROM outbox WHERE type = ?1 ORDER BY id DESC LIMIT 1");
    st->bind(1, QString::fromLatin1(type));
    auto row = st->step();
    if (!row.ok() || !row.value())
        return {};
    return QJsonDocument::fromJson(st->blob(0)).object();
}
} // namespace

TEST(SyncOutbox, RowExistsExactlyWhenTheTransactionCommits)
{
    OutboxDatabase fixture;
    const qint64 orderId = fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1001")}).front();
    {
        auto tx = store::Transaction::begin(*fixture.db);
        ASSERT_OK(tx);
        DomainEvent packed{EventTypes::OrderPacked, OutboxDatabase::now(), "st-1", "B-7", orderId, 0, {}};
        ASSERT_OK(store::EventLog(*fixture.db).append(packed));
        EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox"), 1) << "written inside the transaction";
        // No commit: the change fails later in the same transaction and rolls back.
    }
    EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox"), 0);
    EXPECT_EQ(fixture.count("SELECT count(*) FROM events"), 0);

    fixture.record(EventTypes::OrderPacked, orderId);
    EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox WHERE type = 'order.packed' AND state = 'pending'"), 1);
}

TEST(SyncOutbox, OnlyShopFacingEventsGoToTheOutbox)
{
    OutboxDatabase fixture;
    const qint64 orderId = fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1001")}).front();
    fixture.record(EventTypes::ItemScanned, orderId, {{"sku", "MUG-1"}});
    fixture.record(EventTypes::WeightChecked, orderId);
    EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox"), 0);
    fixture.record(EventTypes::OrderException, orderId, {{"reason", "short_pick"}});
    fixture.record(EventTypes::ReturnLabelCreated, orderId, {{"rma_code", "RMA-7Q2K"}});
    fixture.record(QStringLiteral("order.cancelled"), orderId, {{"previous_status", "ready"}});
    EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox"), 3);
    EXPECT_EQ(payloadOf(*fixture.db, "return_label.created")["data"].toObject()["rma_code"].toString(),
              QStringLiteral("RMA-7Q2K"));
    EXPECT_EQ(payloadOf(*fixture.db, "order.cancelled_ack")["data"].toObject()["order_number"].toString(),
              QStringLiteral("1001"));
    EXPECT_EQ(fixture.count("SELECT count(DISTINCT message_id) FROM outbox WHERE message_id LIKE 'msg_%'"), 3);
}

TEST(SyncOutbox, PackedPayloadCarriesWhatTheShippingNotificationNeeds)
{
    OutboxDatabase fixture;
    const qint64 orderId = fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1001")}).front();
    {
        auto st = fixture.db->prepare(
            "INSERT INTO parcel_codes (order_id, rma_code, survey_token, created_at) VALUES (?1, 'RMA-X9', 'tok', 1)");
        st->bind(1, orderId);
        ASSERT_OK(st->run());
    }
    auto tx = store::Transaction::begin(*fixture.db);
    ASSERT_OK(tx);
    store::EventLog log(*fixture.db);
    const QJsonObject quality{{"answers", QJsonArray{QJsonObject{{"key", "box_size"}, {"passed", true}},
                                                     QJsonObject{{"key", "seal"}, {"passed", false}, {"defect", "tape_torn"}}}},
                              {"defects", 1},
                              {"note", "Ring Bjørn"}};
    ASSERT_OK(log.appendToSession({EventTypes::QualityRecorded, 1'700'000'000'000, "st-1", "B-7", orderId, 42, quality}, 42,
                                  orderId));
    const QJsonObject packed{{"items", QJsonArray{QJsonObject{{"sku", "MUG-1"}, {"quantity", 2}},
                                                  QJsonObject{{"sku", "TEA-7"}, {"quantity", 1}}}},
                             {"box", "M"},
                             {"weight_grams", 931},
                             {"weight_source", "scale"},
                             {"weight_overridden", false},
                             {"started_at_ms", 1'699'999'940'000.0}};
    ASSERT_OK(log.appendToSession({EventTypes::OrderPacked, 1'700'000'000'500, "st-1", "B-7", orderId, 42, packed}, 42,
                                  orderId));
    ASSERT_OK(tx->commit());

    const QJsonObject body = payloadOf(*fixture.db, "order.packed");
    EXPECT_EQ(body.keys(), (QStringList{"data", "timestamp", "type"}));
    EXPECT_EQ(body["timestamp"].toString(), QStringLiteral("2023-11-14T22:13:20.500Z"));
    const QJsonObject data = body["data"].toObject();
    EXPECT_EQ(data["schema_version"].toInt(), 1);
    EXPECT_EQ(data["shop"].toString(), QStringLiteral("acme"));
    EXPECT_EQ(data["order_number"].toString(), QStringLiteral("1001"));
    EXPECT_EQ(data["packer_badge"].toString(), QStringLiteral("B-7"));
    EXPECT_EQ(data["station"].toString(), QStringLiteral("st-1"));
    EXPECT_EQ(data["session_opened_at"].toString(), QStringLiteral("2023-11-14T22:12:20.000Z"));
    EXPECT_EQ(data["parcel"].toObject()["weight_grams"].toInt(), 931);
    EXPECT_EQ(data["parcel"].toObject()["weight_source"].toString(), QStringLiteral("scale"));
    EXPECT_EQ(data["parcel"].toObject()["box_code"].toString(), QStringLiteral("M"));
    EXPECT_EQ(data["return_rma_code"].toString(), QStringLiteral("RMA-X9"));
    const QJsonArray items = data["line_items"].toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject()["name"].toString(), QStringLiteral("Mug"));
    EXPECT_EQ(items[0].toObject()["quantity"].toInt(), 2);
    EXPECT_EQ(data["quality"].toObject()["defect_count"].toInt(), 1);
    EXPECT_EQ(data["quality"].toObject()["answers"].toArray()[1].toObject()["defect_kind"].toString(),
              QStringLiteral("tape_torn"));
    // No personal data: neither the customer nor a note that may name one.
    const QByteArray raw = QJsonDocument(body).toJson();
    EXPECT_FALSE(raw.contains("Bj")) << raw.toStdString();
    EXPECT_FALSE(raw.contains("Storgata"));
}

TEST(SyncOutbox, MessageIdsAreUniqueAndShaped)
{
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i) {
        const QString id = store::OutboxWriter::newMessageId();
        EXPECT_TRUE(id.startsWith(QLatin1String("msg_")));
        EXPECT_EQ(id.size(), 28);
        ids.insert(id);
    }
    EXPECT_EQ(ids.size(), 1000);
}
