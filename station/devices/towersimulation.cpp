#include "towersimulation.h"

namespace packdesk::devices {

TowerSimulation::TowerSimulation(ModbusSimulator& simulator, TowerProfile profile)
    : m_simulator(simulator), m_profile(std::move(profile))
{
}

TowerSignal TowerSimulation::showing() const
{
    // A lamp that is not fitted (-1) never shows, whatever a client wrote.
    const auto lamp = [this](int coil) { return coil >= 0 && m_simulator.coil(coil); };
    TowerSignal signal;
    signal.green = lamp(m_profile.greenCoil);
    signal.amber = lamp(m_profile.amberCoil);
    signal.red = lamp(m_profile.redCoil);
    signal.buzzer = lamp(m_profile.buzzerCoil);
    return signal;
}

} // namespace packdesk::devices
