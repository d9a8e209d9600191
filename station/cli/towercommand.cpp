#include "commands.h"
#include "devices/deviceprofile.h"
#include "devices/modbustower.h"

#include <QThread>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk tower test --profile FILE [--step-ms MS]\n"
    "For the technician who sets up a station: lights green, amber and red one\n"
    "after the other, sounds the buzzer briefly, then turns everything off, so\n"
    "each lamp can be checked against the device profile (docs/devices.md).");
}

int runTowerCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("test"));
    parser.addOption({QStringLiteral("profile"), QStringLiteral("The tower's device profile (JSON)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("step-ms"), QStringLiteral("How long each lamp stays on."), QStringLiteral("ms"),
                      QStringLiteral("700")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args != QStringList{QStringLiteral("test")})
        return context.usageError(QStringLiteral("tower takes one action: test"));
    if (!parser.isSet(QStringLiteral("profile")))
        return context.usageError(QStringLiteral("tower needs --profile FILE"));
    bool validStep = false;
    const int stepMs = parser.value(QStringLiteral("step-ms")).toInt(&validStep);
    if (!validStep || stepMs < 0)
        return context.usageError(QStringLiteral("--step-ms takes milliseconds"));

    auto profile = devices::TowerProfile::fromFile(parser.value(QStringLiteral("profile")));
    if (!profile)
        return context.fail(profile.error());
    devices::ModbusTower tower(profile.value());
    const TowerSignal steps[] = {{true, false, false, false}, {false, true, false, false},
                                 {false, false, true, false}, {false, false, false, true}, TowerSignal::off()};
    for (const TowerSignal& signal : steps) {
        if (auto shown = tower.show(signal); !shown)
            return context.fail(shown.error());
        context.out() << QStringLiteral("tower: %1\n").arg(toString(signal));
        context.out().flush();
        if (signal != TowerSignal::off())
            QThread::msleep(static_cast<unsigned long>(signal.buzzer ? std::min(stepMs, 200) : stepMs));
    }
    return ExitOk;
}

} // namespace packdesk::cli
