#include "commands.h"
#include "devices/deviceprofile.h"
#include "devices/modbusscale.h"
#include "devices/stableweightreader.h"

#include <QDateTime>

#include <atomic>
#include <csignal>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk scale read --profile FILE [--watch] [--timeout MS]\n"
    "       packdesk scale tare|zero --profile FILE\n"
    "For the technician who sets up a station: reads the scale the device\n"
    "profile describes (docs/devices.md) and prints weight, unit and stability.\n"
    "read waits for a stable weight (default up to 3000 ms; exit 1 if none);\n"
    "--watch prints every reading until Ctrl+C.");

std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
}

QString line(const ScaleReading& reading, bool stable)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    if (!reading.ok())
        return QStringLiteral("%1  weight unknown  (%2)\n").arg(time, devices::describe(reading));
    return QStringLiteral("%1  %2  %3\n")
        .arg(time, devices::describe(reading).rightJustified(10), stable ? QStringLiteral("stable") : QStringLiteral("moving"));
}

int watch(CliContext& context, devices::ModbusScale& scale)
{
    g_interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    while (!g_interrupted) {
        // One-second rounds: the stability state carries over within a round.
        devices::readStableWeight(scale, scale.profile(), 1000, [&](const ScaleReading& reading, bool stable) {
            context.out() << line(reading, stable);
            context.out().flush();
        });
    }
    std::signal(SIGINT, previous);
    return ExitOk;
}
} // namespace

int runScaleCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("read, tare or zero"));
    parser.addOption({QStringLiteral("profile"), QStringLiteral("The scale's device profile (JSON)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("watch"), QStringLiteral("Print every reading until Ctrl+C.")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("How long read waits for a stable weight."),
                      QStringLiteral("ms"), QStringLiteral("3000")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("scale needs one action: read, tare or zero"));
    if (!parser.isSet(QStringLiteral("profile")))
        return context.usageError(QStringLiteral("scale needs --profile FILE"));
    bool validTimeout = false;
    const int timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&validTimeout);
    if (!validTimeout || timeoutMs < 0)
        return context.usageError(QStringLiteral("--timeout takes milliseconds"));

    auto profile = devices::ScaleProfile::fromFile(parser.value(QStringLiteral("profile")));
    if (!profile)
        return context.fail(profile.error());
    devices::ModbusScale scale(profile.value());
    const QString action = args.first();

    if (action == QLatin1String("tare") || action == QLatin1String("zero")) {
        const auto done = action == QLatin1String("tare") ? scale.tare() : scale.zero();
        if (!done)
            return context.fail(done.error());
        context.out() << QStringLiteral("%1 sent to %2\n").arg(action, profile->name);
        return ExitOk;
    }
    if (action != QLatin1String("read"))
        return context.usageError(QStringLiteral("unknown scale action '%1'").arg(action));
    if (parser.isSet(QStringLiteral("watch")))
        return watch(context, scale);

    const devices::StableWeight weight = devices::readStableWeight(scale, profile.value(), timeoutMs);
    context.out() << line(weight.last, weight.stable);
    if (!weight.last.ok())
        return context.fail(Error{QStringLiteral("scale_") + toString(weight.last.status),
                                  QStringLiteral("No weight from %1: %2").arg(profile->name, devices::describe(weight.last))});
    if (!weight.stable)
        return context.fail(Error{QStringLiteral("scale_unstable"),
                                  QStringLiteral("The weight did not settle within %1 ms.").arg(timeoutMs)});
    return ExitOk;
}

} // namespace packdesk::cli
