#include "towerpolicy.h"

namespace packdesk::devices {

int cueHoldMs(StationCue cue)
{
    switch (cue) {
    case StationCue::ScanRejected: return 800; // long enough to look up and see it
    case StationCue::OrderPacked: return 300;
    default: return 0;
    }
}

TowerSignal towerSignalFor(StationCue cue)
{
    switch (cue) {
    case StationCue::Ready: return {true, false, false, false};
    case StationCue::AwaitingWeight: return {false, true, false, false};
    case StationCue::AwaitingLead: return {false, true, true, false};
    case StationCue::ScanRejected: return {false, false, true, true};
    case StationCue::OrderPacked: return {true, false, false, true};
    case StationCue::DeviceFault: return {false, true, true, true};
    case StationCue::Off: return TowerSignal::off();
    }
    return TowerSignal::off();
}

StationCue steadyCue(PackState state, bool blocked)
{
    if (blocked)
        return StationCue::AwaitingLead;
    return state == PackState::Weighing ? StationCue::AwaitingWeight : StationCue::Ready;
}

std::optional<StationCue> momentaryCue(const DomainEvents& events)
{
    for (const DomainEvent& event : events) {
        if (event.type == EventTypes::ScanRejected)
            return StationCue::ScanRejected;
        if (event.type == EventTypes::OrderPacked)
            return StationCue::OrderPacked;
    }
    return std::nullopt;
}

} // namespace packdesk::devices
