// Device benchmarks (issue "Devices over Modbus"): a Modbus TCP read round
// trip on loopback, and the time from a weight change on the simulated
// indicator to a stable weight reported by the station's ScaleMonitor.
#include "devices/modbuslink.h"
#include "devices/modbusscale.h"
#include "devices/modbussimulator.h"
#include "devices/scalemonitor.h"
#include "devices/scalesimulation.h"
#include "latencies.h"

#include <QCoreApplication>
#include <QThread>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>

namespace {

using namespace packdesk;
using namespace packdesk::devices;

ScaleProfile indicatorAt(int port, bool withStableFlag)
{
    ScaleProfile profile;
    profile.name = QStringLiteral("bench indicator");
    profile.endpoint.port = port;
    profile.weight.type = ValueType::Int32;
    profile.weight.scale = 0.1;
    if (withStableFlag)
        profile.stableFlag = BitLocation{ModbusArea::HoldingRegister, 2, 0, true};
    profile.stableBandGrams = 2.0;
    profile.stableForMs = 400;
    profile.pollHz = 10;
    return profile;
}

/// One read of the two weight registers, the scale's every poll.
void modbusReadRoundTrip(benchmark::State& state)
{
    ModbusSimulator simulator;
    auto port = simulator.startTcp();
    if (!port) {
        state.SkipWithError(qPrintable(port.error().message));
        return;
    }
    ModbusEndpoint endpoint;
    endpoint.port = port.value();
    ModbusLink link(endpoint);
    bench::Latencies latencies;
    for (auto _ : state) {
        const auto start = bench::Latencies::Clock::now();
        auto registers = link.readRegisters(ModbusArea::HoldingRegister, 0, 2);
        latencies.add(bench::Latencies::Clock::now() - start);
        if (!registers) {
            state.SkipWithError(qPrintable(registers.error().message));
            break;
        }
    }
    latencies.report(state);
}

/// Put a parcel on the plate: how long until the station shows it as a
/// stable weight. With a device flag, the indicator's settle time (300 ms
/// here) dominates; without one, the station's own rule (within 2 g for
/// 400 ms) does. Polling at 10 Hz adds up to 100 ms.
void weightChangeToStable(benchmark::State& state)
{
    const bool withFlag = state.range(0) != 0;
    ModbusSimulator simulator;
    auto port = simulator.startTcp();
    if (!port) {
        state.SkipWithError(qPrintable(port.error().message));
        return;
    }
    const ScaleProfile profile = indicatorAt(port.value(), withFlag);
    ScaleSimulation indicator(simulator, profile);
    indicator.setSettleMs(300);
    indicator.setNoise(0.5);
    indicator.start();
    ScaleMonitor monitor(std::make_unique<ModbusScale>(profile), profile);
    monitor.start();

    bench::Latencies latencies;
    double target = 900;
    for (auto _ : state) {
        target = target == 900 ? 1450 : 900;
        // Let the previous weight be reported stable first.
        QThread::msleep(50);
        const auto start = bench::Latencies::Clock::now();
        indicator.setWeight(target, 150); // a parcel set down over 150 ms
        for (;;) {
            const ScaleStatus status = monitor.latest();
            if (status.stable && status.grams && std::abs(*status.grams - target) < 2.0)
                break;
            if (bench::Latencies::Clock::now() - start > std::chrono::seconds(10)) {
                state.SkipWithError("the weight never became stable");
                return;
            }
            QThread::msleep(1);
        }
        latencies.add(bench::Latencies::Clock::now() - start);
    }
    latencies.report(state);
    monitor.stop();
}

} // namespace

BENCHMARK(modbusReadRoundTrip)->Name("modbusReadRoundTrip")->Unit(benchmark::kMicrosecond)->Iterations(5000);
BENCHMARK(weightChangeToStable)
    ->Name("weightChangeToStable")
    ->ArgName("stableFlag")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // ScaleMonitor's thread and signals
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
