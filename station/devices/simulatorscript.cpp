#include "simulatorscript.h"

#include "scalesimulation.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace packdesk::devices {

namespace {

Error syntaxError(int line, const QString& message)
{
    return {QStringLiteral("script_syntax"), QStringLiteral("line %1: %2").arg(line).arg(message)};
}

/// "800ms", "1.5s" -> milliseconds.
std::optional<int> parseDuration(const QString& token)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s)$"));
    const auto match = pattern.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble() * (match.captured(2) == QLatin1String("s") ? 1000.0 : 1.0);
    if (value > 24.0 * 3600 * 1000) // a day: anything longer is a typo
        return std::nullopt;
    return static_cast<int>(std::lround(value));
}

/// "1250", "1250g", "-3.5" -> grams.
std::optional<double> parseGrams(const QString& token)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?\\d+(?:\\.\\d+)?)g?$"));
    const auto match = pattern.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}

QString formatMs(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1s").arg(ms / 1000) : QStringLiteral("%1ms").arg(ms);
}

/// Parses COMMAND (the tokens after `at TIME`) into `step`; returns the problem or an empty string.
QString parseCommand(const QStringList& tokens, SimulatorStep& step)
{
    if (tokens.isEmpty())
        return QStringLiteral("expected a command after the time");
    const QString command = tokens.first();
    const QStringList args = tokens.mid(1);
    if (command == QLatin1String("weight")) {
        step.kind = SimulatorStep::Kind::Weight;
        const auto grams = args.isEmpty() ? std::nullopt : parseGrams(args.first());
        if (!grams)
            return QStringLiteral("weight needs grams, e.g. 'weight 1250'");
        step.grams = *grams;
        if (args.size() == 1)
            return {};
        const auto ramp = args.size() == 3 && args.at(1) == QLatin1String("ramp") ? parseDuration(args.at(2)) : std::nullopt;
        if (!ramp)
            return QStringLiteral("expected 'ramp DURATION' after the weight, e.g. 'ramp 800ms'");
        step.rampMs = *ramp;
        return {};
    }
    if (command == QLatin1String("noise")) {
        step.kind = SimulatorStep::Kind::Noise;
        const auto grams = args.size() == 1 ? parseGrams(args.first()) : std::nullopt;
        if (!grams || *grams < 0)
            return QStringLiteral("noise needs an amplitude in grams, e.g. 'noise 3'");
        step.grams = *grams;
        return {};
    }
    if (command == QLatin1String("settle")) {
        step.kind = SimulatorStep::Kind::Settle;
        const auto ms = args.size() == 1 ? parseDuration(args.first()) : std::nullopt;
        if (!ms)
            return QStringLiteral("settle needs a duration, e.g. 'settle 500ms'");
        step.settleMs = *ms;
        return {};
    }
    if (command != QLatin1String("fault"))
        return QStringLiteral("unknown command '%1' (weight, noise, settle or fault)").arg(command);

    step.kind = SimulatorStep::Kind::Fault;
    const QString mode = args.value(0);
    const QStringList rest = args.mid(1);
    static const std::pair<const char*, SimulatorFault> kPlain[] = {
        {"none", SimulatorFault::None},
        {"silent", SimulatorFault::Silent},
        {"garbage", SimulatorFault::Garbage},
        {"disconnect", SimulatorFault::Disconnect},
    };
    for (const auto& [name, fault] : kPlain) {
        if (mode == QLatin1String(name)) {
            step.fault = fault;
            return rest.isEmpty() ? QString() : QStringLiteral("fault %1 takes nothing more").arg(mode);
        }
    }
    if (mode == QLatin1String("exception")) {
        step.fault = SimulatorFault::Exception;
        if (rest.isEmpty())
            return {};
        bool ok = false;
        const int code = rest.first().toInt(&ok);
        if (rest.size() != 1 || !ok || code < 1 || code > 255)
            return QStringLiteral("fault exception takes a code from 1 to 255, e.g. 'fault exception 4'");
        step.exceptionCode = code;
        return {};
    }
    if (mode == QLatin1String("slow")) {
        step.fault = SimulatorFault::Slow;
        const auto ms = rest.size() == 1 ? parseDuration(rest.first()) : std::nullopt;
        if (!ms)
            return QStringLiteral("fault slow needs a delay, e.g. 'fault slow 300ms'");
        step.delayMs = *ms;
        return {};
    }
    return QStringLiteral("unknown fault '%1' (none, silent, slow, exception, garbage or disconnect)").arg(mode);
}

} // namespace

Result<SimulatorScript> SimulatorScript::parse(const QString& text)
{
    SimulatorScript script;
    const QStringList lines = text.split(QLatin1Char('\n'));
    int now = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = lines.at(i);
        if (const auto hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        QStringList tokens = line.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        SimulatorStep step;
        step.line = lineNumber;
        step.atMs = now;
        if (tokens.first() == QLatin1String("at")) {
            const auto at = tokens.size() > 1 ? parseDuration(tokens.at(1)) : std::nullopt;
            if (!at)
                return syntaxError(lineNumber, QStringLiteral("'at' needs a time since the start, e.g. 'at 5s'"));
            if (*at < now)
                return syntaxError(lineNumber, QStringLiteral("time %1 is before the line above (%2); times must not go backwards")
                                                   .arg(formatMs(*at), formatMs(now)));
            step.atMs = now = *at;
            tokens = tokens.mid(2);
        }
        if (const QString problem = parseCommand(tokens, step); !problem.isEmpty())
            return syntaxError(lineNumber, problem);
        script.steps.push_back(step);
    }
    return script;
}

Result<SimulatorScript> SimulatorScript::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("script_unreadable"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    auto script = parse(QString::fromUtf8(file.readAll()));
    if (!script)
        return Error{script.error().code, path + QStringLiteral(", ") + script.error().message};
    return script;
}

QString describe(const SimulatorStep& step)
{
    switch (step.kind) {
    case SimulatorStep::Kind::Weight:
        return step.rampMs > 0 ? QStringLiteral("weight %1 ramp %2").arg(step.grams).arg(formatMs(step.rampMs))
                               : QStringLiteral("weight %1").arg(step.grams);
    case SimulatorStep::Kind::Noise: return QStringLiteral("noise %1").arg(step.grams);
    case SimulatorStep::Kind::Settle: return QStringLiteral("settle %1").arg(formatMs(step.settleMs));
    case SimulatorStep::Kind::Fault: break;
    }
    switch (step.fault) {
    case SimulatorFault::None: return QStringLiteral("fault none");
    case SimulatorFault::Silent: return QStringLiteral("fault silent");
    case SimulatorFault::Slow: return QStringLiteral("fault slow %1").arg(formatMs(step.delayMs));
    case SimulatorFault::Exception: return QStringLiteral("fault exception %1").arg(step.exceptionCode);
    case SimulatorFault::Garbage: return QStringLiteral("fault garbage");
    case SimulatorFault::Disconnect: return QStringLiteral("fault disconnect");
    }
    return {};
}

void apply(const SimulatorStep& step, ModbusSimulator& simulator, ScaleSimulation& scale)
{
    switch (step.kind) {
    case SimulatorStep::Kind::Weight: scale.setWeight(step.grams, step.rampMs); break;
    case SimulatorStep::Kind::Noise: scale.setNoise(step.grams); break;
    case SimulatorStep::Kind::Settle: scale.setSettleMs(step.settleMs); break;
    case SimulatorStep::Kind::Fault: simulator.setFault(step.fault, step.exceptionCode, step.delayMs); break;
    }
}

} // namespace packdesk::devices
