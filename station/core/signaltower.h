#pragma once

#include "result.h"

#include <QString>

namespace packdesk {

/// What the light tower on the station shows: each lamp on or off, and the
/// buzzer.
struct TowerSignal
{
    bool green = false;
    bool amber = false;
    bool red = false;
    bool buzzer = false;

    friend bool operator==(const TowerSignal&, const TowerSignal&) = default;
    static TowerSignal off() { return {}; }
};

QString toString(const TowerSignal& signal); ///< "green", "red+buzzer", "off"

/// The station's light tower / buzzer (port). Calls block on I/O.
class SignalTower
{
public:
    virtual ~SignalTower() = default;
    virtual Result<void> show(const TowerSignal& signal) = 0;
};

} // namespace packdesk
