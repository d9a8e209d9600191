#include "deliverytesting.h"
#include "webhookreceiver.h"

#include "sync/deliveryservice.h"
#include "sync/outboxqueue.h"

#include <QJsonArray>

using namespace packdesk;
using namespace packdesk::deliverytesting;

namespace {
/// The events of one order, in the order they are recorded.
const QStringList kSequence{QStringLiteral("order.exception"), QStringLiteral("return_label.created"),
                            QStringLiteral("order.packed")};

sync::DeliveryOptions fastOptions()
{
    sync::DeliveryOptions options;
    options.retryDelaysMs = {100, 100, 100};
    options.jitter = 0;
    options.idlePollMs = 50;
    options.connectTimeoutMs = 2'000;
    options.responseTimeoutMs = 2'000;
    return options;
}

std::unique_ptr<sync::DeliveryService> startService(const OutboxDatabase& fixture,
                                                     const sync::DeliveryOptions& options = fastOptions())
{
    auto service = sync::DeliveryService::start(fixture.path(), options);
    EXPECT_TRUE(service.ok()) << describe(service.error());
    return service.ok() ? std::move(service).value() : nullptr;
}

/// Records kSequence for every order, one committed transaction per event.
void recordSequences(OutboxDatabase& fixture, const std::vector<qint64>& orderIds)
{
    for (const QString& type : kSequence) {
        for (qint64 orderId : orderIds)
            fixture.record(type, orderId, {{"reason", "damaged_item"}});
    }
}

/// The types each order's events arrived in (first delivery of each id).
QHash<QString, QStringList> arrivalsByOrder(const QJsonArray& delivered)
{
    QHash<QString, QStringList> byOrder;
    for (const QJsonValue& value : delivered)
        byOrder[value[QLatin1String("order")].toString()] << value[QLatin1String("type")].toString();
    return byOrder;
}

} // namespace

TEST(SyncDelivery, EveryEventArrivesOnceAndInOrderPerOrderThroughFailures)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kOldSecret}, {"500", "reset", "200", "500", "503:0", "reset", "200", "500"});
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url());
    QStringList numbers;
    for (int i = 0; i < 12; ++i)
        numbers << QStringLiteral("A-%1").arg(i);
    recordSequences(fixture, fixture.addOrders(QStringLiteral("acme"), numbers));

    auto service = startService(fixture);
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'delivered'") == 36; }));
    service->stop();

    const QJsonObject report = receiver.report();
    EXPECT_EQ(report["unverified"].toInt(), 0);
    EXPECT_EQ(report["duplicates"].toInt(), 0);
    EXPECT_EQ(report["delivered"].toArray().size(), 36);
    const auto byOrder = arrivalsByOrder(report["delivered"].toArray());
    EXPECT_EQ(byOrder.size(), 12);
    for (auto it = byOrder.begin(); it != byOrder.end(); ++it)
        EXPECT_EQ(it.value(), kSequence) << it.key().toStdString();
    // Failed attempts were retried under the same webhook-id.
    EXPECT_GT(report["attempts"].toArray().size(), 36);
    EXPECT_GT(fixture.count("SELECT sum(attempts) FROM outbox"), 36);
    for (const QJsonValue& attempt : report["attempts"].toArray())
        EXPECT_EQ(attempt["contentType"].toString(), QStringLiteral("application/json"));
}

TEST(SyncDelivery, RetryAfterIsHonouredAndEachAttemptHasItsOwnTimestamp)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kOldSecret}, {"429:2", "503:date:2", "500"});
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url());
    fixture.record(EventTypes::OrderPacked, fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1")}).front());

    sync::DeliveryOptions options = fastOptions();
    options.retryDelaysMs = {50, 50, 50, 50};
    auto service = startService(fixture, options);
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'delivered'") == 1; }));
    service->stop();

    const QJsonArray attempts = receiver.attempts();
    ASSERT_EQ(attempts.size(), 4);
    const QString id = attempts[0]["id"].toString();
    EXPECT_TRUE(id.startsWith(QLatin1String("msg_")));
    for (const QJsonValue& attempt : attempts) {
        EXPECT_EQ(attempt["id"].toString(), id) << "a retry keeps the webhook-id";
        EXPECT_TRUE(attempt["verified"].toBool());
    }
    // The schedule says 50 ms; the shop said 2 s, twice (seconds, then an HTTP date).
    EXPECT_GE(attempts[1]["at"].toDouble() - attempts[0]["at"].toDouble(), 1'500);
    EXPECT_GE(attempts[2]["at"].toDouble() - attempts[1]["at"].toDouble(), 900);
    EXPECT_GT(attempts[1]["timestamp"].toDouble(), attempts[0]["timestamp"].toDouble())
        << "webhook-timestamp is the time of the attempt";
    EXPECT_GT(attempts[2]["timestamp"].toDouble(), attempts[1]["timestamp"].toDouble());
}

TEST(SyncDelivery, GoneDisablesTheEndpointAndItsEventsWaitUntilEnabled)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kOldSecret}, {"410"});
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url());
    const qint64 orderId = fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1")}).front();
    fixture.record(EventTypes::OrderException, orderId);
    fixture.record(EventTypes::OrderPacked, orderId);

    auto service = startService(fixture);
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT enabled FROM webhook_endpoints") == 0; }));
    QThread::msleep(400); // several polls: nothing may go out now
    EXPECT_EQ(receiver.attempts().size(), 1);
    EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox WHERE state = 'pending'"), 2) << "waiting, not dropped";

    ASSERT_OK(sync::WebhookEndpoints(*fixture.db).setEnabled(QStringLiteral("acme"), true, OutboxDatabase::now()));
    service->wake();
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'delivered'") == 2; }));
    service->stop();
    const QJsonArray delivered = receiver.delivered();
    ASSERT_EQ(delivered.size(), 2);
    EXPECT_EQ(delivered[0]["type"].toString(), QStringLiteral("order.exception"));
    EXPECT_EQ(delivered[1]["type"].toString(), QStringLiteral("order.packed"));
}

