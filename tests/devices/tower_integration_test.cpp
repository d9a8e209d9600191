// ModbusTower against the simulator over TCP on loopback: the coils the
// device holds follow show(), for contiguous and scattered wiring.

#include "devices/modbussimulator.h"
#include "devices/modbustower.h"
#include "devices/towersimulation.h"

#include <gtest/gtest.h>

#include <QThread>

#include <vector>

using namespace packdesk;
using namespace packdesk::devices;

namespace {

TowerProfile loopbackTower(int port, int green, int amber, int red, int buzzer)
{
    TowerProfile profile;
    profile.name = QStringLiteral("test tower");
    profile.endpoint.host = QStringLiteral("127.0.0.1");
    profile.endpoint.port = port;
    profile.endpoint.responseTimeoutMs = 150;
    profile.greenCoil = green;
    profile.amberCoil = amber;
    profile.redCoil = red;
    profile.buzzerCoil = buzzer;
    return profile;
}

// The simulator counts a request once it has answered it, so the count may
// trail the client by a moment: wait for it to settle, then compare.
std::uint64_t requestsSince(const ModbusSimulator& simulator, std::uint64_t before, std::uint64_t expected)
{
    for (int i = 0; i < 100 && simulator.requestsServed() - before < expected; ++i)
        QThread::msleep(5);
    QThread::msleep(20); // room for a surplus request to show up as well
    return simulator.requestsServed() - before;
}

std::vector<TowerSignal> signalSequence()
{
    return {
        TowerSignal{true, false, false, false},  TowerSignal{false, true, false, false},
        TowerSignal{false, false, true, true},   TowerSignal{true, true, true, true},
        TowerSignal{false, true, false, true},   TowerSignal::off(),
    };
}

TEST(TowerIntegration, ContiguousCoilsFollowShowInOneRequestEach)
{
    ModbusSimulator simulator;
    const Result<int> port = simulator.startTcp();
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    const TowerProfile profile = loopbackTower(port.value(), 0, 1, 2, 3);
    TowerSimulation device(simulator, profile);
    ModbusTower tower(profile);

    for (const TowerSignal& signal : signalSequence()) {
        const std::uint64_t before = simulator.requestsServed();
        const Result<void> shown = tower.show(signal);
        ASSERT_TRUE(shown.ok()) << shown.error().message.toStdString();
        EXPECT_EQ(device.showing(), signal) << "wanted " << toString(signal).toStdString() << ", device shows "
                                            << toString(device.showing()).toStdString();
        EXPECT_EQ(requestsSince(simulator, before, 1), 1u) << "side-by-side lamps change in one request";
    }
}

TEST(TowerIntegration, ScatteredCoilsAreWrittenOneByOneAndMissingLampsSkipped)
{
    ModbusSimulator simulator;
    const Result<int> port = simulator.startTcp();
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    // No buzzer fitted; lamps on coils 9, 4 and 17.
    const TowerProfile profile = loopbackTower(port.value(), 9, 4, 17, -1);
    TowerSimulation device(simulator, profile);
    ModbusTower tower(profile);

    for (const TowerSignal& signal : signalSequence()) {
        const std::uint64_t before = simulator.requestsServed();
        const Result<void> shown = tower.show(signal);
        ASSERT_TRUE(shown.ok()) << shown.error().message.toStdString();
        TowerSignal expected = signal;
        expected.buzzer = false;
        EXPECT_EQ(device.showing(), expected) << toString(device.showing()).toStdString();
        EXPECT_EQ(simulator.coil(9), signal.green);
        EXPECT_EQ(simulator.coil(4), signal.amber);
        EXPECT_EQ(simulator.coil(17), signal.red);
        EXPECT_EQ(requestsSince(simulator, before, 3), 3u);
    }
    // The coils between the lamps were never touched.
    EXPECT_FALSE(simulator.coil(5));
    EXPECT_FALSE(simulator.coil(10));
}

TEST(TowerIntegration, FailuresComeBackAsErrorsAndTheTowerRecovers)
{
    ModbusSimulator simulator;
    const Result<int> port = simulator.startTcp();
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    const TowerProfile profile = loopbackTower(port.value(), 0, 1, 2, 3);
    TowerSimulation device(simulator, profile);
    ModbusTower tower(profile);
    const TowerSignal red{false, false, true, false};

    simulator.setFault(SimulatorFault::Exception, 2);
    Result<void> shown = tower.show(red);
    ASSERT_FALSE(shown.ok());
    EXPECT_EQ(shown.error().code, QStringLiteral("device_exception"));
    EXPECT_TRUE(shown.error().message.contains(QStringLiteral("exception 2"))) << shown.error().message.toStdString();

    simulator.setFault(SimulatorFault::Silent);
    shown = tower.show(red);
    ASSERT_FALSE(shown.ok());
    EXPECT_EQ(shown.error().code, QStringLiteral("timeout"));

    simulator.setFault(SimulatorFault::None);
    shown = tower.show(red);
    ASSERT_TRUE(shown.ok()) << shown.error().message.toStdString();
    EXPECT_EQ(device.showing(), red);
}

TEST(TowerIntegration, NoDeviceIsOffline)
{
    int port = 0;
    {
        ModbusSimulator simulator; // a port that was free a moment ago, now closed
        const Result<int> started = simulator.startTcp();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        port = started.value();
    }
    ModbusTower tower(loopbackTower(port, 0, 1, 2, 3));
    const Result<void> shown = tower.show(TowerSignal{true, false, false, false});
    ASSERT_FALSE(shown.ok());
    EXPECT_EQ(shown.error().code, QStringLiteral("offline"));
}

} // namespace
