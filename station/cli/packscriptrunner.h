#pragma once

#include "core/documentprinter.h"
#include "core/packingservice.h"
#include "core/scale.h"
#include "core/signaltower.h"
#include "devices/deviceprofile.h"
#include "packscript.h"
#include "scriptclock.h"

#include <QTextStream>

#include <functional>

namespace packdesk {

/// The station's devices a script may use; each may be missing.
struct ScriptDevices
{
    Scale* scale = nullptr;            ///< for `weigh scale`
    devices::ScaleProfile scaleProfile; ///< poll rate and stability rules
    int scaleTimeoutMs = 3000;         ///< how long `weigh scale` waits for a stable weight
    SignalTower* tower = nullptr;      ///< shown the station's cue after every step
    /// For `place GRAMS`: puts a parcel on a simulated scale (demo, tests).
    std::function<void(double grams)> placeOnScale;
    /// For `print` without ok/failed: prints the card and the return label
    /// for real (a folder or CUPS, `pack --print-dir/--printers`).
    DocumentPrinter* printer = nullptr;
};

/// Runs a PackScript against the packing service, writing one transcript
/// line per step. Stops at the first failure that the script did not expect.
class PackScriptRunner
{
public:
    PackScriptRunner(PackingService& service, ScriptClock& clock, QTextStream& out);

    /// Ok when every step ran (or failed as expected); otherwise the error of
    /// the step that stopped the run, its message prefixed with the line.
    Result<void> run(const PackScript& script);

    int ordersPacked() const { return m_ordersPacked; }
    void setDevices(ScriptDevices devices) { m_devices = std::move(devices); }

private:
    Result<void> runStep(const PackScriptStep& step);
    Result<void> runExpect(const PackScriptStep& step);
    void report(const PackScriptStep& step, const DomainEvents& events);
    /// One transcript line: the script's line number and text, then what happened.
    void writeLine(const PackScriptStep& step, const QString& outcome);
    void noteOutcome(const DomainEvents& events);
    QString currentState() const;
    Result<DomainEvents> weighOnScale(const PackScriptStep& step);
    /// Lights the tower for what the step did; a tower that fails is
    /// reported in the transcript but never stops packing.
    void signalTower(const PackScriptStep& step, const DomainEvents& events, bool failed);

    PackingService& m_service;
    ScriptClock& m_clock;
    QTextStream& m_out;
    std::optional<Error> m_lastError;
    QString m_lastRejectReason;
    QString m_endedState; ///< state of the session that just ended
    int m_ordersPacked = 0;
    ScriptDevices m_devices;
    QString m_lastTowerSignal = QStringLiteral("none");
    DomainEvents m_stepEvents; ///< what the current step produced, for the tower
};

} // namespace packdesk
