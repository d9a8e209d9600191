#pragma once

#include "core/signaltower.h"
#include "deviceprofile.h"
#include "modbuslink.h"

namespace packdesk::devices {

/// A light tower / buzzer whose lamps are Modbus coils (TowerProfile).
/// show() writes every fitted coil; lamps the profile lacks are skipped.
class ModbusTower final : public SignalTower
{
public:
    explicit ModbusTower(TowerProfile profile);

    Result<void> show(const TowerSignal& signal) override;

private:
    TowerProfile m_profile;
    ModbusLink m_link;
};

} // namespace packdesk::devices
