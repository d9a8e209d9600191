#include "commands.h"
#include "texttable.h"

#include "store/migrations.h"
#include "store/sqlitedatabase.h"
#include "sync/outboxqueue.h"
#include "sync/webhookendpoints.h"
#include "sync/webhooksender.h"
#include "sync/webhooksigner.h"

#include <QDateTime>
#include <QEventLoop>

#include <csignal>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk webhooks endpoints set SHOP --url URL [--secret whsec_...|--new-secret] [--rotate]\n"
    "       packdesk webhooks endpoints list|enable SHOP|disable SHOP|retire-secret SHOP\n"
    "       packdesk webhooks list [--state pending|delivered|dead] [--order SHOP/NUMBER] [--limit N]\n"
    "       packdesk webhooks replay ID|--all-dead\n"
    "       packdesk webhooks send [--once] [--retry-delays MS,MS,...] [--timeout MS] [--concurrency N]\n"
    "Signed webhooks to the shops (docs/webhooks.md). --rotate adds the new secret\n"
    "beside the current one (both sign) until `endpoints retire-secret`. `send`\n"
    "runs the sender in the foreground; with --once it returns when nothing is\n"
    "pending for an enabled endpoint (dead letters stay for `replay`).");

QEventLoop* g_sendLoop = nullptr;

void onInterrupt(int)
{
    if (g_sendLoop)
        QMetaObject::invokeMethod(g_sendLoop, "quit", Qt::QueuedConnection);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString time(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
}

std::unique_ptr<store::SqliteDatabase> openDatabase(CliContext& context)
{
    auto db = store::Migrations::openMigrated(context.databasePath());
    if (!db) {
        context.fail(db.error());
        return nullptr;
    }
    return std::move(db.value());
}

int endpoints(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const QString action = args.value(1);
    auto db = openDatabase(context);
    if (!db)
        return ExitFailed;
    sync::WebhookEndpoints table(*db);
    if (action == QLatin1String("list")) {
        auto all = table.all();
        if (!all)
            return context.fail(all.error());
        TextTable out({QStringLiteral("shop"), QStringLiteral("url"), QStringLiteral("state"), QStringLiteral("secrets")});
        for (const auto& e : all.value()) {
            QStringList secrets;
            for (const QString& secret : e.secrets)
                secrets << sync::WebhookEndpoints::masked(secret);
            out.addRow({e.shop, e.url, e.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled: ") + e.disabledReason,
                        secrets.join(QLatin1Char(' '))});
        }
        out.print(context.out());
        return ExitOk;
    }
    if (args.size() != 3)
        return context.usageError(QStringLiteral("webhooks endpoints %1 takes SHOP").arg(action));
    const QString shop = args.at(2);
    if (action == QLatin1String("set")) {
        if (!parser.isSet(QStringLiteral("url")))
            return context.usageError(QStringLiteral("endpoints set needs --url URL"));
        if (parser.isSet(QStringLiteral("secret")) && parser.isSet(QStringLiteral("new-secret")))
            return context.usageError(QStringLiteral("give --secret or --new-secret, not both"));
        QString secret = parser.value(QStringLiteral("secret"));
        if (parser.isSet(QStringLiteral("new-secret")))
            secret = sync::WebhookSigner::generateSecret();
        if (parser.isSet(QStringLiteral("rotate")) && secret.isEmpty())
            return context.usageError(QStringLiteral("--rotate needs --secret or --new-secret"));
        if (auto saved = table.set(shop, parser.value(QStringLiteral("url")), secret, parser.isSet(QStringLiteral("rotate")), now());
            !saved)
            return context.fail(saved.error());
        context.out() << QStringLiteral("saved endpoint of %1\n").arg(shop);
        // A generated secret is shown once, for the shop's side; never again.
        if (parser.isSet(QStringLiteral("new-secret")))
            context.out() << QStringLiteral("secret: %1\n").arg(secret);
        return ExitOk;
    }
    Result<void> done;
    if (action == QLatin1String("enable") || action == QLatin1String("disable"))
        done = table.setEnabled(shop, action == QLatin1String("enable"), now());
    else if (action == QLatin1String("retire-secret"))
        done = table.retireOldSecrets(shop, now());
    else
        return context.usageError(QStringLiteral("unknown endpoints action '%1'").arg(action));
    if (!done)
        return context.fail(done.error());
    context.out() << QStringLiteral("%1: %2\n").arg(shop, action);
    return ExitOk;
}

int list(CliContext& context, const QCommandLineParser& parser)
{
    const QString state = parser.value(QStringLiteral("state"));
    if (!state.isEmpty() && !QStringList{"pending", "delivered", "dead"}.contains(state))
        return context.usageError(QStringLiteral("--state is pending, delivered or dead"));
    bool validLimit = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&validLimit);
    if (!validLimit || limit <= 0)
        return context.usageError(QStringLiteral("--limit takes a positive number"));
    auto db = openDatabase(context);
    if (!db)
        return ExitFailed;
    auto rows = sync::OutboxQueue(*db).list(state, parser.value(QStringLiteral("order")), limit);
    if (!rows)
        return context.fail(rows.error());
    TextTable out({QStringLiteral("id"), QStringLiteral("message id"), QStringLiteral("order"), QStringLiteral("type"),
                   QStringLiteral("state"), QStringLiteral("attempts"), QStringLiteral("last"), QStringLiteral("created"),
                   QStringLiteral("next / delivered")});
    for (const auto& m : rows.value()) {
        const QString last = m.lastStatus ? QString::number(m.lastStatus) : (m.lastError.isEmpty() ? QStringLiteral("-") : QStringLiteral("error"));
        out.addRow({QString::number(m.id), m.messageId, m.orderKey, m.type, m.state, QString::number(m.attempts), last,
                    time(m.createdAtMs), time(m.state == QLatin1String("delivered") ? m.deliveredAtMs : m.nextAttemptAtMs)});
    }
    out.print(context.out());
    return ExitOk;
}

