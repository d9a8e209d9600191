#include "modbusscale.h"

#include "registercodec.h"

#include <algorithm>
#include <cmath>

namespace packdesk::devices {

namespace {

// Beyond +-1,000,000 kg no packing-station scale reads anything: the value
// was decoded from the wrong registers or a wrong profile.
constexpr double kAbsurdGrams = 1e9;

ScaleReading::Status statusFor(const Error& error)
{
    if (error.code == QLatin1String("timeout"))
        return ScaleReading::Status::Timeout;
    if (error.code == QLatin1String("device_exception"))
        return ScaleReading::Status::DeviceError;
    if (error.code == QLatin1String("garbage"))
        return ScaleReading::Status::Garbage;
    // "offline" and "invalid_request" (a profile naming an impossible table):
    // there is no usable connection to this scale.
    return ScaleReading::Status::Offline;
}

ScaleReading failed(const Error& error)
{
    ScaleReading reading;
    reading.status = statusFor(error);
    reading.detail = error.message;
    return reading;
}

bool isRegisterArea(ModbusArea area)
{
    return area == ModbusArea::HoldingRegister || area == ModbusArea::InputRegister;
}

} // namespace

ModbusScale::ModbusScale(ScaleProfile profile) : m_profile(std::move(profile)), m_link(m_profile.endpoint) {}

ScaleReading ModbusScale::read()
{
    const WeightRegister& weight = m_profile.weight;
    const int count = weight.registerCount();
    const std::optional<BitLocation>& flag = m_profile.stableFlag;

    // A status word right after the weight (a common indicator layout) is
    // read in the same request: one round trip, and flag and weight come
    // from the same instant. Only when adjacent: a gap could hold addresses
    // the device does not implement (exception 2).
    const bool flagBeside = flag && flag->area == weight.area && flag->address >= weight.address
        && flag->address <= weight.address + count;
    const int span = flagBeside ? std::max(count, flag->address - weight.address + 1) : count;

    auto registers = m_link.readRegisters(weight.area, weight.address, span);
    if (!registers)
        return failed(registers.error());

    ScaleReading reading;
    const double raw = decodeRegisters(registers->data(), weight.type, weight.wordOrder, weight.byteOrder);
    const double grams = weight.toGrams(raw);
    if (!std::isfinite(grams) || std::fabs(grams) > kAbsurdGrams) {
        reading.status = ScaleReading::Status::Garbage;
        reading.detail = QStringLiteral("implausible weight %1 g decoded from register %2 (check the profile's type, "
                                        "word and byte order)")
                             .arg(grams)
                             .arg(weight.address);
        return reading;
    }

    if (flag) {
        bool bit = false;
        if (flagBeside) {
            const std::uint16_t word = registers.value()[static_cast<std::size_t>(flag->address - weight.address)];
            bit = ((word >> flag->bit) & 1U) != 0;
        } else if (isRegisterArea(flag->area)) {
            auto word = m_link.readRegisters(flag->area, flag->address, 1);
            if (!word)
                return failed(word.error());
            bit = ((word->front() >> flag->bit) & 1U) != 0;
        } else {
            auto bits = m_link.readBits(flag->area, flag->address, 1);
            if (!bits)
                return failed(bits.error());
            bit = bits->front();
        }
        reading.hasStableFlag = true;
        reading.deviceStable = flag->activeHigh ? bit : !bit;
    }

    reading.status = ScaleReading::Status::Ok;
    reading.grams = grams;
    return reading;
}

namespace {

Result<void> perform(ModbusLink& link, const std::optional<WriteAction>& action, const char* command)
{
    if (!action)
        return Result<void>::failure(QStringLiteral("not_supported"),
                                     QStringLiteral("this scale's profile has no %1 command").arg(QLatin1String(command)));
    switch (action->area) {
    case ModbusArea::Coil: return link.writeCoil(action->address, action->value != 0);
    case ModbusArea::HoldingRegister:
        if (action->value < 0 || action->value > 0xFFFF)
            return Result<void>::failure(QStringLiteral("invalid_request"),
                                         QStringLiteral("%1 value %2 does not fit a register")
                                             .arg(QLatin1String(command))
                                             .arg(action->value));
        return link.writeRegister(action->address, static_cast<std::uint16_t>(action->value));
    case ModbusArea::DiscreteInput:
    case ModbusArea::InputRegister: break;
    }
    return Result<void>::failure(QStringLiteral("invalid_request"),
                                 QStringLiteral("%1 must write a coil or a holding register").arg(QLatin1String(command)));
}

} // namespace

Result<void> ModbusScale::tare()
{
    return perform(m_link, m_profile.tare, "tare");
}

Result<void> ModbusScale::zero()
{
    return perform(m_link, m_profile.zero, "zero");
}

} // namespace packdesk::devices
