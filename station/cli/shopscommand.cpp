#include "commands.h"
#include "store/migrations.h"
#include "store/shopsettingsjson.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteorderstore.h"
#include "sync/apitokens.h"
#include "texttable.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace packdesk::cli {

namespace {
const QString kUsage =
    QStringLiteral("Usage: packdesk shops set SHOP FILE\n"
                   "       packdesk shops show SHOP\n"
                   "       packdesk shops token create SHOP [--label TEXT]\n"
                   "       packdesk shops token list\n"
                   "       packdesk shops token revoke ID\n"
                   "A shop's packing rules: boxes and their weights, packing materials, the\n"
                   "weight tolerance and the quality checklist (docs/shop-settings.md). A shop\n"
                   "without its own rules uses the defaults that 'show' prints.\n"
                   "A shop's API tokens for the order API (docs/api.md): 'create' prints the\n"
                   "token once (only its hash is stored); 'revoke' stops it at once.");

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

int runTokenAction(CliContext& context, const QStringList& args, const QString& label)
{
    if (args.size() < 2)
        return context.usageError(QStringLiteral("shops token needs an action: create, list or revoke"));
    // The token table is used on a connection of its own.
    auto db = store::Migrations::openMigrated(context.databasePath());
    if (!db)
        return context.fail(db.error());
    sync::ApiTokens tokens(*db.value());
    const QString& action = args.at(1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (action == QLatin1String("create")) {
        static const QRegularExpression shopCode(QStringLiteral("^[a-z0-9_-]{1,40}$"));
        if (args.size() != 3 || !shopCode.match(args.at(2).trimmed()).hasMatch())
            return context.usageError(
                QStringLiteral("shops token create takes SHOP: 1-40 characters of a-z, 0-9, _ and -"));
        auto created = tokens.create(args.at(2).trimmed(), label, now);
        if (!created)
            return context.fail(created.error());
        context.out() << QStringLiteral(
                             "token %1 for shop %2 (shown only now; store it in the shop's settings):\n%3\n")
                             .arg(created->id)
                             .arg(args.at(2).trimmed(), created->token);
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        auto all = tokens.list();
        if (!all)
            return context.fail(all.error());
        TextTable table({QStringLiteral("id"), QStringLiteral("shop"), QStringLiteral("label"),
                         QStringLiteral("created"), QStringLiteral("state")});
        for (const auto& token : all.value())
            table.addRow({QString::number(token.id), token.shop, token.label, timeText(token.createdAtMs),
                          token.revokedAtMs ? QStringLiteral("revoked %1").arg(timeText(*token.revokedAtMs))
                                            : QStringLiteral("active")});
        table.print(context.out());
        return ExitOk;
    }
    if (action == QLatin1String("revoke")) {
        bool numeric = false;
        const qint64 id = args.size() == 3 ? args.at(2).toLongLong(&numeric) : 0;
        if (!numeric)
            return context.usageError(
                QStringLiteral("shops token revoke takes the token's ID (see 'shops token list')"));
        auto revoked = tokens.revoke(id, now);
        if (!revoked)
            return context.fail(revoked.error());
        if (!revoked.value())
            return context.fail(
                {QStringLiteral("token_not_found"),
                 QStringLiteral("There is no active token %1; 'shops token list' shows them.").arg(id)});
        context.out() << QStringLiteral("revoked token %1\n").arg(id);
        return ExitOk;
    }
    return context.usageError(QStringLiteral("unknown shops token action '%1'").arg(action));
}
} // namespace

int runShopsCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set, show or token"));
    parser.addOption({QStringLiteral("label"), QStringLiteral("token create: what the token is for."),
                      QStringLiteral("text")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.first() == QLatin1String("token"))
        return runTokenAction(context, args, parser.value(QStringLiteral("label")));
    if (args.size() < 2)
        return context.usageError(QStringLiteral("shops needs an action and a shop"));

    if (args.first() == QLatin1String("set")) {
        if (args.size() != 3)
            return context.usageError(QStringLiteral("shops set takes SHOP and FILE"));
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail({QStringLiteral("file_unreadable"),
                                 QStringLiteral("cannot read %1: %2").arg(args.at(2), file.errorString())});
        auto settings = store::ShopSettingsJson::fromJson(args.at(1), file.readAll());
        if (!settings)
            return context.fail(settings.error());
        auto* store = context.openStore();
        if (!store)
            return ExitFailed;
        if (auto saved = store->saveShopSettings(settings.value()); !saved)
            return context.fail(saved.error());
        context.out() << QStringLiteral("saved packing rules for %1\n").arg(args.at(1));
        return ExitOk;
    }
    if (args.first() == QLatin1String("show")) {
        auto* store = context.openStore();
        if (!store)
            return ExitFailed;
        auto settings = store->shopSettings(args.at(1));
        if (!settings)
            return context.fail(settings.error());
        context.out() << QString::fromUtf8(store::ShopSettingsJson::toJson(settings.value()))
                      << QLatin1Char('\n');
        return ExitOk;
    }
    return context.usageError(QStringLiteral("unknown shops action '%1'").arg(args.first()));
}

} // namespace packdesk::cli
