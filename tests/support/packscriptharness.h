#pragma once

// A pack script run against an in-memory store: the runner, its service and
// clock, and the transcript it writes. Test fixtures derive from it and add
// their packers, orders and devices.
#include "cli/packscriptrunner.h"
#include "support/memoryorderstore.h"

#include <QString>
#include <QTextStream>

namespace packdesk::testing {

class PackScriptHarness
{
protected:
    Result<void> run(const QString& text)
    {
        auto script = PackScript::parse(text);
        if (!script)
            return script.error();
        return runner.run(script.value());
    }

    MemoryOrderStore store;
    ScriptClock clock;
    PackingService service{store, clock, QStringLiteral("S1")};
    QString transcript;
    QTextStream out{&transcript};
    PackScriptRunner runner{service, clock, out};
};

} // namespace packdesk::testing
