#include "apitesting.h"

#include <QJsonArray>

using namespace packdesk::sync::testing;

using SyncApiOrders = ApiTestServer;

TEST_F(SyncApiOrders, CreateThenStatusThenUpdate)
{
    const HttpResult created = post(orderJson("nordlys", "NL-1"), m_nordlysToken);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.json.value("result").toString(), "created");
    EXPECT_EQ(created.json.value("status").toString(), "ready");

    const HttpResult status = get("/api/v1/orders/nordlys/NL-1", m_nordlysToken);
    ASSERT_EQ(status.status, 200);
    EXPECT_EQ(status.json.value("status").toString(), "ready");
    EXPECT_FALSE(status.json.contains("packed_at"));

    const HttpResult updated = post(orderJson("nordlys", "NL-1", 5), m_nordlysToken);
    ASSERT_EQ(updated.status, 200);
    EXPECT_EQ(updated.json.value("result").toString(), "updated");
    EXPECT_EQ(sqlValue("SELECT quantity FROM order_lines"), "5");
    EXPECT_EQ(orderCount(), 1);
}

TEST_F(SyncApiOrders, TheSameOrderTwiceIsOneOrder)
{
    ASSERT_EQ(post(orderJson("nordlys", "NL-2"), m_nordlysToken).status, 201);
    const HttpResult again = post(orderJson("nordlys", "NL-2"), m_nordlysToken);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.json.value("result").toString(), "unchanged");
    EXPECT_EQ(orderCount(), 1);
    EXPECT_EQ(sqlValue("SELECT count(*) FROM order_lines"), "1");
}

TEST_F(SyncApiOrders, CancelIsIdempotentAndFinal)
{
    ASSERT_EQ(post(orderJson("nordlys", "NL-3"), m_nordlysToken).status, 201);
    const QByteArray cancel = R"({"action":"cancel","shop":"nordlys","number":"NL-3"})";
    const HttpResult cancelled = post(cancel, m_nordlysToken);
    ASSERT_EQ(cancelled.status, 200);
    EXPECT_EQ(cancelled.json.value("status").toString(), "cancelled");
    EXPECT_EQ(post(cancel, m_nordlysToken).json.value("result").toString(), "unchanged");
    // The shop hears back once that its cancellation took effect.
    EXPECT_EQ(sqlValue("SELECT count(*) FROM outbox WHERE type = 'order.cancelled_ack' AND order_key = 'nordlys/NL-3'"),
              "1");
    EXPECT_EQ(get("/api/v1/orders/nordlys/NL-3", m_nordlysToken).json.value("status").toString(),
              "cancelled");

    const HttpResult revived = post(orderJson("nordlys", "NL-3", 7), m_nordlysToken);
    EXPECT_EQ(revived.status, 409);
    EXPECT_EQ(revived.errorCode(), "order_cancelled");
    EXPECT_EQ(sqlValue("SELECT quantity FROM order_lines"), "2");

    const HttpResult unknown =
        post(R"({"action":"cancel","shop":"nordlys","number":"NOPE"})", m_nordlysToken);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.errorCode(), "order_not_found");
}

TEST_F(SyncApiOrders, PackedAndPackingOrdersDoNotChange)
{
    ASSERT_EQ(post(orderJson("nordlys", "NL-4"), m_nordlysToken).status, 201);
    sqlValue("UPDATE orders SET status = 'packing'");
    HttpResult refused = post(orderJson("nordlys", "NL-4", 9), m_nordlysToken);
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.errorCode(), "order_being_packed");
    EXPECT_EQ(post(R"({"action":"cancel","shop":"nordlys","number":"NL-4"})", m_nordlysToken).status, 409);

    sqlValue("UPDATE orders SET status = 'packed'");
    refused = post(orderJson("nordlys", "NL-4", 9), m_nordlysToken);
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.errorCode(), "order_packed");
    // A retry of the original create after packing is still fine: same content.
    EXPECT_EQ(post(orderJson("nordlys", "NL-4"), m_nordlysToken).status, 200);
    EXPECT_EQ(sqlValue("SELECT quantity FROM order_lines"), "2");
    EXPECT_EQ(sqlValue("SELECT status FROM orders"), "packed");
}

