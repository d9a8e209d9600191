// The station's devices in the pack flow, end to end over Modbus TCP on
// loopback: `weigh scale` reads the simulated indicator, the light tower's
// coils follow the station's state, and a dead scale leads to a lead's
// override with a typed-in weight, the only way a weight is ever typed in.
#include "devices/modbusscale.h"
#include "devices/modbussimulator.h"
#include "devices/modbustower.h"
#include "devices/scalesimulation.h"
#include "devices/towersimulation.h"
#include "support/packscriptharness.h"
#include "support/sampleorders.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::devices;
using namespace packdesk::testing;

namespace {

ScaleProfile scaleProfileAt(int port)
{
    ScaleProfile profile;
    profile.name = QStringLiteral("simulated indicator");
    profile.endpoint.port = port;
    profile.weight.type = ValueType::Int32;
    profile.weight.scale = 0.1; // tenths of a gram
    profile.stableFlag = BitLocation{ModbusArea::HoldingRegister, 2, 0, true};
    profile.pollHz = 20;
    return profile;
}

TowerProfile towerProfileAt(int port)
{
    TowerProfile profile;
    profile.name = QStringLiteral("simulated tower");
    profile.endpoint.port = port;
    profile.greenCoil = 0;
    profile.amberCoil = 1;
    profile.redCoil = 2;
    profile.buzzerCoil = 3;
    return profile;
}

class StationDevicesTest : public ::testing::Test, protected PackScriptHarness
{
protected:
    void SetUp() override
    {
        store.packers[QStringLiteral("P01")] = {Packer{QStringLiteral("P01"), QStringLiteral("Ingrid"), QStringLiteral("nb"), false}, {}};
        store.packers[QStringLiteral("L01")] = {Packer{QStringLiteral("L01"), QStringLiteral("Zoë"), QStringLiteral("fr"), true}, QStringLiteral("2468")};
        store.orders.push_back(sampleOrder());

        auto scalePort = scaleDevice.startTcp();
        ASSERT_TRUE(scalePort.ok()) << scalePort.error().message.toStdString();
        auto towerPort = towerDevice.startTcp();
        ASSERT_TRUE(towerPort.ok()) << towerPort.error().message.toStdString();
        scaleProfile = scaleProfileAt(scalePort.value());
        towerProfile = towerProfileAt(towerPort.value());
        simulation = std::make_unique<ScaleSimulation>(scaleDevice, scaleProfile);
        simulation->setSettleMs(100);
        simulation->start();
        towerReadBack = std::make_unique<TowerSimulation>(towerDevice, towerProfile);
        scale = std::make_unique<ModbusScale>(scaleProfile);
        tower = std::make_unique<ModbusTower>(towerProfile);
        ScriptDevices devices;
        devices.scale = scale.get();
        devices.scaleProfile = scaleProfile;
        devices.scaleTimeoutMs = 2000;
        devices.tower = tower.get();
        runner.setDevices(std::move(devices));
    }

    ModbusSimulator scaleDevice;
    ModbusSimulator towerDevice;
    ScaleProfile scaleProfile;
    TowerProfile towerProfile;
    std::unique_ptr<ScaleSimulation> simulation;
    std::unique_ptr<TowerSimulation> towerReadBack;
    std::unique_ptr<ModbusScale> scale;
    std::unique_ptr<ModbusTower> tower;
};

} // namespace

TEST_F(StationDevicesTest, TheScaleWeighsAndTheTowerFollowsEveryStep)
{
    simulation->setWeight(kSampleExpectedGramsWithBoxM + 4, 200); // parcel goes on the plate
    const auto result = run(QStringLiteral("login P01\n"
                                           "expect tower green\n"
                                           "scan 1001\n"
                                           "scan 5901234123457\n" // not on the order
                                           "expect tower red+buzzer\n"
                                           "scan 4006381333931\n"
                                           "expect tower green\n"
                                           "scan 4006381333931\n"
                                           "scan 036000291452\n"
                                           "expect tower amber\n"
                                           "box M\n"
                                           "weigh scale\n"
                                           "expect state quality_check\n"
                                           "expect tower green\n"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString() << "\n" << transcript.toStdString();
    // The coils on the device say the same as the runner believes.
    EXPECT_EQ(toString(towerReadBack->showing()), QStringLiteral("green"));
    const DomainEvent& weighed = store.events.back();
    EXPECT_EQ(weighed.type, EventTypes::WeightChecked);
    EXPECT_EQ(weighed.details.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(weighed.details.value(QStringLiteral("measured_grams")).toInt(), kSampleExpectedGramsWithBoxM + 4);
}

TEST_F(StationDevicesTest, ADeadScaleBlocksUntilALeadEntersTheWeight)
{
    scaleDevice.setFault(SimulatorFault::Disconnect);
    const auto result = run(QStringLiteral("login P01\n"
                                           "scan 1001\n"
                                           "scan 4006381333931\n"
                                           "scan 4006381333931\n"
                                           "scan 036000291452\n"
                                           "box M\n"
                                           "weigh scale\n"
                                           "expect state weighing\n"
                                           "expect tower amber+red\n"
                                           "override L01 pin=2468 grams=931 scale offline\n"
                                           "expect state quality_check\n"
                                           "expect tower green\n"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString() << "\n" << transcript.toStdString();
    EXPECT_TRUE(transcript.contains(QStringLiteral("scale: offline"))) << transcript.toStdString();
    EXPECT_EQ(toString(towerReadBack->showing()), QStringLiteral("green"));
}

TEST_F(StationDevicesTest, AFailingTowerNeverStopsPacking)
{
    towerDevice.setFault(SimulatorFault::Disconnect);
    const auto result = run(QStringLiteral("login P01\nscan 1001\nexpect tower unknown\nscan 4006381333931\n"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString() << "\n" << transcript.toStdString();
    EXPECT_EQ(service.session()->totalScanned(), 1);
}
