#include "commands.h"
#include "store/sqliteorderstore.h"
#include "texttable.h"

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk packers add BADGE --name NAME [--locale LANG] [--lead] [--pin PIN]\n"
    "       packdesk packers list\n"
    "A packer logs in by scanning BADGE; the station speaks LANG (en, nl, de, nb,\n"
    "fr) while they are logged in. Leads approve overrides and see the figures:\n"
    "they need a PIN; for packers it is optional.");
}

int runPackersCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add or list"));
    parser.addOption({QStringLiteral("name"), QStringLiteral("The packer's name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("locale"), QStringLiteral("Language (default en)."), QStringLiteral("lang"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("lead"), QStringLiteral("A fulfilment lead (may approve overrides).")});
    parser.addOption({QStringLiteral("pin"), QStringLiteral("PIN asked after the badge."), QStringLiteral("pin")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(QStringLiteral("packers needs an action: add or list"));

    if (args.first() == QLatin1String("add")) {
        if (args.size() != 2 || parser.value(QStringLiteral("name")).trimmed().isEmpty())
            return context.usageError(QStringLiteral("packers add takes BADGE and --name"));
        auto* store = context.openStore();
        if (!store)
            return ExitFailed;
        const Packer packer{args.at(1), parser.value(QStringLiteral("name")).trimmed(),
                            parser.value(QStringLiteral("locale")), parser.isSet(QStringLiteral("lead"))};
        if (auto saved = store->upsertPacker(packer, parser.value(QStringLiteral("pin"))); !saved)
            return context.fail(saved.error());
        context.out() << QStringLiteral("saved %1 %2\n").arg(packer.isLead ? QStringLiteral("lead") : QStringLiteral("packer"), packer.badge);
        return ExitOk;
    }
    if (args.first() == QLatin1String("list")) {
        auto* store = context.openStore();
        if (!store)
            return ExitFailed;
        auto packers = store->packers();
        if (!packers)
            return context.fail(packers.error());
        TextTable table({QStringLiteral("badge"), QStringLiteral("name"), QStringLiteral("locale"), QStringLiteral("role")});
        for (const auto& packer : packers.value())
            table.addRow({packer.badge, packer.name, packer.locale,
                          packer.isLead ? QStringLiteral("lead") : QStringLiteral("packer")});
        table.print(context.out());
        return ExitOk;
    }
    return context.usageError(QStringLiteral("unknown packers action '%1'").arg(args.first()));
}

} // namespace packdesk::cli
