#include "packscriptrunner.h"

#include "devices/stableweightreader.h"
#include "devices/towerpolicy.h"
#include "scanning/scaninterpreter.h"

#include <cmath>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

namespace packdesk {

namespace {
Error syntax(const QString& message)
{
    return Error{QStringLiteral("script_syntax"), message};
}

/// "45s", "2m", "1h", "500ms" -> milliseconds.
std::optional<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(ms|s|m|h)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 factor = unit == QLatin1String("ms") ? 1
                          : unit == QLatin1String("s") ? 1000
                          : unit == QLatin1String("m") ? 60'000
                                                       : 3'600'000;
    return value * factor;
}

Result<QualityRecord> parseQuality(const QStringList& args)
{
    QualityRecord record;
    QString photo;
    for (const QString& arg : args) {
        const auto eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return syntax(QStringLiteral("quality answers are key=ok or key=defect:kind, got '%1'").arg(arg));
        const QString key = arg.left(eq);
        const QString value = arg.mid(eq + 1);
        if (key == QLatin1String("note")) {
            record.note = value;
        } else if (key == QLatin1String("photo")) {
            photo = value;
        } else if (value == QLatin1String("ok") || value == QLatin1String("pass")) {
            record.answers.push_back({key, true, {}});
        } else if (value.startsWith(QLatin1String("defect:"))) {
            record.answers.push_back({key, false, value.mid(7)});
        } else {
            return syntax(QStringLiteral("'%1' must be ok or defect:<kind>").arg(key));
        }
    }
    if (!photo.isEmpty()) {
        QFile file(photo);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("photo_unreadable"), QStringLiteral("cannot read photo '%1'").arg(photo)};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        record.photoPath = photo;
        record.photoSha256 = QString::fromLatin1(hash.result().toHex());
    }
    return record;
}

QString terminalStateOf(const DomainEvents& events)
{
    for (const auto& event : events) {
        if (event.type == EventTypes::OrderPacked)
            return QStringLiteral("packed");
        if (event.type == EventTypes::OrderException)
            return QStringLiteral("exception");
        if (event.type == EventTypes::SessionCancelled)
            return QStringLiteral("cancelled");
    }
    return {};
}

Result<void> asVoid(const Result<DomainEvents>& result)
{
    if (!result)
        return result.error();
    return {};
}
} // namespace

PackScriptRunner::PackScriptRunner(PackingService& service, ScriptClock& clock, QTextStream& out)
    : m_service(service), m_clock(clock), m_out(out)
{
}

QString PackScriptRunner::currentState() const
{
    if (m_service.session())
        return toString(m_service.session()->state());
    return m_endedState.isEmpty() ? QStringLiteral("idle") : m_endedState;
}

void PackScriptRunner::noteOutcome(const DomainEvents& events)
{
    const QString ended = terminalStateOf(events);
    if (!ended.isEmpty())
        m_endedState = ended;
    else if (m_service.session())
        m_endedState.clear();
    if (ended == QLatin1String("packed"))
        ++m_ordersPacked;
}

void PackScriptRunner::writeLine(const PackScriptStep& step, const QString& outcome)
{
    m_out << QStringLiteral("%1  %2  %3\n").arg(step.lineNumber, 3).arg(step.text, -40).arg(outcome);
    m_out.flush();
}

void PackScriptRunner::report(const PackScriptStep& step, const DomainEvents& events)
{
    QStringList types;
    for (const auto& event : events)
        types << event.type;
    writeLine(step, QStringLiteral("-> %1 [%2]").arg(currentState(), types.join(QLatin1Char(','))));
}

Result<void> PackScriptRunner::run(const PackScript& script)
{
    for (const auto& step : script.steps()) {
        if (step.verb == QLatin1String("expect")) {
            if (auto checked = runExpect(step); !checked)
                return Error{checked.error().code,
                             QStringLiteral("line %1: %2").arg(step.lineNumber).arg(checked.error().message)};
            continue;
        }
        if (m_lastError)
            return Error{m_lastError->code, m_lastError->message};
        m_lastRejectReason.clear();
        m_stepEvents.clear();
        const auto ran = runStep(step);
        if (!ran) {
            writeLine(step, QStringLiteral("!! %1 (%2)").arg(ran.error().message, ran.error().code));
            m_lastError = Error{ran.error().code,
                                QStringLiteral("line %1: %2").arg(step.lineNumber).arg(ran.error().message)};
        }
        if (m_devices.tower && step.verb != QLatin1String("at") && step.verb != QLatin1String("wait"))
            signalTower(step, m_stepEvents, !ran.ok());
    }
    if (m_lastError)
        return Error{m_lastError->code, m_lastError->message};
    return {};
}

