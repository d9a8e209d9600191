#pragma once

#include "deviceprofile.h"
#include "modbussimulator.h"

#include "core/signaltower.h"

namespace packdesk::devices {

/// A light tower behind a ModbusSimulator: reads back the coils the profile
/// names as the signal the tower shows.
class TowerSimulation
{
public:
    TowerSimulation(ModbusSimulator& simulator, TowerProfile profile);
    TowerSignal showing() const;

private:
    ModbusSimulator& m_simulator;
    TowerProfile m_profile;
};

} // namespace packdesk::devices
