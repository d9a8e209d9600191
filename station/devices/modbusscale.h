#pragma once

#include "core/scale.h"
#include "deviceprofile.h"
#include "modbuslink.h"

namespace packdesk::devices {

/// A scale behind a Modbus weighing indicator, read as its ScaleProfile says.
/// read() maps ModbusLink errors to ScaleReading statuses
/// (offline -> Offline, timeout -> Timeout, device_exception -> DeviceError,
/// garbage -> Garbage) and a non-finite or absurd value (NaN, beyond
/// +-1,000,000 kg) to Garbage.
class ModbusScale final : public Scale
{
public:
    explicit ModbusScale(ScaleProfile profile);

    ScaleReading read() override;
    Result<void> tare() override;
    Result<void> zero() override;

    const ScaleProfile& profile() const { return m_profile; }

private:
    ScaleProfile m_profile;
    ModbusLink m_link;
};

} // namespace packdesk::devices
