#include "modbustower.h"

#include <algorithm>
#include <vector>

namespace packdesk::devices {

ModbusTower::ModbusTower(TowerProfile profile) : m_profile(std::move(profile)), m_link(m_profile.endpoint) {}

Result<void> ModbusTower::show(const TowerSignal& signal)
{
    struct Coil
    {
        int address;
        bool on;
    };
    std::vector<Coil> coils;
    const auto fit = [&coils](int address, bool on) {
        if (address >= 0)
            coils.push_back({address, on});
    };
    fit(m_profile.greenCoil, signal.green);
    fit(m_profile.amberCoil, signal.amber);
    fit(m_profile.redCoil, signal.red);
    fit(m_profile.buzzerCoil, signal.buzzer);
    if (coils.empty())
        return {};

    std::sort(coils.begin(), coils.end(), [](const Coil& a, const Coil& b) { return a.address < b.address; });
    bool contiguous = true;
    for (std::size_t i = 1; i < coils.size(); ++i)
        contiguous = contiguous && coils[i].address == coils[i - 1].address + 1;

    // One request when the lamps sit side by side (the usual I/O module
    // wiring): the tower changes all at once instead of lamp by lamp.
    if (contiguous && coils.size() > 1) {
        std::vector<bool> values;
        for (const Coil& coil : coils)
            values.push_back(coil.on);
        return m_link.writeCoils(coils.front().address, values);
    }
    for (const Coil& coil : coils) {
        if (auto written = m_link.writeCoil(coil.address, coil.on); !written)
            return written;
    }
    return {};
}

} // namespace packdesk::devices
