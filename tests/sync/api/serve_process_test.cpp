// `packdesk serve` as a process: started with QProcess on port 0, used over
// real HTTP, stopped by its pid with SIGTERM.
#include "apitesting.h"

#include <QProcess>
#include <QRegularExpression>
#include <csignal>

using namespace packdesk::sync::testing;

namespace {
QString runPackdesk(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PACKDESK_BINARY), arguments);
    process.waitForFinished(30'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

TEST(SyncApiServe, ServesOrdersAndStopsCleanlyOnSigterm)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("serve.db"));
    const QString created =
        runPackdesk({QStringLiteral("shops"), QStringLiteral("token"), QStringLiteral("create"),
                     QStringLiteral("nordlys"), QStringLiteral("--label"), QStringLiteral("test"),
                     QStringLiteral("--db"), db});
    const QRegularExpressionMatch token =
        QRegularExpression(QStringLiteral("(pdk_[A-Za-z0-9_-]{43})")).match(created);
    ASSERT_TRUE(token.hasMatch()) << created.toStdString();
    const QString listed = runPackdesk({QStringLiteral("shops"), QStringLiteral("token"),
                                        QStringLiteral("list"), QStringLiteral("--db"), db});
    EXPECT_TRUE(listed.contains(QStringLiteral("nordlys")));
    EXPECT_FALSE(listed.contains(token.captured(1))) << "the list never shows a secret";

    QProcess serve;
    serve.setProcessChannelMode(QProcess::SeparateChannels);
    serve.start(QStringLiteral(PACKDESK_BINARY), {QStringLiteral("serve"), QStringLiteral("--db"), db,
                                                  QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(serve.waitForStarted());
    QByteArray out;
    ASSERT_TRUE(waitUntil([&] {
        out += serve.readAllStandardOutput();
        return out.contains('\n');
    }));
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(out));
    ASSERT_TRUE(port.hasMatch()) << out.toStdString();
    const quint16 portNumber = quint16(port.captured(1).toUInt());
    const QByteArray bearer = "Bearer " + token.captured(1).toLatin1();

    const HttpResult posted =
        httpRequest(portNumber, "POST", QStringLiteral("/api/v1/orders"), orderJson("nordlys", "NL-77"),
                    {{"Content-Type", "application/json"}, {"Authorization", bearer}});
    EXPECT_EQ(posted.status, 201) << posted.body.toStdString();
    const HttpResult status = httpRequest(portNumber, "GET", QStringLiteral("/api/v1/orders/nordlys/NL-77"),
                                          {}, {{"Authorization", bearer}});
    EXPECT_EQ(status.json.value("status").toString(), "ready");

    ::kill(pid_t(serve.processId()), SIGTERM);
    ASSERT_TRUE(serve.waitForFinished(15'000));
    EXPECT_EQ(serve.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(serve.exitCode(), 0);
    out += serve.readAllStandardOutput();
    EXPECT_TRUE(out.contains("stopped")) << out.toStdString();
    const QByteArray log = serve.readAllStandardError();
    EXPECT_TRUE(log.contains("POST /api/v1/orders 201")) << log.toStdString();
    EXPECT_FALSE(log.contains("Ingrid")) << "no personal data in the log";

    const QString shown = runPackdesk({QStringLiteral("orders"), QStringLiteral("show"),
                                       QStringLiteral("NL-77"), QStringLiteral("--db"), db});
    EXPECT_TRUE(shown.contains(QStringLiteral("NL-77"))) << shown.toStdString();
}
