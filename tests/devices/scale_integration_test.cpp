// ModbusScale and ScaleMonitor against the simulator over real TCP on
// loopback: every encoding decodes, stability is decided as the profile says,
// tare and zero reach the device.

#include "devicetestsupport.h"

#include "devices/modbusscale.h"
#include "devices/modbussimulator.h"
#include "devices/scalemonitor.h"
#include "devices/scalesimulation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <tuple>
#include <vector>

using namespace packdesk;
using namespace packdesk::devices;
using namespace packdesk::devices::testsupport;

namespace {

struct Encoding
{
    ValueType type;
    ByteOrder wordOrder;
    ByteOrder byteOrder;
    double scale;
    WeightUnit unit;
    double grams; ///< on the plate; raw values chosen so all bytes differ
    ModbusArea area;
    int address;
};

const char* typeName(ValueType type)
{
    switch (type) {
    case ValueType::Int16: return "Int16";
    case ValueType::UInt16: return "UInt16";
    case ValueType::Int32: return "Int32";
    case ValueType::UInt32: return "UInt32";
    case ValueType::Float32: return "Float32";
    }
    return "?";
}

std::string caseName(const testing::TestParamInfo<Encoding>& info)
{
    const Encoding& e = info.param;
    const bool wide = e.type != ValueType::Int16 && e.type != ValueType::UInt16;
    // ABCD notation: word order picks AB/CD first, byte order swaps within.
    std::string order;
    if (wide)
        order = e.wordOrder == ByteOrder::Big ? (e.byteOrder == ByteOrder::Big ? "ABCD" : "BADC")
                                              : (e.byteOrder == ByteOrder::Big ? "CDAB" : "DCBA");
    else
        order = e.byteOrder == ByteOrder::Big ? "AB" : "BA";
    const char* unit = e.unit == WeightUnit::Gram ? "g" : e.unit == WeightUnit::Kilogram ? "kg" : "lb";
    return std::string(typeName(e.type)) + "_" + order + "_" + unit + "_" + std::to_string(info.index);
}

std::vector<Encoding> encodings()
{
    std::vector<Encoding> cases;
    const ByteOrder big = ByteOrder::Big;
    const ByteOrder little = ByteOrder::Little;
    const auto hr = ModbusArea::HoldingRegister;
    const auto ir = ModbusArea::InputRegister;
    for (ByteOrder byteOrder : {big, little}) {
        cases.push_back({ValueType::Int16, big, byteOrder, 1.0, WeightUnit::Gram, -1234.0, hr, 0});
        cases.push_back({ValueType::Int16, big, byteOrder, 0.1, WeightUnit::Gram, -123.4, ir, 7});
        cases.push_back({ValueType::UInt16, big, byteOrder, 1.0, WeightUnit::Gram, 54321.0, hr, 3});
        cases.push_back({ValueType::UInt16, big, byteOrder, 0.01, WeightUnit::Kilogram, 12340.0, ir, 0});
    }
    for (ByteOrder wordOrder : {big, little}) {
        for (ByteOrder byteOrder : {big, little}) {
            // raw -12345678 = 0xFF439EB2, -123456 = 0xFFFE1DC0, 3000000001 = 0xB2D05E01
            cases.push_back({ValueType::Int32, wordOrder, byteOrder, 0.001, WeightUnit::Gram, -12345.678, hr, 0});
            cases.push_back({ValueType::Int32, wordOrder, byteOrder, 0.001, WeightUnit::Kilogram, -123456.0, ir, 10});
            cases.push_back({ValueType::UInt32, wordOrder, byteOrder, 0.0001, WeightUnit::Gram, 300000.0001, hr, 40});
            // 1234.5f = 0x449A5000
            cases.push_back({ValueType::Float32, wordOrder, byteOrder, 1.0, WeightUnit::Gram, 1234.5, hr, 0});
            cases.push_back({ValueType::Float32, wordOrder, byteOrder, 1.0, WeightUnit::Kilogram, -751.9, ir, 8});
            cases.push_back({ValueType::Float32, wordOrder, byteOrder, 1.0, WeightUnit::Pound, 2.5 * 453.59237, hr, 2});
        }
    }
    return cases;
}

// Polls until the scale reports `grams` (the simulation writes the registers
// every 20 ms, so the first reads may still see zero) or gives up.
ScaleReading readUntilWeight(Scale& scale, double grams, double tolerance, int timeoutMs = 3000)
{
    ScaleReading last;
    waitFor(
        [&] {
            last = scale.read();
            return last.ok() && std::fabs(*last.grams - grams) <= tolerance;
        },
        timeoutMs);
    return last;
}

void PrintTo(const Encoding& e, std::ostream* out)
{
    *out << typeName(e.type) << " " << e.grams << " g";
}

class ScaleEncodingTest : public testing::TestWithParam<Encoding>
{
};

TEST_P(ScaleEncodingTest, DecodesTheWeightTheDeviceHolds)
{
    const Encoding& e = GetParam();
    ModbusSimulator simulator;
    const Result<int> port = simulator.startTcp();
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();

    ScaleProfile profile = loopbackScale(port.value());
    profile.weight.area = e.area;
    profile.weight.address = e.address;
    profile.weight.type = e.type;
    profile.weight.wordOrder = e.wordOrder;
    profile.weight.byteOrder = e.byteOrder;
    profile.weight.scale = e.scale;
    profile.weight.unit = e.unit;

    ScaleSimulation simulation(simulator, profile);
    simulation.setWeight(e.grams);
    simulation.start();

    ModbusScale scale(profile);
    const double tolerance = 1e-6 * std::max(1.0, std::fabs(e.grams));
    const ScaleReading reading = readUntilWeight(scale, e.grams, tolerance);
    ASSERT_TRUE(reading.ok()) << toString(reading.status).toStdString() << ": " << reading.detail.toStdString();
    EXPECT_NEAR(*reading.grams, e.grams, tolerance);
    EXPECT_FALSE(reading.hasStableFlag);
}

INSTANTIATE_TEST_SUITE_P(EveryTypeAndOrder, ScaleEncodingTest, testing::ValuesIn(encodings()), caseName);

// The same encodings from register words written by hand, so a mistake the
// codec and the simulation share (both use registercodec) cannot hide.
struct RawCase
{
    const char* name;
    ValueType type;
    ByteOrder wordOrder;
    ByteOrder byteOrder;
    double scale;
    std::vector<std::uint16_t> words;
    double grams;
};

void PrintTo(const RawCase& c, std::ostream* out)
{
    *out << c.name;
}

class ScaleRawRegisterTest : public testing::TestWithParam<RawCase>
{
};

TEST_P(ScaleRawRegisterTest, DecodesHandWrittenRegisters)
{
    const RawCase& c = GetParam();
    ModbusSimulator simulator;
    const Result<int> port = simulator.startTcp();
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    ScaleProfile profile = loopbackScale(port.value());
    profile.weight.address = 5;
    profile.weight.type = c.type;
    profile.weight.wordOrder = c.wordOrder;
    profile.weight.byteOrder = c.byteOrder;
    profile.weight.scale = c.scale;
    simulator.setHoldingRegisters(5, c.words);

    ModbusScale scale(profile);
    const ScaleReading reading = scale.read();
    ASSERT_TRUE(reading.ok()) << toString(reading.status).toStdString() << ": " << reading.detail.toStdString();
    EXPECT_NEAR(*reading.grams, c.grams, 1e-6 * std::fabs(c.grams));
}

constexpr ByteOrder kBig = ByteOrder::Big;
constexpr ByteOrder kLittle = ByteOrder::Little;

INSTANTIATE_TEST_SUITE_P(
    HandEncoded, ScaleRawRegisterTest,
    testing::Values(RawCase{"Int16_AB", ValueType::Int16, kBig, kBig, 1.0, {0xFB2E}, -1234.0},
                    RawCase{"Int16_BA", ValueType::Int16, kBig, kLittle, 1.0, {0x2EFB}, -1234.0},
                    RawCase{"UInt16_AB", ValueType::UInt16, kBig, kBig, 1.0, {0xD431}, 54321.0},
                    RawCase{"UInt16_BA", ValueType::UInt16, kBig, kLittle, 1.0, {0x31D4}, 54321.0},
                    RawCase{"Int32_ABCD", ValueType::Int32, kBig, kBig, 0.001, {0xFF43, 0x9EB2}, -12345.678},
                    RawCase{"Int32_BADC", ValueType::Int32, kBig, kLittle, 0.001, {0x43FF, 0xB29E}, -12345.678},
                    RawCase{"Int32_CDAB", ValueType::Int32, kLittle, kBig, 0.001, {0x9EB2, 0xFF43}, -12345.678},
                    RawCase{"Int32_DCBA", ValueType::Int32, kLittle, kLittle, 0.001, {0xB29E, 0x43FF}, -12345.678},
                    RawCase{"UInt32_ABCD", ValueType::UInt32, kBig, kBig, 0.0001, {0xB2D0, 0x5E01}, 300000.0001},
                    RawCase{"UInt32_DCBA", ValueType::UInt32, kLittle, kLittle, 0.0001, {0x015E, 0xD0B2}, 300000.0001},
                    RawCase{"Float32_ABCD", ValueType::Float32, kBig, kBig, 1.0, {0x449A, 0x5000}, 1234.5},
                    RawCase{"Float32_BADC", ValueType::Float32, kBig, kLittle, 1.0, {0x9A44, 0x0050}, 1234.5},
                    RawCase{"Float32_CDAB", ValueType::Float32, kLittle, kBig, 1.0, {0x5000, 0x449A}, 1234.5},
                    RawCase{"Float32_DCBA", ValueType::Float32, kLittle, kLittle, 1.0, {0x0050, 0x9A44}, 1234.5}),
    [](const testing::TestParamInfo<RawCase>& info) { return std::string(info.param.name); });

class ScaleStabilityTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ensureApplication();
        const Result<int> port = m_simulator.startTcp();
        ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
        m_profile = loopbackScale(port.value());
        m_profile.stableBandGrams = 6.0;
        m_profile.stableForMs = 300;
        m_profile.pollHz = 20;
    }

    // Runs a monitor for `ms` and returns every status it reported.
    std::vector<ScaleStatus> monitorFor(int ms)
    {
        ScaleMonitor monitor(std::make_unique<ModbusScale>(m_profile), m_profile);
        std::vector<ScaleStatus> statuses;
        QObject::connect(&monitor, &ScaleMonitor::statusChanged,
                         [&statuses](const ScaleStatus& status) { statuses.push_back(status); });
        monitor.start();
        pumpFor(ms);
        monitor.stop();
        return statuses;
    }

    ModbusSimulator m_simulator;
    ScaleProfile m_profile;
};

