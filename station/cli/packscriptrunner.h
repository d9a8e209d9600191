#pragma once

#include "core/packingservice.h"
#include "packscript.h"
#include "scriptclock.h"

#include <QTextStream>

namespace packdesk {

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

private:
    Result<void> runStep(const PackScriptStep& step);
    Result<void> runExpect(const PackScriptStep& step);
    void report(const PackScriptStep& step, const DomainEvents& events);
    /// One transcript line: the script's line number and text, then what happened.
    void writeLine(const PackScriptStep& step, const QString& outcome);
    void noteOutcome(const DomainEvents& events);
    QString currentState() const;

    PackingService& m_service;
    ScriptClock& m_clock;
    QTextStream& m_out;
    std::optional<Error> m_lastError;
    QString m_lastRejectReason;
    QString m_endedState; ///< state of the session that just ended
    int m_ordersPacked = 0;
};

} // namespace packdesk
