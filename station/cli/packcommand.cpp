#include "commands.h"
#include "core/packingservice.h"
#include "packscriptrunner.h"
#include "store/sqliteorderstore.h"

#include <QFile>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk pack SCRIPT [--station ID] [--db PATH]\n"
    "Drives pack sessions headless from a script of scans, weights and quality\n"
    "answers (docs/pack-script.md); SCRIPT '-' reads standard input. A session\n"
    "this station left open (crash, power cut) is resumed first.");

Result<QString> readScript(const QString& path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{QStringLiteral("script_unreadable"),
                     QStringLiteral("cannot read pack script '%1': %2").arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}
} // namespace

int runPackCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("script"), QStringLiteral("The pack script, or - for stdin."));
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("pack takes exactly one script"));

    auto text = readScript(parser.positionalArguments().first());
    if (!text)
        return context.fail(text.error());
    auto script = PackScript::parse(text.value());
    if (!script)
        return context.usageError(script.error().message);
    auto* store = context.openStore();
    if (!store)
        return ExitFailed;

    ScriptClock clock;
    PackingService service(*store, clock, context.station());
    auto resumed = service.resume();
    if (!resumed)
        return context.fail(resumed.error());
    if (resumed.value()) {
        context.out() << QStringLiteral("resumed order %1 at %2 (%3 of %4 items scanned)\n")
                             .arg(service.session()->order().reference(), toString(service.session()->state()))
                             .arg(service.session()->totalScanned())
                             .arg(service.session()->order().totalItems());
    }
    PackScriptRunner runner(service, clock, context.out());
    const auto ran = runner.run(script.value());
    context.out() << QStringLiteral("%1 order(s) packed at station %2\n").arg(runner.ordersPacked()).arg(context.station());
    context.out().flush();
    if (!ran)
        return context.fail(ran.error());
    return ExitOk;
}

} // namespace packdesk::cli