Result<void> PackScriptRunner::runExpect(const PackScriptStep& step)
{
    const QString what = step.args.at(0);
    const QString wanted = step.args.at(1);
    QString actual;
    if (what == QLatin1String("error")) {
        actual = m_lastError ? m_lastError->code : QStringLiteral("none");
        if (actual == wanted)
            m_lastError.reset(); // the failure was the point of the test
    } else if (what == QLatin1String("state")) {
        actual = currentState();
    } else if (what == QLatin1String("rejected")) {
        actual = m_lastRejectReason.isEmpty() ? QStringLiteral("none") : m_lastRejectReason;
    } else if (what == QLatin1String("tower")) {
        actual = m_lastTowerSignal;
    } else {
        return syntax(QStringLiteral("expect takes state, rejected, error or tower, not '%1'").arg(what));
    }
    if (actual != wanted)
        return Error{QStringLiteral("expectation_failed"),
                     QStringLiteral("expected %1 %2, but it is %3").arg(what, wanted, actual)};
    return {};
}

Result<void> PackScriptRunner::runStep(const PackScriptStep& step)
{
    const QString& verb = step.verb;
    const QStringList& args = step.args;
    auto finish = [&](const Result<DomainEvents>& result) -> Result<void> {
        if (result) {
            m_stepEvents = result.value();
            noteOutcome(result.value());
            report(step, result.value());
        }
        return asVoid(result);
    };

    if (verb == QLatin1String("at")) {
        const QDateTime at = QDateTime::fromString(args.at(0), Qt::ISODate);
        if (!at.isValid())
            return syntax(QStringLiteral("'%1' is not an ISO 8601 time").arg(args.at(0)));
        m_clock.set(at.toMSecsSinceEpoch());
        return {};
    }
    if (verb == QLatin1String("wait")) {
        const auto ms = parseDuration(args.at(0));
        if (!ms)
            return syntax(QStringLiteral("'%1' is not a duration like 45s, 2m or 500ms").arg(args.at(0)));
        m_clock.advance(*ms);
        return {};
    }
    if (verb == QLatin1String("login")) {
        auto packer = m_service.login(args.at(0), args.value(1));
        if (!packer)
            return packer.error();
        writeLine(step, QStringLiteral("-> logged in (%1)").arg(packer->locale));
        return {};
    }
    if (verb == QLatin1String("logout"))
        return m_service.logout();
    if (verb == QLatin1String("scan")) {
        // What a scanner sends, AIM identifier and GS1 included; <GS> stands
        // for the group separator a script cannot hold.
        QString raw = args.at(0);
        raw.replace(QLatin1String("<GS>"), QString(QChar(scanning::kGroupSeparator)));
        auto scanned = scanning::interpretScan(raw);
        if (!scanned)
            return scanned.error();
        auto outcome = m_service.scan(scanned->productText());
        if (!outcome)
            return outcome.error();
        m_lastRejectReason = outcome->rejectReason;
        return finish(outcome->events);
    }
    if (verb == QLatin1String("box"))
        return finish(m_service.chooseBox(args.at(0)));
    if (verb == QLatin1String("place")) {
        if (!m_devices.placeOnScale)
            return syntax(QStringLiteral("place needs a simulated scale (packdesk demo)"));
        bool isNumber = false;
        const double grams = args.at(0).toDouble(&isNumber);
        if (!isNumber || grams < 0)
            return syntax(QStringLiteral("place takes grams, not '%1'").arg(args.at(0)));
        m_devices.placeOnScale(grams);
        return {};
    }
    if (verb == QLatin1String("weigh")) {
        if (args.at(0) == QLatin1String("scale"))
            return finish(weighOnScale(step));
        if (args.at(0) == QLatin1String("unknown"))
            return finish(m_service.recordWeight(std::nullopt));
        bool isNumber = false;
        const int grams = args.at(0).toInt(&isNumber);
        if (!isNumber)
            return syntax(QStringLiteral("weigh takes grams, 'scale' or 'unknown', not '%1'").arg(args.at(0)));
        return finish(m_service.recordWeight(grams));
    }
    if (verb == QLatin1String("quality")) {
        auto record = parseQuality(args);
        if (!record)
            return record.error();
        return finish(m_service.recordQuality(record.value()));
    }
    if (verb == QLatin1String("print")) {
        if (args.isEmpty()) {
            // For real: the documents go to the printer the command was given.
            if (!m_devices.printer)
                return syntax(QStringLiteral("print without ok or failed needs a printer: pack --print-dir DIR "
                                             "or --printers FILE"));
            if (!m_service.session())
                return Error{QStringLiteral("no_session"), QStringLiteral("No order is open to print for.")};
            const QStringList documents{QStringLiteral("card"), QStringLiteral("return_label")};
            const Result<void> printed = m_devices.printer->print(m_service.session()->order(), documents);
            if (printed)
                return finish(m_service.printFinished(documents));
            if (auto recorded = finish(m_service.printFailed(printed.error().code)); !recorded)
                return recorded;
            return printed.error(); // like `print failed`, plus an error a script can expect
        }
        if (args.at(0) == QLatin1String("ok")) {
            const QStringList documents = args.size() > 1 ? args.mid(1)
                                                          : QStringList{QStringLiteral("card"),
                                                                        QStringLiteral("return_label")};
            return finish(m_service.printFinished(documents));
        }
        if (args.at(0) == QLatin1String("failed"))
            return finish(m_service.printFailed(args.mid(1).join(QLatin1Char(' '))));
        return syntax(QStringLiteral("print takes ok or failed"));
    }
    if (verb == QLatin1String("override")) {
        QStringList rest = args.mid(1);
        QString pin;
        std::optional<int> grams;
        while (!rest.isEmpty() && (rest.first().startsWith(QLatin1String("pin="))
                                   || rest.first().startsWith(QLatin1String("grams=")))) {
            const QString option = rest.takeFirst();
            if (option.startsWith(QLatin1String("pin="))) {
                pin = option.mid(4);
                continue;
            }
            bool isNumber = false;
            grams = option.mid(6).toInt(&isNumber);
            if (!isNumber)
                return syntax(QStringLiteral("grams= takes a whole number of grams, not '%1'").arg(option.mid(6)));
        }
        return finish(m_service.approveOverride(args.at(0), pin, rest.join(QLatin1Char(' ')), grams));
    }
    if (verb == QLatin1String("complete"))
        return finish(m_service.complete());
    const QString note = args.join(QLatin1Char(' '));
    if (verb == QLatin1String("short-pick"))
        return finish(m_service.raiseException(ExceptionReason::ShortPick, note));
    if (verb == QLatin1String("damaged"))
        return finish(m_service.raiseException(ExceptionReason::DamagedItem, note));
    if (verb == QLatin1String("wrong-item"))
        return finish(m_service.raiseException(ExceptionReason::WrongItem, note));
    if (verb == QLatin1String("cancel"))
        return finish(m_service.cancel(note));
    return syntax(QStringLiteral("unknown command '%1'").arg(verb));
}

