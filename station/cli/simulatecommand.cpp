#include "commands.h"
#include "signalquitter.h"

#include "devices/deviceprofile.h"
#include "devices/modbussimulator.h"
#include "devices/scalesimulation.h"
#include "devices/simulatorscript.h"
#include "devices/towersimulation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

#include <memory>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk simulate scale --profile FILE [--host H] [--port N] [--serial DEVICE]\n"
    "                               [--weight GRAMS] [--noise G] [--settle MS] [--script FILE]\n"
    "       packdesk simulate tower --profile FILE [--host H] [--port N] [--serial DEVICE]\n"
    "Runs a Modbus device as the profile describes it (deploy/devices/*.json) until\n"
    "Ctrl-C: a scale with its weight registers, stable flag and tare/zero, or a\n"
    "light tower that prints its lamps as a client switches them. TCP profiles\n"
    "listen on the profile's host and port (--port 0: any free port); RTU profiles\n"
    "serve the profile's serial device (or --serial, e.g. one end of a socat pty\n"
    "pair), or TCP when --host or --port is given. A script plays weights and\n"
    "faults over time (docs/devices.md).");

/// Starts `simulator` where the endpoint (with the command line's overrides) says.
/// Returns what to print after "on", or an error.
Result<QString> startServing(devices::ModbusSimulator& simulator, devices::ModbusEndpoint endpoint,
                             const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("serial"))) {
        endpoint.transport = devices::ModbusEndpoint::Transport::Rtu;
        endpoint.serialDevice = parser.value(QStringLiteral("serial"));
    } else if (parser.isSet(QStringLiteral("port")) || parser.isSet(QStringLiteral("host"))) {
        // An RTU profile's registers over TCP: handy on a machine without a serial line.
        endpoint.transport = devices::ModbusEndpoint::Transport::Tcp;
    }
    if (endpoint.transport == devices::ModbusEndpoint::Transport::Rtu) {
        auto started = simulator.startRtu(endpoint.serialDevice, endpoint.baud, endpoint.parity, endpoint.dataBits,
                                          endpoint.stopBits);
        if (!started)
            return started.error();
        return QStringLiteral("%1 RTU %2 %3%4%5")
            .arg(endpoint.serialDevice)
            .arg(endpoint.baud)
            .arg(endpoint.dataBits)
            .arg(QLatin1Char(endpoint.parity))
            .arg(endpoint.stopBits);
    }
    const QString host = parser.isSet(QStringLiteral("host")) ? parser.value(QStringLiteral("host")) : endpoint.host;
    auto port = simulator.startTcp(host, endpoint.port);
    if (!port)
        return port.error();
    return QStringLiteral("%1:%2").arg(host).arg(port.value());
}

int runScale(CliContext& context, const QCommandLineParser& parser, devices::ScaleProfile profile)
{
    bool ok = true;
    const auto number = [&](const char* name, double fallback) {
        if (!parser.isSet(QLatin1String(name)))
            return fallback;
        bool parsed = false;
        const double value = parser.value(QLatin1String(name)).toDouble(&parsed);
        ok = ok && parsed;
        return value;
    };
    const double weight = number("weight", 0.0);
    const double noise = number("noise", 0.0);
    const double settle = number("settle", devices::ScaleSimulation::kDefaultSettleMs);
    if (!ok || noise < 0 || settle < 0)
        return context.usageError(QStringLiteral("--weight, --noise and --settle take numbers (grams, grams, ms)"));
    std::optional<devices::SimulatorScript> script;
    if (parser.isSet(QStringLiteral("script"))) {
        auto loaded = devices::SimulatorScript::fromFile(parser.value(QStringLiteral("script")));
        if (!loaded)
            return context.fail(loaded.error());
        script = std::move(loaded.value());
    }

    // Handlers first: a Ctrl-C right after the banner must still stop cleanly.
    QEventLoop loop;
    SignalQuitter quitter(loop);
    devices::ModbusSimulator simulator(profile.endpoint.unitId);
    devices::ScaleSimulation scale(simulator, profile);
    scale.setNoise(noise);
    scale.setSettleMs(static_cast<int>(settle));
    scale.setWeight(weight);
    scale.start();
    auto where = startServing(simulator, profile.endpoint, parser);
    if (!where)
        return context.fail(where.error());
    context.out() << QStringLiteral("simulating scale '%1' on %2 (unit %3)\n")
                         .arg(profile.name, where.value())
                         .arg(profile.endpoint.unitId);
    context.out().flush();

    if (script) {
        for (const auto& step : script->steps) {
            QTimer::singleShot(step.atMs, &loop, [&context, &simulator, &scale, step] {
                devices::apply(step, simulator, scale);
                context.out() << QStringLiteral("script line %1: %2\n").arg(step.line).arg(devices::describe(step));
                context.out().flush();
            });
        }
    }
    loop.exec();
    scale.stop();
    simulator.stop();
    return ExitOk;
}

