#include "deliverytesting.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>

#include <csignal>

using namespace packdesk;
using namespace packdesk::deliverytesting;

namespace {
QStringList sendArguments(const QString& dbPath)
{
    return {QStringLiteral("webhooks"), QStringLiteral("send"), QStringLiteral("--once"), QStringLiteral("--db"), dbPath,
            QStringLiteral("--retry-delays"), QStringLiteral("100,100,100,100,100"), QStringLiteral("--timeout"),
            QStringLiteral("3000")};
}
} // namespace

// `packdesk webhooks send` is killed with SIGKILL while requests are in
// flight to a slow shop, then started again: every event arrives, none is
// lost, and a repeat only ever carries the id the row was created with.
TEST(SyncDeliveryCrash, KilledSenderLosesNothingAndRepeatsOnlyUnderTheSameId)
{
    OutboxDatabase fixture;
    WebhookReceiver receiver;
    receiver.configure({kOldSecret}, {}, QStringLiteral("slow:150"));
    fixture.setEndpoint(QStringLiteral("acme"), receiver.url());
    QStringList numbers;
    for (int i = 0; i < 20; ++i)
        numbers << QStringLiteral("C-%1").arg(i);
    const auto orders = fixture.addOrders(QStringLiteral("acme"), numbers);
    for (qint64 orderId : orders) {
        fixture.record(EventTypes::OrderException, orderId);
        fixture.record(EventTypes::OrderPacked, orderId);
    }

    QProcess child;
    child.start(QStringLiteral(PACKDESK_BINARY), sendArguments(fixture.path()));
    ASSERT_TRUE(child.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return receiver.delivered().size() >= 6; }));
    ::kill(pid_t(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(5'000));
    const qint64 deliveredBefore = receiver.delivered().size();
    EXPECT_LT(deliveredBefore, 40) << "killed mid-delivery";

    receiver.configure({kOldSecret}, {}, QStringLiteral("200"));
    QProcess restarted;
    restarted.start(QStringLiteral(PACKDESK_BINARY), sendArguments(fixture.path()));
    ASSERT_TRUE(restarted.waitForFinished(60'000));
    EXPECT_EQ(restarted.exitCode(), 0) << restarted.readAllStandardError().toStdString();

    EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox WHERE state = 'delivered'"), 40);
    QSet<QString> outboxIds;
    auto st = fixture.db->prepare("SELECT message_id FROM outbox");
    ASSERT_OK(st->forEachRow([&](store::SqliteStatement& row) { outboxIds.insert(row.text(0)); }));
    const QJsonObject report = receiver.report();
    EXPECT_EQ(report["unverified"].toInt(), 0);
    QSet<QString> deliveredIds;
    for (const QJsonValue& value : report["delivered"].toArray())
        deliveredIds.insert(value["id"].toString());
    EXPECT_EQ(deliveredIds, outboxIds) << "every event, each under its own fixed id";
    for (const QJsonValue& attempt : report["attempts"].toArray())
        EXPECT_TRUE(outboxIds.contains(attempt["id"].toString())) << "no attempt under a new id";
    // Per order: the exception before the packed event, in first arrivals.
    QHash<QString, QStringList> byOrder;
    for (const QJsonValue& value : report["delivered"].toArray())
        byOrder[value["order"].toString()] << value["type"].toString();
    for (auto it = byOrder.begin(); it != byOrder.end(); ++it)
        EXPECT_EQ(it.value(), (QStringList{"order.exception", "order.packed"})) << it.key().toStdString();
}