int replay(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const bool allDead = parser.isSet(QStringLiteral("all-dead"));
    if (allDead == (args.size() == 2))
        return context.usageError(QStringLiteral("webhooks replay takes one ID or --all-dead"));
    auto db = openDatabase(context);
    if (!db)
        return ExitFailed;
    sync::OutboxQueue queue(*db);
    auto count = allDead ? queue.replayAllDead(now()) : queue.replay(args.at(1), now());
    if (!count)
        return context.fail(count.error());
    if (!allDead && count.value() == 0)
        return context.fail(Error{QStringLiteral("not_replayable"),
                                  QStringLiteral("No dead or delivered webhook has the id %1.").arg(args.at(1))});
    context.out() << QStringLiteral("%1 webhook(s) queued again\n").arg(count.value());
    return ExitOk;
}

int send(CliContext& context, const QCommandLineParser& parser)
{
    sync::DeliveryOptions options;
    if (parser.isSet(QStringLiteral("retry-delays"))) {
        options.retryDelaysMs.clear();
        for (const QString& part : parser.value(QStringLiteral("retry-delays")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            options.retryDelaysMs.push_back(part.toLongLong(&ok));
            if (!ok || options.retryDelaysMs.back() < 0)
                return context.usageError(QStringLiteral("--retry-delays takes milliseconds separated by commas"));
        }
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("timeout")))
        options.responseTimeoutMs = options.connectTimeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || options.responseTimeoutMs <= 0)
        return context.usageError(QStringLiteral("--timeout takes milliseconds"));
    if (parser.isSet(QStringLiteral("concurrency")))
        options.concurrentRequestsPerEndpoint = parser.value(QStringLiteral("concurrency")).toInt(&ok);
    if (!ok || options.concurrentRequestsPerEndpoint <= 0)
        return context.usageError(QStringLiteral("--concurrency takes a positive number"));
    auto db = openDatabase(context);
    if (!db)
        return ExitFailed;
    sync::WebhookSender sender(std::move(db), options);
    QEventLoop loop;
    if (parser.isSet(QStringLiteral("once")))
        QObject::connect(&sender, &sync::WebhookSender::drained, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    g_sendLoop = &loop;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QMetaObject::invokeMethod(&sender, &sync::WebhookSender::poll, Qt::QueuedConnection);
    loop.exec();
    // Let the requests in flight end (up to their timeouts) so their answers are recorded.
    QEventLoop drainLoop;
    QObject::connect(&sender, &sync::WebhookSender::stopped, &drainLoop, &QEventLoop::quit, Qt::QueuedConnection);
    sender.beginStop();
    drainLoop.exec();
    g_sendLoop = nullptr;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    context.out() << QStringLiteral("delivered %1, failed attempts %2\n").arg(sender.delivered()).arg(sender.failedAttempts());
    if (!sender.lastError().isEmpty())
        return context.fail(Error{QStringLiteral("storage"), sender.lastError()});
    return ExitOk;
}
} // namespace

int runWebhooksCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("endpoints, list, replay or send"));
    parser.addOptions({
        {QStringLiteral("url"), QStringLiteral("The shop's webhook URL."), QStringLiteral("url")},
        {QStringLiteral("secret"), QStringLiteral("A whsec_ signing secret agreed with the shop."), QStringLiteral("secret")},
        {QStringLiteral("new-secret"), QStringLiteral("Generate a signing secret (printed once).")},
        {QStringLiteral("rotate"), QStringLiteral("Keep the current secret active beside the new one.")},
        {QStringLiteral("state"), QStringLiteral("pending, delivered or dead."), QStringLiteral("state")},
        {QStringLiteral("order"), QStringLiteral("Only this order (SHOP/NUMBER)."), QStringLiteral("order")},
        {QStringLiteral("limit"), QStringLiteral("Rows listed at most."), QStringLiteral("n"), QStringLiteral("100")},
        {QStringLiteral("all-dead"), QStringLiteral("Replay every dead letter.")},
        {QStringLiteral("once"), QStringLiteral("Return when nothing is left to send.")},
        {QStringLiteral("retry-delays"), QStringLiteral("Retry schedule (tests)."), QStringLiteral("ms,ms,...")},
        {QStringLiteral("timeout"), QStringLiteral("Connect and response timeout."), QStringLiteral("ms")},
        {QStringLiteral("concurrency"), QStringLiteral("Requests per endpoint at once."), QStringLiteral("n")},
    });
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("endpoints")) {
        if (args.size() < 2)
            return context.usageError(QStringLiteral("webhooks endpoints needs set, list, enable, disable or retire-secret"));
        return endpoints(context, parser, args);
    }
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, parser);
    if (action == QLatin1String("replay"))
        return replay(context, parser, args);
    if (action == QLatin1String("send") && args.size() == 1)
        return send(context, parser);
    if (action.isEmpty())
        return context.usageError(QStringLiteral("webhooks needs an action: endpoints, list, replay or send"));
    return context.usageError(QStringLiteral("unknown or malformed webhooks action '%1'").arg(args.join(QLatin1Char(' '))));
}

} // namespace packdesk::cli