TEST(SyncDelivery, ATimeoutIsAFailedAttempt)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kOldSecret}, {"hang"});
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url());
    fixture.record(EventTypes::OrderPacked, fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1")}).front());

    sync::DeliveryOptions options = fastOptions();
    options.responseTimeoutMs = 300;
    auto service = startService(fixture, options);
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'delivered'") == 1; }));
    service->stop();
    EXPECT_EQ(fixture.count("SELECT attempts FROM outbox"), 2);
    const QJsonArray attempts = receiver.attempts();
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts[0]["step"].toString(), QStringLiteral("hang"));
    EXPECT_EQ(attempts[0]["id"], attempts[1]["id"]);
}

TEST(SyncDelivery, DeadLetterHoldsItsOrderBackUntilReplayed)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kOldSecret}, {}, QStringLiteral("500"));
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url());
    const qint64 orderId = fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1")}).front();
    fixture.record(EventTypes::OrderException, orderId);
    fixture.record(EventTypes::OrderPacked, orderId);

    auto service = startService(fixture);
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'dead'") == 1; }));
    QThread::msleep(300);
    EXPECT_EQ(fixture.count("SELECT attempts FROM outbox WHERE state = 'dead'"), 4) << "first try + 3 retries";
    EXPECT_EQ(receiver.attempts().size(), 4) << "the order's next event waits behind its dead letter";
    auto dead = sync::OutboxQueue(*fixture.db).list(QStringLiteral("dead"), QStringLiteral("acme/1"), 10);
    ASSERT_OK(dead);
    ASSERT_EQ(dead->size(), 1u);
    EXPECT_EQ(dead->front().type, QStringLiteral("order.exception"));

    receiver.configure({kOldSecret}, {}, QStringLiteral("200"));
    auto replayed = sync::OutboxQueue(*fixture.db).replay(dead->front().messageId, OutboxDatabase::now());
    ASSERT_OK(replayed);
    EXPECT_EQ(replayed.value(), 1);
    service->wake();
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'delivered'") == 2; }));
    service->stop();
    const QJsonArray delivered = receiver.delivered();
    ASSERT_EQ(delivered.size(), 2);
    EXPECT_EQ(delivered[0]["id"].toString(), dead->front().messageId) << "replayed under its own id";
    EXPECT_EQ(delivered[1]["type"].toString(), QStringLiteral("order.packed"));
}

TEST(SyncDelivery, SignaturesVerifyOnBothSidesOfASecretRotation)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kOldSecret}, {});
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url());
    const auto orders = fixture.addOrders(QStringLiteral("acme"), {"1", "2", "3"});
    auto service = startService(fixture);
    auto deliveredCount = [&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'delivered'"); };

    fixture.record(EventTypes::OrderPacked, orders[0]);
    ASSERT_TRUE(waitUntil([&] { return deliveredCount() == 1; }));

    // Rotation: both secrets sign; the shop has already switched to the new one.
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url(), kNewSecret, true);
    receiver.configure({kNewSecret}, {});
    fixture.record(EventTypes::OrderPacked, orders[1]);
    ASSERT_TRUE(waitUntil([&] { return deliveredCount() == 2; }));

    ASSERT_OK(sync::WebhookEndpoints(*fixture.db).retireOldSecrets(QStringLiteral("acme"), OutboxDatabase::now()));
    fixture.record(EventTypes::OrderPacked, orders[2]);
    ASSERT_TRUE(waitUntil([&] { return deliveredCount() == 3; }));
    service->stop();

    const QJsonObject report = receiver.report();
    EXPECT_EQ(report["unverified"].toInt(), 0);
    const QJsonArray attempts = report["attempts"].toArray();
    ASSERT_EQ(attempts.size(), 3);
    EXPECT_EQ(attempts[0]["signatures"].toInt(), 1);
    EXPECT_EQ(attempts[1]["signatures"].toInt(), 2);
    EXPECT_EQ(attempts[2]["signatures"].toInt(), 1);
}

TEST(SyncDelivery, AnUnverifiableSignatureIsNotDelivered)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kNewSecret}, {}); // the shop never got the station's secret
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url(), kOldSecret);
    fixture.record(EventTypes::OrderPacked, fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1")}).front());
    sync::DeliveryOptions options = fastOptions();
    options.retryDelaysMs = {20};
    auto service = startService(fixture, options);
    ASSERT_TRUE(waitUntil([&] { return fixture.count("SELECT count(*) FROM outbox WHERE state = 'dead'") == 1; }));
    service->stop();
    EXPECT_EQ(receiver.report()["unverified"].toInt(), 2);
    EXPECT_EQ(fixture.count("SELECT last_status FROM outbox"), 401);
}