TEST_F(ScaleStabilityTest, NoiseWithinTheBandIsStableWithoutADeviceFlag)
{
    ScaleSimulation simulation(m_simulator, m_profile, 7);
    simulation.setWeight(850.0);
    simulation.setNoise(1.5); // +-1.5 g: spread 3 g inside the 6 g band
    simulation.start();

    const std::vector<ScaleStatus> statuses = monitorFor(1500);
    ASSERT_GE(statuses.size(), 10u);
    EXPECT_FALSE(statuses.front().stable) << "one reading cannot cover stableForMs";
    const ScaleStatus& last = statuses.back();
    ASSERT_EQ(last.status, ScaleReading::Status::Ok) << last.detail.toStdString();
    EXPECT_TRUE(last.stable);
    EXPECT_NEAR(*last.grams, 850.0, 2.0);
}

TEST_F(ScaleStabilityTest, NoiseBeyondTheBandIsNeverStable)
{
    ScaleSimulation simulation(m_simulator, m_profile, 11);
    simulation.setWeight(850.0);
    simulation.setNoise(25.0); // a vibrating bench: spread far beyond 6 g
    simulation.start();

    const std::vector<ScaleStatus> statuses = monitorFor(1500);
    ASSERT_GE(statuses.size(), 10u);
    int ok = 0;
    for (const ScaleStatus& status : statuses) {
        EXPECT_FALSE(status.stable) << "stable at " << status.grams.value_or(-1);
        ok += status.status == ScaleReading::Status::Ok ? 1 : 0;
    }
    EXPECT_EQ(ok, static_cast<int>(statuses.size()));
}

