#pragma once

#include "core/clock.h"

#include <optional>

namespace packdesk {

/// Real time until a script says `at` or `wait`; from then on, script time.
/// Lets a script replay a shift of work with realistic durations in a second.
class ScriptClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_fixed ? *m_fixed : m_system.nowMs(); }
    void set(qint64 ms) { m_fixed = ms; }
    void advance(qint64 ms) { m_fixed = nowMs() + ms; }

private:
    SystemClock m_system;
    std::optional<qint64> m_fixed;
};

} // namespace packdesk
