// Modbus RTU: the simulator serves one end of a socat pseudo-terminal pair,
// ModbusScale reads through the other, framing, CRC and unit ids included.

#include "devicetestsupport.h"
#include "ptypair.h"

#include "devices/modbusscale.h"
#include "devices/modbussimulator.h"
#include "devices/scalesimulation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace packdesk;
using namespace packdesk::devices;
using namespace packdesk::devices::testsupport;

namespace {

constexpr int kUnit = 3;

class RtuTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_line.start(error)) << error.toStdString();
        const Result<void> served = m_simulator.startRtu(m_line.first(), 19200, 'N', 8, 1);
        ASSERT_TRUE(served.ok()) << served.error().message.toStdString();

        m_profile.name = QStringLiteral("rtu bench scale");
        m_profile.endpoint.transport = ModbusEndpoint::Transport::Rtu;
        m_profile.endpoint.serialDevice = m_line.second();
        m_profile.endpoint.baud = 19200;
        m_profile.endpoint.parity = 'N';
        m_profile.endpoint.dataBits = 8;
        m_profile.endpoint.stopBits = 1;
        m_profile.endpoint.unitId = kUnit;
        m_profile.endpoint.responseTimeoutMs = 500;
        m_profile.weight.area = ModbusArea::HoldingRegister;
        m_profile.weight.address = 100;
        m_profile.weight.type = ValueType::Int16;
        m_profile.stableFlag = BitLocation{ModbusArea::DiscreteInput, 0, 0, true};
    }

    // Declared first: the simulator (and its open serial port) goes before socat.
    PtyPair m_line;
    ModbusSimulator m_simulator{kUnit};
    ScaleProfile m_profile;
};

TEST_F(RtuTest, ReadsTheWeightAndStableFlagOverASerialLine)
{
    ScaleSimulation simulation(m_simulator, m_profile);
    simulation.setSettleMs(100);
    simulation.setWeight(-275.0);
    simulation.start();

    ModbusScale scale(m_profile);
    ScaleReading reading;
    ASSERT_TRUE(waitFor(
        [&] {
            reading = scale.read();
            return reading.ok() && *reading.grams == -275.0 && reading.deviceStable;
        },
        5000))
        << toString(reading.status).toStdString() << ": " << reading.detail.toStdString() << " "
        << reading.grams.value_or(0);
    EXPECT_TRUE(reading.hasStableFlag);
}

TEST_F(RtuTest, AnotherUnitIdGetsNoAnswerAndTimesOut)
{
    m_simulator.setHoldingRegisters(100, {42});
    ScaleProfile other = m_profile;
    other.endpoint.unitId = kUnit + 6; // nobody on the line answers to 9
    other.endpoint.responseTimeoutMs = 200;
    other.stableFlag.reset();
    ModbusScale scale(other);
    const ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::Timeout) << reading.detail.toStdString();
    EXPECT_FALSE(reading.grams.has_value());
}

TEST(RtuOffline, AMissingSerialDeviceIsOffline)
{
    ScaleProfile profile;
    profile.endpoint.transport = ModbusEndpoint::Transport::Rtu;
    profile.endpoint.serialDevice = QStringLiteral("/nonexistent/ttyUSB9");
    ModbusScale scale(profile);
    const ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::Offline);
    EXPECT_TRUE(reading.detail.contains(QStringLiteral("/nonexistent/ttyUSB9"))) << reading.detail.toStdString();
}

} // namespace
