#pragma once

#include "core/domainevent.h"
#include "core/packstate.h"
#include "core/signaltower.h"

namespace packdesk::devices {

/// What the light tower says about the station, at a glance from across
/// the hall: green = packing normally, amber = waiting for the scale,
/// amber+red = blocked until a lead comes, red+buzzer = that scan was wrong.
enum class StationCue {
    Ready,           ///< logged in, no order or packing normally
    AwaitingWeight,  ///< the parcel must go on the scale
    AwaitingLead,    ///< a failed weight check or print waits for a lead's override
    ScanRejected,    ///< momentary: wrong, unknown or surplus item
    OrderPacked,     ///< momentary: the order is complete
    DeviceFault,     ///< the scale (or printer) does not answer
    Off,             ///< nobody logged in
};

/// How long a momentary cue shows before the steady one returns.
int cueHoldMs(StationCue cue); ///< 0 for steady cues

TowerSignal towerSignalFor(StationCue cue);

/// The steady cue for a session in `state`; `blocked` when a check failed
/// and waits for an override (PackSession::awaitingOverride()).
StationCue steadyCue(PackState state, bool blocked);

/// The momentary cue, if any, for the events one command produced.
std::optional<StationCue> momentaryCue(const DomainEvents& events);

} // namespace packdesk::devices
