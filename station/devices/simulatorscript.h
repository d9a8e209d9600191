#pragma once

#include "modbussimulator.h"

#include "core/result.h"

#include <QString>

#include <vector>

namespace packdesk::devices {

class ScaleSimulation;

/// One line of a simulator script: at `atMs` after the start, do one thing.
struct SimulatorStep
{
    enum class Kind { Weight, Noise, Settle, Fault };
    int line = 0;
    int atMs = 0;
    Kind kind = Kind::Weight;
    double grams = 0.0;    ///< Weight: the new load; Noise: the amplitude
    int rampMs = 0;        ///< Weight
    int settleMs = 0;      ///< Settle
    SimulatorFault fault = SimulatorFault::None;
    int exceptionCode = 4; ///< Fault exception
    int delayMs = 0;       ///< Fault slow
};

/// A timeline for `packdesk simulate scale --script FILE`, e.g.
///
///     # a parcel is put on, the network drops, comes back
///     noise 3
///     settle 500ms
///     at 0s weight 1250 ramp 800ms
///     at 5s fault disconnect
///     at 7s fault none
///     at 8s fault exception 4
///     at 9s fault slow 300ms
///
/// A line is `[at TIME] COMMAND`; without `at` it happens when the line before
/// it does (the first lines: at the start). Times must not go backwards.
/// COMMAND: `weight GRAMS [ramp DURATION]`, `noise GRAMS`, `settle DURATION`,
/// `fault none|silent|garbage|disconnect`, `fault exception [CODE]`,
/// `fault slow DURATION`. GRAMS may end in `g`; TIME and DURATION need `ms`
/// or `s` (`800ms`, `1.5s`). `#` starts a comment.
struct SimulatorScript
{
    std::vector<SimulatorStep> steps;

    /// Errors (code `script_syntax`) name the line: "line 3: ...".
    static Result<SimulatorScript> parse(const QString& text);
    static Result<SimulatorScript> fromFile(const QString& path);
};

/// What a step does, in script words ("weight 1250 g ramp 800 ms").
QString describe(const SimulatorStep& step);

/// Carries out one step on the running simulation.
void apply(const SimulatorStep& step, ModbusSimulator& simulator, ScaleSimulation& scale);

} // namespace packdesk::devices
