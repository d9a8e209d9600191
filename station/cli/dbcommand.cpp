#include "commands.h"
#include "store/sqliteorderstore.h"

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk db migrate [--db PATH]\n"
    "       packdesk db backup FILE [--db PATH]\n"
    "migrate brings the database to this build's schema (opening it does too);\n"
    "backup writes a consistent copy while stations keep working.");
}

int runDbCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("migrate or backup"));
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(QStringLiteral("db needs an action: migrate or backup"));
    const QString action = args.first();
    if (action == QLatin1String("migrate")) {
        if (args.size() != 1)
            return context.usageError(QStringLiteral("db migrate takes no arguments"));
        auto* store = context.openStore();
        if (!store)
            return ExitFailed;
        const auto version = store->schemaVersion();
        if (!version)
            return context.fail(version.error());
        context.out() << QStringLiteral("%1 is at schema version %2\n").arg(store->path()).arg(version.value());
        return ExitOk;
    }
    if (action == QLatin1String("backup")) {
        if (args.size() != 2)
            return context.usageError(QStringLiteral("db backup takes the backup file"));
        auto* store = context.openStore();
        if (!store)
            return ExitFailed;
        if (auto done = store->backupTo(args.at(1)); !done)
            return context.fail(done.error());
        context.out() << QStringLiteral("backed up %1 to %2\n").arg(store->path(), args.at(1));
        return ExitOk;
    }
    return context.usageError(QStringLiteral("unknown db action '%1'").arg(action));
}

} // namespace packdesk::cli
