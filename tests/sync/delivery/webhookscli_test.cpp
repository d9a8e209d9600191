#include "deliverytesting.h"

#include <QProcess>

using namespace packdesk;
using namespace packdesk::deliverytesting;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runPackdesk(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PACKDESK_BINARY), arguments);
    process.waitForFinished(30'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST(SyncWebhooksCli, EndpointsAreSetRotatedAndListedWithoutTheirSecrets)
{
    OutboxDatabase fixture;
    const QString db = fixture.path();
    auto set = runPackdesk({"webhooks", "endpoints", "set", "acme", "--url", "http://127.0.0.1:9/hooks", "--secret", kOldSecret,
                         "--db", db});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    auto rotate = runPackdesk({"webhooks", "endpoints", "set", "acme", "--url", "http://127.0.0.1:9/hooks", "--new-secret",
                            "--rotate", "--db", db});
    ASSERT_EQ(rotate.exitCode, 0) << rotate.err.toStdString();
    EXPECT_TRUE(rotate.out.contains(QLatin1String("secret: whsec_"))) << "a generated secret is shown once";

    auto list = runPackdesk({"webhooks", "endpoints", "list", "--db", db});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QLatin1String("acme")));
    EXPECT_FALSE(list.out.contains(kOldSecret)) << list.out.toStdString();
    EXPECT_EQ(list.out.count(QStringLiteral("whsec_")), 2) << "both secrets active during the rotation";

    ASSERT_EQ(runPackdesk({"webhooks", "endpoints", "retire-secret", "acme", "--db", db}).exitCode, 0);
    EXPECT_EQ(runPackdesk({"webhooks", "endpoints", "list", "--db", db}).out.count(QStringLiteral("whsec_")), 1);
}

TEST(SyncWebhooksCli, ListsAndReplaysDeadLetters)
{
    OutboxDatabase fixture;
    fixture.record(EventTypes::OrderPacked, fixture.addOrders(QStringLiteral("acme"), {QStringLiteral("1")}).front());
    ASSERT_OK(fixture.db->exec("UPDATE outbox SET state = 'dead', attempts = 8"));
    auto dead = runPackdesk({"webhooks", "list", "--state", "dead", "--order", "acme/1", "--db", fixture.path()});
    ASSERT_EQ(dead.exitCode, 0) << dead.err.toStdString();
    EXPECT_TRUE(dead.out.contains(QLatin1String("order.packed")));
    auto replay = runPackdesk({"webhooks", "replay", "--all-dead", "--db", fixture.path()});
    ASSERT_EQ(replay.exitCode, 0) << replay.err.toStdString();
    EXPECT_EQ(fixture.count("SELECT count(*) FROM outbox WHERE state = 'pending' AND attempts = 0"), 1);
    EXPECT_EQ(runPackdesk({"webhooks", "replay", "msg_nope", "--db", fixture.path()}).exitCode, 1);
}

TEST(SyncWebhooksCli, UsageErrorsExitTwoAndHelpZero)
{
    OutboxDatabase fixture;
    EXPECT_EQ(runPackdesk({"webhooks", "--help"}).exitCode, 0);
    EXPECT_EQ(runPackdesk({"webhooks", "--db", fixture.path()}).exitCode, 2);
    EXPECT_EQ(runPackdesk({"webhooks", "list", "--state", "lost", "--db", fixture.path()}).exitCode, 2);
    EXPECT_EQ(runPackdesk({"webhooks", "replay", "--db", fixture.path()}).exitCode, 2);
    auto badUrl = runPackdesk({"webhooks", "endpoints", "set", "acme", "--url", "not a url", "--new-secret", "--db", fixture.path()});
    EXPECT_EQ(badUrl.exitCode, 1);
    EXPECT_TRUE(badUrl.err.contains(QLatin1String("URL"))) << badUrl.err.toStdString();
}