TEST_F(SyncApiOrders, StatusOfAPackedOrderHasTimeWeightAndRma)
{
    ASSERT_EQ(post(orderJson("nordlys", "NL-5"), m_nordlysToken).status, 201);
    sqlValue("UPDATE orders SET status = 'packed'");
    sqlValue("INSERT INTO pack_sessions (order_id, station, packer, state, started_at, ended_at, outcome) "
             "SELECT id, 'S1', 'B1', 'packed', 1795000000000, 1795000060000, 'packed' FROM orders");
    sqlValue("INSERT INTO events (at, type, session_id, details) SELECT 1795000030000, 'weight.checked', id, "
             "'{\"measured_grams\": 512, \"expected_grams\": 500}' FROM pack_sessions");
    sqlValue("INSERT INTO parcel_codes (order_id, rma_code, survey_token, created_at) "
             "SELECT id, 'RMA-7Q2K', 'tok', 1 FROM orders");
    const HttpResult status = get("/api/v1/orders/nordlys/NL-5", m_nordlysToken);
    ASSERT_EQ(status.status, 200) << status.body.toStdString();
    EXPECT_EQ(status.json.value("status").toString(), "packed");
    EXPECT_EQ(status.json.value("packed_at").toString().toStdString(), "2026-11-18T11:07:40.000Z");
    EXPECT_EQ(status.json.value("packed_weight_g").toInt(), 512);
    EXPECT_EQ(status.json.value("rma_code").toString(), "RMA-7Q2K");
    EXPECT_EQ(get("/api/v1/orders/nordlys/NL-404", m_nordlysToken).status, 404);
}

TEST_F(SyncApiOrders, BadJsonIs400AndStoresNothing)
{
    HttpResult bad = post(R"({"shop":"nordlys","number":)", m_nordlysToken);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.errorCode(), "invalid_json");
    bad = post("[" + orderJson("nordlys", "NL-6") + "]", m_nordlysToken);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.errorCode(), "invalid_body");
    EXPECT_EQ(orderCount(), 0);
}

TEST_F(SyncApiOrders, InvalidFieldsAre422NamingTheFieldAndStoreNothing)
{
    QByteArray body = orderJson("nordlys", "NL-7");
    body.replace("\"quantity\":2", "\"quantity\":\"two\"");
    HttpResult invalid = post(body, m_nordlysToken);
    ASSERT_EQ(invalid.status, 422) << invalid.body.toStdString();
    EXPECT_EQ(invalid.errorField(), "lines[0].quantity");
    EXPECT_EQ(invalid.errorCode(), "invalid_field");

    body = orderJson("nordlys", "NL-7");
    body.replace("\"number\":\"NL-7\"", "\"number\":42");
    invalid = post(body, m_nordlysToken);
    EXPECT_EQ(invalid.status, 422);
    EXPECT_EQ(invalid.errorField(), "number");

    invalid = post(R"({"shop":"nordlys","number":"NL-8","lines":[]})", m_nordlysToken);
    EXPECT_EQ(invalid.status, 422);
    const QJsonArray details = invalid.json.value("error").toObject().value("details").toArray();
    QStringList fields;
    for (const auto& detail : details)
        fields << detail.toObject().value("field").toString();
    EXPECT_TRUE(fields.contains("customer")) << fields.join(',').toStdString();
    EXPECT_TRUE(fields.contains("shipping_address"));

    invalid = post(R"({"action":"delete","shop":"nordlys","number":"NL-7"})", m_nordlysToken);
    EXPECT_EQ(invalid.status, 422);
    EXPECT_EQ(invalid.errorField(), "action");
    EXPECT_EQ(orderCount(), 0);
}

TEST_F(SyncApiOrders, NotJsonIs415)
{
    const HttpResult result = httpRequest(
        m_port, "POST", "/api/v1/orders", orderJson("nordlys", "NL-9"),
        {{"Content-Type", "text/plain"}, {"Authorization", "Bearer " + m_nordlysToken.toLatin1()}});
    EXPECT_EQ(result.status, 415);
    EXPECT_EQ(orderCount(), 0);
}

TEST_F(SyncApiOrders, IdempotencyKeyReplaysTheAnswerAndRefusesAnotherBody)
{
    const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "order-NL-10-try"}};
    const HttpResult first = post(orderJson("nordlys", "NL-10"), m_nordlysToken, key);
    ASSERT_EQ(first.status, 201);
    EXPECT_FALSE(first.headers.contains("idempotent-replayed"));
    const HttpResult replay = post(orderJson("nordlys", "NL-10"), m_nordlysToken, key);
    EXPECT_EQ(replay.status, 201); // the first answer, not "unchanged"
    EXPECT_EQ(replay.body, first.body);
    EXPECT_EQ(replay.headers.value("idempotent-replayed"), "true");

    const HttpResult reused = post(orderJson("nordlys", "NL-11"), m_nordlysToken, key);
    EXPECT_EQ(reused.status, 422);
    EXPECT_EQ(reused.errorCode(), "idempotency_key_reused");
    EXPECT_EQ(orderCount(), 1);
    EXPECT_EQ(sqlValue("SELECT count(*) FROM api_requests"), "1");
}

TEST_F(SyncApiOrders, UnknownPathIs404AndWrongMethodIs405)
{
    EXPECT_EQ(get("/api/v1/nothing", m_nordlysToken).status, 404);
    const HttpResult wrong = httpRequest(m_port, "DELETE", "/api/v1/orders", {}, {});
    EXPECT_EQ(wrong.status, 405);
    EXPECT_EQ(wrong.errorCode(), "method_not_allowed");
}