TEST_F(ScaleStabilityTest, TheDeviceFlagDecidesWhenTheProfileHasOne)
{
    // Status word right after the weight (read in the same request).
    m_profile.stableFlag = BitLocation{ModbusArea::HoldingRegister, 2, 3, true};
    ScaleSimulation simulation(m_simulator, m_profile);
    simulation.setSettleMs(300);
    simulation.setWeight(0.0);
    simulation.start();
    ModbusScale scale(m_profile);
    ASSERT_TRUE(waitFor([&] { return scale.read().deviceStable; }, 3000)) << "the empty plate never settled";

    simulation.setWeight(640.0, 600);
    ASSERT_TRUE(waitFor([&] { return !scale.read().deviceStable; }, 3000)) << "the flag stayed up on a moving load";
    ScaleMonitor monitor(std::make_unique<ModbusScale>(m_profile), m_profile);
    std::vector<ScaleStatus> statuses;
    QObject::connect(&monitor, &ScaleMonitor::statusChanged,
                     [&statuses](const ScaleStatus& status) { statuses.push_back(status); });
    monitor.start();
    ASSERT_TRUE(waitFor([&] { return !statuses.empty() && statuses.back().stable; }, 5000));
    monitor.stop();

    EXPECT_FALSE(statuses.front().stable) << "the load was still moving";
    for (const ScaleStatus& status : statuses) {
        if (status.stable) {
            EXPECT_NEAR(*status.grams, 640.0, 0.5) << "stable while the load was still moving";
        }
    }
    // The device's own flag, read through the real protocol, agrees.
    const ScaleReading reading = scale.read();
    ASSERT_TRUE(reading.ok()) << reading.detail.toStdString();
    EXPECT_TRUE(reading.hasStableFlag);
    EXPECT_EQ(reading.deviceStable, simulation.stable());
}