Result<DomainEvents> PackScriptRunner::weighOnScale(const PackScriptStep& step)
{
    if (!m_devices.scale)
        return syntax(QStringLiteral("weigh scale needs a scale: run pack with --scale-profile FILE"));
    const devices::StableWeight weight =
        devices::readStableWeight(*m_devices.scale, m_devices.scaleProfile, m_devices.scaleTimeoutMs);
    if (weight.last.ok() && weight.stable) {
        writeLine(step, QStringLiteral("   scale: %1 stable").arg(devices::describe(weight.last)));
        return m_service.recordWeight(static_cast<int>(std::lround(*weight.last.grams)));
    }
    // No stable weight: the check is recorded as unknown and blocks until a
    // re-weigh passes or a lead overrides (and may enter the weight).
    writeLine(step, QStringLiteral("   scale: %1").arg(weight.last.ok() ? QStringLiteral("did not settle")
                                                                      : devices::describe(weight.last)));
    return m_service.recordWeight(std::nullopt);
}

void PackScriptRunner::signalTower(const PackScriptStep& step, const DomainEvents& events, bool failed)
{
    using devices::StationCue;
    std::optional<StationCue> cue = failed ? std::optional(StationCue::ScanRejected) : devices::momentaryCue(events);
    if (!cue) {
        const PackSession* session = m_service.session();
        if (!m_service.packer())
            cue = StationCue::Off;
        else if (!session)
            cue = StationCue::Ready;
        else
            cue = devices::steadyCue(session->state(), session->awaitingOverride());
    }
    const TowerSignal signal = devices::towerSignalFor(*cue);
    if (auto shown = m_devices.tower->show(signal); !shown) {
        writeLine(step, QStringLiteral("   tower: %1 (%2)").arg(shown.error().message, shown.error().code));
        m_lastTowerSignal = QStringLiteral("unknown");
        return;
    }
    m_lastTowerSignal = toString(signal);
}

} // namespace packdesk
