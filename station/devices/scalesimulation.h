#pragma once

#include "deviceprofile.h"
#include "modbussimulator.h"

#include <cstdint>
#include <memory>

namespace packdesk::devices {

/// A weighing indicator behind a ModbusSimulator: it owns a thread that
/// updates the weight every 20 ms and writes it into the registers where
/// the profile says (type, word and byte order, scale, unit), with the
/// stable flag if the profile has one, and honours tare/zero writes.
///
/// The stable flag follows the noiseless load (a real indicator filters noise
/// below its stable band): it drops when the load starts to move and rises
/// once it has not moved for settleMs. Tare and zero both make the current
/// load read 0 (the simulation keeps one offset; it does not model gross/net
/// or a zero range). A tare/zero coil is reset to 0 afterwards, like a
/// momentary command; a command register keeps what was written.
/// The simulation installs the simulator's write observer while it runs.
class ScaleSimulation
{
public:
    ScaleSimulation(ModbusSimulator& simulator, ScaleProfile profile, std::uint32_t noiseSeed = 1);
    ~ScaleSimulation(); ///< stops

    void start();
    void stop();

    /// The load on the plate moves to `grams` linearly over `rampMs`.
    void setWeight(double grams, int rampMs = 0);
    /// Random noise of +-amplitude on every update (a fan, a vibrating bench).
    void setNoise(double amplitudeGrams);
    /// The device raises its stable flag once the load stopped moving for this long.
    void setSettleMs(int ms);
    /// What a tare command does (also what a client's tare write triggers).
    void tare();

    /// What the display shows (after tare), and whether the flag is up.
    double displayedGrams() const;
    bool stable() const;
    /// The load on the plate without noise or tare.
    double loadGrams() const;

    static constexpr int kDefaultSettleMs = 500;
    static constexpr int kTickMs = 20;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace packdesk::devices