int runTower(CliContext& context, const QCommandLineParser& parser, const devices::TowerProfile& profile)
{
    QEventLoop loop;
    SignalQuitter quitter(loop);
    devices::ModbusSimulator simulator(profile.endpoint.unitId);
    devices::TowerSimulation tower(simulator, profile);
    auto where = startServing(simulator, profile.endpoint, parser);
    if (!where)
        return context.fail(where.error());
    context.out() << QStringLiteral("simulating tower '%1' on %2 (unit %3)\n")
                         .arg(profile.name, where.value())
                         .arg(profile.endpoint.unitId);
    context.out().flush();

    // Polling is enough for a person watching; the lamps change a few times a second at most.
    TowerSignal shown = TowerSignal::off();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const TowerSignal now = tower.showing();
        if (now == shown)
            return;
        shown = now;
        context.out() << QStringLiteral("tower: %1\n").arg(toString(now));
        context.out().flush();
    });
    poll.start(50);
    loop.exec();
    simulator.stop();
    return ExitOk;
}
} // namespace

int runSimulateCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("device"), QStringLiteral("scale or tower"));
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Device profile (JSON)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Address to listen on (default: the profile's)."),
                      QStringLiteral("host")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("TCP port (default: the profile's; 0: any free one)."),
                      QStringLiteral("port")});
    parser.addOption({QStringLiteral("serial"), QStringLiteral("Serve Modbus RTU on this serial device instead."),
                      QStringLiteral("device")});
    parser.addOption({QStringLiteral("weight"), QStringLiteral("Scale: the load at the start (default 0)."),
                      QStringLiteral("grams")});
    parser.addOption({QStringLiteral("noise"), QStringLiteral("Scale: random noise of +-G grams (default 0)."),
                      QStringLiteral("grams")});
    parser.addOption({QStringLiteral("settle"),
                      QStringLiteral("Scale: the stable flag rises after the load rested this long (default 500)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("script"), QStringLiteral("Scale: play weights and faults from FILE."),
                      QStringLiteral("file")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args.first() != QLatin1String("scale") && args.first() != QLatin1String("tower")))
        return context.usageError(QStringLiteral("simulate needs a device: scale or tower"));
    if (!parser.isSet(QStringLiteral("profile")))
        return context.usageError(QStringLiteral("simulate %1 needs --profile FILE").arg(args.first()));
    if (!QCoreApplication::instance())
        return context.fail({QStringLiteral("no_event_loop"), QStringLiteral("simulate needs a QCoreApplication")});
    const bool isScale = args.first() == QLatin1String("scale");
    if (!isScale) {
        for (const char* option : {"weight", "noise", "settle", "script"})
            if (parser.isSet(QLatin1String(option)))
                return context.usageError(QStringLiteral("--%1 is for simulate scale").arg(QLatin1String(option)));
    }
    std::optional<int> port;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || *port < 0 || *port > 65535)
            return context.usageError(QStringLiteral("--port takes a number from 0 to 65535"));
    }

    const QString profilePath = parser.value(QStringLiteral("profile"));
    if (isScale) {
        auto profile = devices::ScaleProfile::fromFile(profilePath);
        if (!profile)
            return context.fail(profile.error());
        if (port)
            profile->endpoint.port = *port;
        return runScale(context, parser, std::move(profile.value()));
    }
    auto profile = devices::TowerProfile::fromFile(profilePath);
    if (!profile)
        return context.fail(profile.error());
    if (port)
        profile->endpoint.port = *port;
    return runTower(context, parser, profile.value());
}

} // namespace packdesk::cli
