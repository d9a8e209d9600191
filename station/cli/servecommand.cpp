#include "commands.h"
#include "signalquitter.h"
#include "dashboard/dashboardroutes.h"
#include "store/sqliteorderstore.h"
#include "sync/deliveryservice.h"
#include "sync/httpapiserver.h"
#include "sync/orderapiroutes.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk serve [--listen ADDRESS] [--port N] [--max-body BYTES] [--max-header BYTES]\n"
    "                      [--timeout-ms MS]\n"
    "Runs the shops' order API (POST /api/v1/orders, GET /api/v1/orders/SHOP/NUMBER;\n"
    "docs/api.md), the leads' dashboard (/dashboard; docs/dashboard.md) and the\n"
    "webhook sender that tells shops about packed orders (docs/webhooks.md)\n"
    "until SIGTERM or SIGINT. Listens on loopback by default: put nginx\n"
    "in front for TLS (deploy/reverse-proxy.md). Port 0 picks a free port; the\n"
    "address is printed either way. Tokens: packdesk shops token create SHOP.");

constexpr int kDrainTimeoutMs = 10'000;

bool positiveNumber(const QString& text, qint64* out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out > 0;
}
} // namespace

int runServeCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                      QStringLiteral("address"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one (default 8080)."),
                      QStringLiteral("n"), QStringLiteral("8080")});
    parser.addOption({QStringLiteral("max-body"),
                      QStringLiteral("Largest request body in bytes (default 1048576)."),
                      QStringLiteral("bytes"), QStringLiteral("1048576")});
    parser.addOption({QStringLiteral("max-header"),
                      QStringLiteral("Largest request line + headers in bytes (default 16384)."),
                      QStringLiteral("bytes"), QStringLiteral("16384")});
    parser.addOption(
        {QStringLiteral("timeout-ms"),
         QStringLiteral(
             "A request must arrive within this; idle connections close after it (default 30000)."),
         QStringLiteral("ms"), QStringLiteral("30000")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("serve takes no arguments"));

    const QHostAddress address(parser.value(QStringLiteral("listen")));
    if (address.isNull())
        return context.usageError(QStringLiteral("--listen needs an IP address, e.g. 127.0.0.1"));
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return context.usageError(QStringLiteral("--port needs a number from 0 to 65535"));
    sync::RequestLimits limits;
    qint64 maxHeader = 0;
    qint64 timeoutMs = 0;
    if (!positiveNumber(parser.value(QStringLiteral("max-body")), &limits.maxBodyBytes) ||
        !positiveNumber(parser.value(QStringLiteral("max-header")), &maxHeader) ||
        !positiveNumber(parser.value(QStringLiteral("timeout-ms")), &timeoutMs) || timeoutMs > 3'600'000)
        return context.usageError(
            QStringLiteral("--max-body, --max-header and --timeout-ms need positive numbers"));
    limits.maxHeadBytes = qsizetype(maxHeader);
    limits.requestTimeoutMs = int(timeoutMs);

    // Migrates the schema before the API's own connection opens it.
    if (!context.openStore())
        return ExitFailed;

    QEventLoop loop;
    SignalQuitter stopSignals(loop);
    sync::HttpApiServer server(limits);
    auto routes = sync::OrderApiRoutes::install(server, context.databasePath());
    if (!routes)
        return context.fail(routes.error());
    auto dashboardRoutes = dashboard::DashboardRoutes::install(server, context.databasePath());
    if (!dashboardRoutes)
        return context.fail(dashboardRoutes.error());
    auto listening = server.start(address, quint16(port));
    if (!listening)
        return context.fail(listening.error());

    // The webhook sender delivers the outbox on its own thread (docs/webhooks.md).
    auto webhooks = sync::DeliveryService::start(context.databasePath());
    if (!webhooks)
        return context.fail(webhooks.error());

    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]").arg(address.toString())
                              : address.toString();
    context.out()
        << QStringLiteral("packdesk serve: listening on http://%1:%2\n").arg(where).arg(listening.value());
    context.out().flush();

    loop.exec();

    // Finish what was accepted, refuse what is new, then close the database.
    context.err() << QStringLiteral("packdesk serve: stopping\n");
    context.err().flush();
    server.stopAccepting();
    if (server.requestsInFlight() > 0) {
        QEventLoop drain;
        QObject::connect(&server, &sync::HttpApiServer::drained, &drain, &QEventLoop::quit);
        QTimer::singleShot(kDrainTimeoutMs, &drain, &QEventLoop::quit);
        drain.exec();
    }
    routes.value().reset(); // the worker finishes its queue and closes its connection
    dashboardRoutes.value().reset();
    webhooks.value()->stop(); // requests in flight finish (or time out); nothing queued is lost
    context.out() << QStringLiteral("packdesk serve: stopped\n");
    return ExitOk;
}

} // namespace packdesk::cli
