#include "scalesimulation.h"

#include "registercodec.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

namespace packdesk::devices {

namespace {
using Clock = std::chrono::steady_clock;

bool matches(const std::optional<WriteAction>& action, bool isCoil, int address, int value)
{
    if (!action || action->address != address)
        return false;
    if (action->area == ModbusArea::Coil)
        return isCoil && (value != 0) == (action->value != 0);
    return !isCoil && action->area == ModbusArea::HoldingRegister && value == action->value;
}
} // namespace

struct ScaleSimulation::State
{
    ModbusSimulator& simulator;
    ScaleProfile profile;

    mutable std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::thread thread;

    std::mt19937 random;
    double noise = 0.0;
    int settleMs = kDefaultSettleMs;

    // The ramp: from `from` at rampStart to `target` at rampStart + rampMs.
    double from = 0.0;
    double target = 0.0;
    Clock::time_point rampStart = Clock::now();
    int rampMs = 0;

    double load = 0.0;
    Clock::time_point lastMoved = Clock::now();
    double offset = 0.0;
    double displayed = 0.0;
    bool stable = false;

    State(ModbusSimulator& simulator, ScaleProfile profile, std::uint32_t seed)
        : simulator(simulator), profile(std::move(profile)), random(seed)
    {
    }

    /// Advances the load to `now` and writes the registers. Caller holds `mutex`.
    void update(Clock::time_point now);
    void writeWeight(double grams);
    void writeFlag(bool on);
    void onWrite(bool isCoil, int address, int value);
};

void ScaleSimulation::State::update(Clock::time_point now)
{
    const double elapsed = std::chrono::duration<double, std::milli>(now - rampStart).count();
    const double fraction = rampMs <= 0 ? 1.0 : std::clamp(elapsed / rampMs, 0.0, 1.0);
    const double next = from + (target - from) * fraction;
    if (std::abs(next - load) > 1e-9) {
        load = next;
        lastMoved = now;
    }
    const bool nowStable = now - lastMoved >= std::chrono::milliseconds(settleMs);
    double sample = 0.0;
    if (noise > 0.0)
        sample = std::uniform_real_distribution<double>(-noise, noise)(random);
    displayed = load + sample - offset;

    // A client reading weight and flag between the two writes must never see
    // the flag up on a weight that is still moving: drop it first, raise it last.
    if (!nowStable)
        writeFlag(false);
    writeWeight(displayed);
    if (nowStable)
        writeFlag(true);
    stable = nowStable;
}

void ScaleSimulation::State::writeWeight(double grams)
{
    const WeightRegister& weight = profile.weight;
    const auto words = encodeRegisters(weight.fromGrams(grams), weight.type, weight.wordOrder, weight.byteOrder);
    const std::vector<std::uint16_t> values(words.begin(), words.begin() + weight.registerCount());
    if (weight.area == ModbusArea::InputRegister)
        simulator.setInputRegisters(weight.address, values);
    else
        simulator.setHoldingRegisters(weight.address, values);
}

void ScaleSimulation::State::writeFlag(bool on)
{
    // Written on every update, not only on change: a client may have
    // overwritten the status word, and a real device would put it back.
    if (!profile.stableFlag)
        return;
    const BitLocation& flag = *profile.stableFlag;
    const bool level = on == flag.activeHigh;
    switch (flag.area) {
    case ModbusArea::Coil: simulator.setCoil(flag.address, level); break;
    case ModbusArea::DiscreteInput: simulator.setDiscreteInput(flag.address, level); break;
    case ModbusArea::HoldingRegister: simulator.setHoldingRegisterBit(flag.address, flag.bit, level); break;
    case ModbusArea::InputRegister: simulator.setInputRegisterBit(flag.address, flag.bit, level); break;
    }
}

void ScaleSimulation::State::onWrite(bool isCoil, int address, int value)
{
    const bool isTare = matches(profile.tare, isCoil, address, value);
    const bool isZero = matches(profile.zero, isCoil, address, value);
    if (!isTare && !isZero)
        return;
    {
        std::lock_guard lock(mutex);
        offset = load;
        update(Clock::now());
    }
    // A momentary command: the device clears the coil once it has acted.
    if (isCoil && value != 0)
        simulator.setCoil(address, false);
}

ScaleSimulation::ScaleSimulation(ModbusSimulator& simulator, ScaleProfile profile, std::uint32_t noiseSeed)
    : m_state(std::make_unique<State>(simulator, std::move(profile), noiseSeed))
{
}

ScaleSimulation::~ScaleSimulation()
{
    stop();
}

void ScaleSimulation::start()
{
    State& state = *m_state;
    if (state.thread.joinable())
        return;
    {
        std::lock_guard lock(state.mutex);
        state.stopping = false;
        state.update(Clock::now());
    }
    state.simulator.setWriteObserver([&state](bool isCoil, int address, int value) {
        state.onWrite(isCoil, address, value);
    });
    state.thread = std::thread([&state] {
        std::unique_lock lock(state.mutex);
        while (!state.stopping) {
            state.wake.wait_for(lock, std::chrono::milliseconds(kTickMs));
            if (!state.stopping)
                state.update(Clock::now());
        }
    });
}

void ScaleSimulation::stop()
{
    State& state = *m_state;
    if (!state.thread.joinable())
        return;
    // First the observer: once this returns no tare is running on the server thread.
    state.simulator.setWriteObserver(nullptr);
    {
        std::lock_guard lock(state.mutex);
        state.stopping = true;
    }
    state.wake.notify_all();
    state.thread.join();
}

void ScaleSimulation::setWeight(double grams, int rampMs)
{
    std::lock_guard lock(m_state->mutex);
    const auto now = Clock::now();
    m_state->update(now); // the ramp starts from where the load is now
    m_state->from = m_state->load;
    m_state->target = grams;
    m_state->rampStart = now;
    m_state->rampMs = std::max(rampMs, 0);
    // A ramp is movement from its first instant, before the load has changed.
    if (std::abs(grams - m_state->load) > 1e-9)
        m_state->lastMoved = now;
    m_state->update(now);
}

void ScaleSimulation::setNoise(double amplitudeGrams)
{
    std::lock_guard lock(m_state->mutex);
    m_state->noise = std::max(std::abs(amplitudeGrams), 0.0);
}

void ScaleSimulation::setSettleMs(int ms)
{
    std::lock_guard lock(m_state->mutex);
    m_state->settleMs = std::max(ms, 0);
}

void ScaleSimulation::tare()
{
    std::lock_guard lock(m_state->mutex);
    m_state->offset = m_state->load;
    m_state->update(Clock::now());
}

double ScaleSimulation::displayedGrams() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->displayed;
}

bool ScaleSimulation::stable() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->stable;
}

double ScaleSimulation::loadGrams() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->load;
}

} // namespace packdesk::devices
