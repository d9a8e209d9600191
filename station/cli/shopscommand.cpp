#include "commands.h"
#include "store/shopsettingsjson.h"
#include "store/sqliteorderstore.h"

#include <QFile>
#include <QFileInfo>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk shops set SHOP FILE\n"
    "       packdesk shops show SHOP\n"
    "A shop's packing rules: boxes and their weights, packing materials, the\n"
    "weight tolerance and the quality checklist (docs/shop-settings.md). A shop\n"
    "without its own rules uses the defaults that 'show' prints.");
}

int runShopsCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set or show"));
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
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
        context.out() << QString::fromUtf8(store::ShopSettingsJson::toJson(settings.value())) << QLatin1Char('\n');
        return ExitOk;
    }
    return context.usageError(QStringLiteral("unknown shops action '%1'").arg(args.first()));
}

} // namespace packdesk::cli