TEST_F(ScaleStabilityTest, AnActiveLowStableCoilIsInverted)
{
    m_profile.stableFlag = BitLocation{ModbusArea::Coil, 5, 0, false};
    ScaleSimulation simulation(m_simulator, m_profile);
    simulation.setSettleMs(100);
    simulation.setWeight(300.0);
    simulation.start();
    ModbusScale scale(m_profile);
    ScaleReading reading;
    ASSERT_TRUE(waitFor(
        [&] {
            reading = scale.read();
            return reading.ok() && reading.deviceStable;
        },
        3000))
        << reading.detail.toStdString();
    EXPECT_TRUE(reading.hasStableFlag);
    // Active low: the device signals "stable" with the coil off.
    EXPECT_FALSE(m_simulator.coil(5));
}

TEST_F(ScaleStabilityTest, TareAndZeroReachTheDeviceThroughTheMonitor)
{
    m_profile.tare = WriteAction{ModbusArea::Coil, 0, 1};
    ScaleSimulation simulation(m_simulator, m_profile);
    simulation.setWeight(412.0);
    simulation.start();

    ScaleMonitor monitor(std::make_unique<ModbusScale>(m_profile), m_profile);
    std::vector<std::tuple<QString, bool, QString>> finished;
    QObject::connect(&monitor, &ScaleMonitor::commandFinished,
                     [&finished](const QString& command, bool ok, const QString& message) {
                         finished.emplace_back(command, ok, message);
                     });
    monitor.start();
    ASSERT_TRUE(waitFor([&] { return monitor.latest().grams && std::fabs(*monitor.latest().grams - 412.0) < 0.5; },
                        3000));

    monitor.requestTare();
    ASSERT_TRUE(waitFor([&] { return !finished.empty(); }, 3000));
    EXPECT_EQ(std::get<0>(finished[0]), QStringLiteral("tare"));
    EXPECT_TRUE(std::get<1>(finished[0])) << std::get<2>(finished[0]).toStdString();
    EXPECT_TRUE(waitFor([&] { return monitor.latest().grams && std::fabs(*monitor.latest().grams) < 0.5; }, 3000))
        << "still showing " << monitor.latest().grams.value_or(-1);

    monitor.requestZero(); // the profile has no zero command
    ASSERT_TRUE(waitFor([&] { return finished.size() == 2; }, 3000));
    EXPECT_EQ(std::get<0>(finished[1]), QStringLiteral("zero"));
    EXPECT_FALSE(std::get<1>(finished[1]));
    EXPECT_FALSE(std::get<2>(finished[1]).isEmpty());
}

TEST(ModbusScaleCommands, TareAsAHoldingRegisterWriteAndZeroNotSupported)
{
    ModbusSimulator simulator;
    const Result<int> port = simulator.startTcp();
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    ScaleProfile profile = loopbackScale(port.value());
    profile.tare = WriteAction{ModbusArea::HoldingRegister, 20, 0x5A};
    ModbusScale scale(profile);

    const Result<void> tare = scale.tare();
    ASSERT_TRUE(tare.ok()) << tare.error().message.toStdString();
    EXPECT_EQ(simulator.holdingRegisters(20, 1), std::vector<std::uint16_t>{0x5A});

    const Result<void> zero = scale.zero();
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().code, QStringLiteral("not_supported"));
}

TEST(ModbusScaleGarbage, AnAbsurdValueIsGarbageNotAWeight)
{
    ModbusSimulator simulator;
    const Result<int> port = simulator.startTcp();
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    ScaleProfile profile = loopbackScale(port.value());
    profile.weight.type = ValueType::Float32;
    ModbusScale scale(profile);

    simulator.setHoldingRegisters(0, {0x7FC0, 0x0000}); // NaN
    ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::Garbage) << reading.detail.toStdString();
    EXPECT_FALSE(reading.grams.has_value());

    simulator.setHoldingRegisters(0, {0x7F00, 0x0000}); // 1.7e38 g
    reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::Garbage) << reading.detail.toStdString();

    simulator.setHoldingRegisters(0, {0x449A, 0x5000}); // 1234.5 g
    reading = scale.read();
    ASSERT_TRUE(reading.ok()) << reading.detail.toStdString();
    EXPECT_DOUBLE_EQ(*reading.grams, 1234.5);
}

} // namespace
