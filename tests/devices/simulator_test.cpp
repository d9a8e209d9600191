// The simulator through the real protocol: raw libmodbus clients (not the
// station's own client code) on loopback TCP, and one RTU test over a socat
// pseudo-terminal pair. Every test starts its own simulator on a free port.
#include "devices/modbussimulator.h"
#include "devices/scalesimulation.h"
#include "devices/simulatorscript.h"
#include "devices/towersimulation.h"

#include <gtest/gtest.h>
#include <modbus/modbus.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace packdesk;
using namespace packdesk::devices;
using namespace std::chrono_literals;

namespace {

struct ModbusDeleter
{
    void operator()(modbus_t* ctx) const
    {
        modbus_close(ctx);
        modbus_free(ctx);
    }
};
using Client = std::unique_ptr<modbus_t, ModbusDeleter>;

Client connectTcp(int port, int unit = 1, int timeoutMs = 200)
{
    Client client(modbus_new_tcp("127.0.0.1", port));
    if (!client)
        return client;
    modbus_set_slave(client.get(), unit);
    modbus_set_response_timeout(client.get(), 0, static_cast<std::uint32_t>(timeoutMs) * 1000);
    if (modbus_connect(client.get()) != 0)
        client.reset();
    return client;
}

/// Reads `count` holding registers; errno is kept for the caller on failure.
int readHolding(modbus_t* ctx, int address, int count, std::uint16_t* out)
{
    return modbus_read_registers(ctx, address, count, out);
}

/// Polls `condition` for up to `timeout` (the server thread acts asynchronously).
bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout = 2000ms)
{
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        if (condition())
            return true;
        std::this_thread::sleep_for(10ms);
    }
    return condition();
}

class SimulatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto started = simulator.startTcp();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        port = started.value();
    }
    ModbusSimulator simulator{1};
    int port = 0;
};

} // namespace

TEST_F(SimulatorTest, TablesReadBackAndClientWritesLand)
{
    simulator.setHoldingRegisters(10, {1, 2, 0xFFFF});
    simulator.setInputRegisters(20, {0x1234, 0xABCD});
    simulator.setCoil(3, true);
    simulator.setDiscreteInput(4, true);
    auto client = connectTcp(port);
    ASSERT_TRUE(client);

    std::uint16_t registers[3] = {};
    ASSERT_EQ(readHolding(client.get(), 10, 3, registers), 3);
    EXPECT_EQ(registers[0], 1);
    EXPECT_EQ(registers[2], 0xFFFF);
    ASSERT_EQ(modbus_read_input_registers(client.get(), 20, 2, registers), 2);
    EXPECT_EQ(registers[1], 0xABCD);
    std::uint8_t bits[2] = {};
    ASSERT_EQ(modbus_read_bits(client.get(), 2, 2, bits), 2);
    EXPECT_EQ(bits[0], 0);
    EXPECT_EQ(bits[1], 1);
    ASSERT_EQ(modbus_read_input_bits(client.get(), 4, 1, bits), 1);
    EXPECT_EQ(bits[0], 1);

    ASSERT_EQ(modbus_write_register(client.get(), 30, 77), 1);
    const std::uint16_t many[2] = {5, 6};
    ASSERT_EQ(modbus_write_registers(client.get(), 31, 2, many), 2);
    ASSERT_EQ(modbus_write_bit(client.get(), 7, 1), 1);
    EXPECT_EQ(simulator.holdingRegisters(30, 3), (std::vector<std::uint16_t>{77, 5, 6}));
    EXPECT_TRUE(simulator.coil(7));
    EXPECT_GE(simulator.requestsServed(), 7u);

    // Beyond the bank: a real device's "illegal data address".
    EXPECT_EQ(readHolding(client.get(), ModbusSimulator::kTableSize - 1, 2, registers), -1);
    EXPECT_EQ(errno, EMBXILADD);
}

TEST_F(SimulatorTest, RegisterBitsKeepTheOtherBits)
{
    simulator.setHoldingRegisters(2, {0x8000});
    simulator.setHoldingRegisterBit(2, 0, true);
    EXPECT_EQ(simulator.holdingRegisters(2, 1).front(), 0x8001);
    simulator.setHoldingRegisterBit(2, 15, false);
    EXPECT_EQ(simulator.holdingRegisters(2, 1).front(), 0x0001);
    simulator.setInputRegisterBit(5, 3, true);
    EXPECT_EQ(simulator.inputRegisters(5, 1).front(), 0x0008);
}

TEST_F(SimulatorTest, ServesSeveralClientsAtOnce)
{
    simulator.setHoldingRegisters(0, {42});
    // All connected before any request: one client must not block the others.
    std::vector<Client> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(connectTcp(port, 1, 1000));
        ASSERT_TRUE(clients.back());
    }
    std::vector<std::thread> threads;
    std::vector<int> good(clients.size(), 0);
    for (std::size_t i = 0; i < clients.size(); ++i) {
        threads.emplace_back([&, i] {
            for (int n = 0; n < 25; ++n) {
                std::uint16_t value = 0;
                if (readHolding(clients[i].get(), 0, 1, &value) == 1 && value == 42)
                    ++good[i];
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (int count : good)
        EXPECT_EQ(count, 25);
}

TEST_F(SimulatorTest, AnswersItsUnitIdAndTheTcpWildcardsOnly)
{
    for (int unit : {1, 0, 255}) {
        auto client = connectTcp(port, unit);
        ASSERT_TRUE(client);
        std::uint16_t value = 0;
        EXPECT_EQ(readHolding(client.get(), 0, 1, &value), 1) << "unit " << unit;
    }
    auto other = connectTcp(port, 7);
    ASSERT_TRUE(other);
    std::uint16_t value = 0;
    EXPECT_EQ(readHolding(other.get(), 0, 1, &value), -1);
    EXPECT_EQ(errno, ETIMEDOUT);
}

TEST_F(SimulatorTest, SilentFaultTimesOutUntilCleared)
{
    auto client = connectTcp(port);
    ASSERT_TRUE(client);
    simulator.setFault(SimulatorFault::Silent);
    const auto served = simulator.requestsServed();
    std::uint16_t value = 0;
    EXPECT_EQ(readHolding(client.get(), 0, 1, &value), -1);
    EXPECT_EQ(errno, ETIMEDOUT);
    EXPECT_EQ(simulator.requestsServed(), served);
    simulator.setFault(SimulatorFault::None);
    EXPECT_EQ(readHolding(client.get(), 0, 1, &value), 1);
}

TEST_F(SimulatorTest, SlowFaultAnswersAfterTheDelay)
{
    simulator.setHoldingRegisters(0, {9});
    simulator.setFault(SimulatorFault::Slow, 4, 300);
    auto patient = connectTcp(port, 1, 2000);
    ASSERT_TRUE(patient);
    std::uint16_t value = 0;
    const auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(readHolding(patient.get(), 0, 1, &value), 1);
    EXPECT_GE(std::chrono::steady_clock::now() - start, 250ms);
    EXPECT_EQ(value, 9);

    auto hurried = connectTcp(port, 1, 100);
    ASSERT_TRUE(hurried);
    EXPECT_EQ(readHolding(hurried.get(), 0, 1, &value), -1);
    EXPECT_EQ(errno, ETIMEDOUT);
}

TEST_F(SimulatorTest, ExceptionFaultAnswersWithTheCode)
{
    auto client = connectTcp(port);
    ASSERT_TRUE(client);
    std::uint16_t value = 0;
    simulator.setFault(SimulatorFault::Exception);
    EXPECT_EQ(readHolding(client.get(), 0, 1, &value), -1);
    EXPECT_EQ(errno, EMBXSFAIL);
    simulator.setFault(SimulatorFault::Exception, 6);
    EXPECT_EQ(modbus_write_bit(client.get(), 0, 1), -1);
    EXPECT_EQ(errno, EMBXSBUSY);
    EXPECT_FALSE(simulator.coil(0)); // an exception means nothing was written
    simulator.setFault(SimulatorFault::None);
    EXPECT_EQ(readHolding(client.get(), 0, 1, &value), 1);
}

TEST_F(SimulatorTest, GarbageFaultIsRejectedWithoutATimeout)
{
    auto client = connectTcp(port);
    ASSERT_TRUE(client);
    simulator.setFault(SimulatorFault::Garbage);
    std::uint16_t values[2] = {};
    EXPECT_EQ(readHolding(client.get(), 0, 2, values), -1);
    EXPECT_NE(errno, ETIMEDOUT);
    EXPECT_EQ(modbus_write_register(client.get(), 0, 1), -1);
    EXPECT_NE(errno, ETIMEDOUT);
    // The garbage was framed, so the same connection works once it is cleared.
    simulator.setFault(SimulatorFault::None);
    EXPECT_EQ(readHolding(client.get(), 0, 2, values), 2);
}

TEST_F(SimulatorTest, DisconnectFaultDropsAndRefusesConnectionsUntilCleared)
{
    auto client = connectTcp(port);
    ASSERT_TRUE(client);
    std::uint16_t value = 0;
    ASSERT_EQ(readHolding(client.get(), 0, 1, &value), 1);
    simulator.setFault(SimulatorFault::Disconnect);
    std::this_thread::sleep_for(150ms); // the server notices within its 50 ms poll
    EXPECT_EQ(readHolding(client.get(), 0, 1, &value), -1);
    EXPECT_NE(errno, ETIMEDOUT);

    auto late = connectTcp(port); // accepted and closed at once, or refused
    if (late) {
        EXPECT_EQ(readHolding(late.get(), 0, 1, &value), -1);
        EXPECT_NE(errno, ETIMEDOUT);
    }
    simulator.setFault(SimulatorFault::None);
    auto again = connectTcp(port);
    ASSERT_TRUE(again);
    EXPECT_EQ(readHolding(again.get(), 0, 1, &value), 1);
}

TEST_F(SimulatorTest, WriteObserverSeesEveryWrittenAddress)
{
    std::mutex mutex;
    std::vector<std::tuple<bool, int, int>> seen;
    simulator.setWriteObserver([&](bool isCoil, int address, int value) {
        std::lock_guard lock(mutex);
        seen.emplace_back(isCoil, address, value);
    });
    auto client = connectTcp(port);
    ASSERT_TRUE(client);
    ASSERT_EQ(modbus_write_bit(client.get(), 5, 1), 1);
    ASSERT_EQ(modbus_write_register(client.get(), 7, 1234), 1);
    const std::uint16_t registers[2] = {10, 11};
    ASSERT_EQ(modbus_write_registers(client.get(), 100, 2, registers), 2);
    const std::uint8_t coils[3] = {1, 0, 1};
    ASSERT_EQ(modbus_write_bits(client.get(), 20, 3, coils), 3);
    std::uint16_t value = 0;
    ASSERT_EQ(readHolding(client.get(), 0, 1, &value), 1); // reads are not reported

    const std::vector<std::tuple<bool, int, int>> expected = {
        {true, 5, 1}, {false, 7, 1234}, {false, 100, 10}, {false, 101, 11}, {true, 20, 1}, {true, 21, 0}, {true, 22, 1}};
    EXPECT_TRUE(eventually([&] {
        std::lock_guard lock(mutex);
        return seen.size() >= expected.size();
    }));
    std::lock_guard lock(mutex);
    EXPECT_EQ(seen, expected);
}

TEST(ModbusSimulator, StopIsPromptEvenWhileAnsweringSlowly)
{
    ModbusSimulator simulator;
    auto port = simulator.startTcp();
    ASSERT_TRUE(port.ok());
    simulator.setFault(SimulatorFault::Slow, 4, 10000);
    std::thread waiting([&] {
        auto client = connectTcp(port.value(), 1, 3000);
        std::uint16_t value = 0;
        if (client)
            readHolding(client.get(), 0, 1, &value);
    });
    std::this_thread::sleep_for(200ms); // the request is in, the server sleeps
    const auto start = std::chrono::steady_clock::now();
    simulator.stop();
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(simulator.isRunning());
    EXPECT_LT(took, 2s); // generous: the machine is shared
    waiting.join();
    EXPECT_FALSE(connectTcp(port.value()));

    // And it starts again.
    simulator.setFault(SimulatorFault::None);
    auto again = simulator.startTcp();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(connectTcp(again.value()));
    EXPECT_FALSE(simulator.startTcp().ok()); // already running
}

TEST(ModbusSimulator, RejectsAnAddressItCannotListenOn)
{
    ModbusSimulator simulator;
    auto started = simulator.startTcp(QStringLiteral("scale.example"), 0);
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().code, QStringLiteral("simulator_address"));
}

TEST(ModbusSimulator, ServesRtuOverAPseudoTerminal)
{
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty())
        GTEST_SKIP() << "socat is not installed";
    QTemporaryDir dir;
    const QString server = dir.filePath(QStringLiteral("server"));
    const QString clientPath = dir.filePath(QStringLiteral("client"));
    QProcess pair;
    pair.start(socat, {QStringLiteral("pty,raw,echo=0,link=") + server, QStringLiteral("pty,raw,echo=0,link=") + clientPath});
    ASSERT_TRUE(eventually([&] { return QFile::exists(server) && QFile::exists(clientPath); }));

    ModbusSimulator simulator(3);
    auto started = simulator.startRtu(server, 19200, 'E', 8, 1);
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    simulator.setHoldingRegisters(100, {1250});
    Client client(modbus_new_rtu(clientPath.toLocal8Bit().constData(), 19200, 'E', 8, 1));
    ASSERT_TRUE(client);
    modbus_set_slave(client.get(), 3);
    modbus_set_response_timeout(client.get(), 0, 300 * 1000);
    ASSERT_EQ(modbus_connect(client.get()), 0);

    std::uint16_t value = 0;
    ASSERT_EQ(readHolding(client.get(), 100, 1, &value), 1);
    EXPECT_EQ(value, 1250);
    simulator.setFault(SimulatorFault::Garbage);
    EXPECT_EQ(readHolding(client.get(), 100, 1, &value), -1);
    EXPECT_EQ(errno, EMBBADCRC);
    simulator.setFault(SimulatorFault::None);
    modbus_set_slave(client.get(), 4); // another unit on the bus: no answer
    EXPECT_EQ(readHolding(client.get(), 100, 1, &value), -1);
    EXPECT_EQ(errno, ETIMEDOUT);
    modbus_set_slave(client.get(), 3);
    EXPECT_TRUE(eventually([&] { return readHolding(client.get(), 100, 1, &value) == 1; }));

    simulator.stop();
    client.reset();
    pair.terminate();
    pair.waitForFinished(2000);
}

// --- the scale ---------------------------------------------------------------

namespace {

ScaleProfile scaleProfile(ValueType type, ByteOrder wordOrder, ByteOrder byteOrder,
                          ModbusArea area = ModbusArea::HoldingRegister)
{
    ScaleProfile profile;
    profile.name = QStringLiteral("test scale");
    profile.weight.area = area;
    profile.weight.address = 10;
    profile.weight.type = type;
    profile.weight.wordOrder = wordOrder;
    profile.weight.byteOrder = byteOrder;
    return profile;
}

std::vector<std::uint16_t> readWords(int port, ModbusArea area, int address, int count)
{
    auto client = connectTcp(port);
    std::vector<std::uint16_t> words(static_cast<std::size_t>(count), 0);
    if (!client)
        return {};
    const int read = area == ModbusArea::InputRegister
                         ? modbus_read_input_registers(client.get(), address, count, words.data())
                         : modbus_read_registers(client.get(), address, count, words.data());
    return read == count ? words : std::vector<std::uint16_t>{};
}

struct EncodingCase
{
    ValueType type;
    ByteOrder wordOrder;
    ByteOrder byteOrder;
    ModbusArea area;
    double scale;
    WeightUnit unit;
    double grams;
    std::vector<std::uint16_t> words;
};

} // namespace

class ScaleEncodingTest : public ::testing::TestWithParam<EncodingCase>
{
};

TEST_P(ScaleEncodingTest, WritesTheWeightAsTheProfileSays)
{
    const EncodingCase& c = GetParam();
    ModbusSimulator simulator;
    auto port = simulator.startTcp();
    ASSERT_TRUE(port.ok());
    ScaleProfile profile = scaleProfile(c.type, c.wordOrder, c.byteOrder, c.area);
    profile.weight.scale = c.scale;
    profile.weight.unit = c.unit;
    ScaleSimulation scale(simulator, profile);
    scale.setWeight(c.grams);
    scale.start();
    EXPECT_EQ(readWords(port.value(), c.area, 10, static_cast<int>(c.words.size())), c.words);
    EXPECT_DOUBLE_EQ(scale.displayedGrams(), c.grams);
}

INSTANTIATE_TEST_SUITE_P(
    ValueTypesAndOrders, ScaleEncodingTest,
    ::testing::Values(
        // 1234 g = 0x04D2
        EncodingCase{ValueType::Int16, ByteOrder::Big, ByteOrder::Big, ModbusArea::HoldingRegister, 1, WeightUnit::Gram, 1234, {0x04D2}},
        EncodingCase{ValueType::Int16, ByteOrder::Big, ByteOrder::Little, ModbusArea::InputRegister, 1, WeightUnit::Gram, 1234, {0xD204}},
        EncodingCase{ValueType::Int16, ByteOrder::Big, ByteOrder::Big, ModbusArea::HoldingRegister, 1, WeightUnit::Gram, -2, {0xFFFE}},
        EncodingCase{ValueType::UInt16, ByteOrder::Big, ByteOrder::Big, ModbusArea::HoldingRegister, 0.1, WeightUnit::Gram, 1234.5, {12345}},
        // 1.5 kg in 0.001 kg = 1500 = 0x000005DC
        EncodingCase{ValueType::Int32, ByteOrder::Big, ByteOrder::Big, ModbusArea::HoldingRegister, 0.001, WeightUnit::Kilogram, 1500, {0x0000, 0x05DC}},
        EncodingCase{ValueType::Int32, ByteOrder::Little, ByteOrder::Big, ModbusArea::HoldingRegister, 1, WeightUnit::Gram, 70000, {0x1170, 0x0001}},
        EncodingCase{ValueType::Int32, ByteOrder::Big, ByteOrder::Little, ModbusArea::InputRegister, 1, WeightUnit::Gram, -1, {0xFFFF, 0xFFFF}},
        EncodingCase{ValueType::UInt32, ByteOrder::Little, ByteOrder::Little, ModbusArea::HoldingRegister, 1, WeightUnit::Gram, 70000, {0x7011, 0x0100}},
        // 1250.0f = 0x449C4000: ABCD, CDAB, BADC, DCBA
        EncodingCase{ValueType::Float32, ByteOrder::Big, ByteOrder::Big, ModbusArea::InputRegister, 1, WeightUnit::Gram, 1250, {0x449C, 0x4000}},
        EncodingCase{ValueType::Float32, ByteOrder::Little, ByteOrder::Big, ModbusArea::InputRegister, 1, WeightUnit::Gram, 1250, {0x4000, 0x449C}},
        EncodingCase{ValueType::Float32, ByteOrder::Big, ByteOrder::Little, ModbusArea::HoldingRegister, 1, WeightUnit::Gram, 1250, {0x9C44, 0x0040}},
        EncodingCase{ValueType::Float32, ByteOrder::Little, ByteOrder::Little, ModbusArea::HoldingRegister, 1, WeightUnit::Gram, 1250, {0x0040, 0x9C44}}));

TEST(ScaleSimulation, StableFlagDropsWhileRampingAndRisesAfterSettling)
{
    ModbusSimulator simulator;
    auto port = simulator.startTcp();
    ASSERT_TRUE(port.ok());
    ScaleProfile profile = scaleProfile(ValueType::Int32, ByteOrder::Big, ByteOrder::Big);
    profile.stableFlag = BitLocation{ModbusArea::HoldingRegister, 12, 0, true};
    simulator.setHoldingRegisters(12, {0x0100}); // another status bit the scale must keep
    ScaleSimulation scale(simulator, profile);
    scale.setSettleMs(200);
    scale.start();
    ASSERT_TRUE(eventually([&] { return scale.stable(); }));
    EXPECT_EQ(readWords(port.value(), ModbusArea::HoldingRegister, 12, 1), (std::vector<std::uint16_t>{0x0101}));

    scale.setWeight(1000, 600);
    EXPECT_FALSE(scale.stable());
    EXPECT_EQ(readWords(port.value(), ModbusArea::HoldingRegister, 12, 1), (std::vector<std::uint16_t>{0x0100}));
    std::this_thread::sleep_for(250ms);
    const double midway = scale.displayedGrams();
    EXPECT_GT(midway, 0);
    EXPECT_LT(midway, 1000);
    EXPECT_FALSE(scale.stable());

    ASSERT_TRUE(eventually([&] { return scale.stable(); }, 3000ms));
    EXPECT_DOUBLE_EQ(scale.displayedGrams(), 1000);
    EXPECT_EQ(readWords(port.value(), ModbusArea::HoldingRegister, 10, 3),
              (std::vector<std::uint16_t>{0, 1000, 0x0101}));
    // The same weight again is no movement.
    scale.setWeight(1000);
    EXPECT_TRUE(scale.stable());
}

TEST(ScaleSimulation, ActiveLowCoilFlag)
{
    ModbusSimulator simulator;
    ASSERT_TRUE(simulator.startTcp().ok());
    ScaleProfile profile = scaleProfile(ValueType::Int16, ByteOrder::Big, ByteOrder::Big);
    profile.stableFlag = BitLocation{ModbusArea::Coil, 4, 0, false};
    ScaleSimulation scale(simulator, profile);
    scale.setSettleMs(100);
    scale.start();
    ASSERT_TRUE(eventually([&] { return scale.stable(); }));
    EXPECT_FALSE(simulator.coil(4));
    scale.setWeight(50, 1000);
    EXPECT_TRUE(simulator.coil(4));
}

TEST(ScaleSimulation, NoiseStaysWithinTheAmplitudeAndDoesNotUnsettle)
{
    ModbusSimulator simulator;
    ASSERT_TRUE(simulator.startTcp().ok());
    ScaleProfile profile = scaleProfile(ValueType::Float32, ByteOrder::Big, ByteOrder::Big);
    profile.stableFlag = BitLocation{ModbusArea::DiscreteInput, 0, 0, true};
    ScaleSimulation scale(simulator, profile, 42);
    scale.setSettleMs(100);
    scale.setWeight(500);
    scale.setNoise(5);
    scale.start();
    ASSERT_TRUE(eventually([&] { return scale.stable(); }));
    double lowest = 1e9;
    double highest = -1e9;
    for (int i = 0; i < 30; ++i) {
        const double shown = scale.displayedGrams();
        lowest = std::min(lowest, shown);
        highest = std::max(highest, shown);
        EXPECT_TRUE(scale.stable());
        EXPECT_TRUE(simulator.discreteInput(0));
        std::this_thread::sleep_for(25ms);
    }
    EXPECT_GE(lowest, 495);
    EXPECT_LE(highest, 505);
    EXPECT_LT(lowest, highest); // it does move
    EXPECT_DOUBLE_EQ(scale.loadGrams(), 500);
}

TEST(ScaleSimulation, TareCoilTaresAndResetsItself)
{
    ModbusSimulator simulator;
    auto port = simulator.startTcp();
    ASSERT_TRUE(port.ok());
    ScaleProfile profile = scaleProfile(ValueType::Int32, ByteOrder::Big, ByteOrder::Big);
    profile.tare = WriteAction{ModbusArea::Coil, 0, 1};
    profile.zero = WriteAction{ModbusArea::HoldingRegister, 20, 2};
    ScaleSimulation scale(simulator, profile);
    scale.setWeight(300);
    scale.start();
    auto client = connectTcp(port.value());
    ASSERT_TRUE(client);
    ASSERT_EQ(modbus_write_bit(client.get(), 0, 1), 1);
    ASSERT_TRUE(eventually([&] { return scale.displayedGrams() == 0.0 && !simulator.coil(0); }));
    scale.setWeight(800);
    EXPECT_DOUBLE_EQ(scale.displayedGrams(), 500);
    EXPECT_EQ(readWords(port.value(), ModbusArea::HoldingRegister, 10, 2), (std::vector<std::uint16_t>{0, 500}));

    // Zero by command register: only the profile's value counts.
    ASSERT_EQ(modbus_write_register(client.get(), 20, 1), 1);
    std::this_thread::sleep_for(100ms);
    EXPECT_DOUBLE_EQ(scale.displayedGrams(), 500);
    ASSERT_EQ(modbus_write_register(client.get(), 20, 2), 1);
    EXPECT_TRUE(eventually([&] { return scale.displayedGrams() == 0.0; }));
}

TEST(TowerSimulation, ShowsTheLampCoils)
{
    ModbusSimulator simulator;
    auto port = simulator.startTcp();
    ASSERT_TRUE(port.ok());
    TowerProfile profile;
    profile.greenCoil = 0;
    profile.redCoil = 2;
    profile.buzzerCoil = 3; // amber not fitted
    TowerSimulation tower(simulator, profile);
    EXPECT_EQ(tower.showing(), TowerSignal::off());

    auto client = connectTcp(port.value());
    ASSERT_TRUE(client);
    const std::uint8_t lamps[4] = {0, 1, 1, 1};
    ASSERT_EQ(modbus_write_bits(client.get(), 0, 4, lamps), 4);
    TowerSignal expected;
    expected.red = true;
    expected.buzzer = true;
    EXPECT_EQ(tower.showing(), expected);
    ASSERT_EQ(modbus_write_bit(client.get(), 0, 1), 1);
    expected.green = true;
    EXPECT_EQ(tower.showing(), expected);
}

// --- the script ----------------------------------------------------------------

TEST(SimulatorScript, ParsesATimeline)
{
    auto script = SimulatorScript::parse(QStringLiteral("# a parcel, then trouble\n"
                                                        "noise 3\n"
                                                        "settle 500ms\n"
                                                        "\n"
                                                        "at 0s weight 1250 ramp 800ms\n"
                                                        "at 5s fault disconnect   # the switch reboots\n"
                                                        "fault none\n"
                                                        "at 8s fault exception 6\n"
                                                        "at 9.5s fault slow 300ms\n"
                                                        "AT 10s FAULT GARBAGE\n"
                                                        "at 11s fault silent\n"
                                                        "at 12s weight 40g\n"
                                                        "at 13s fault exception\n"));
    ASSERT_TRUE(script.ok()) << script.error().message.toStdString();
    const auto& steps = script->steps;
    ASSERT_EQ(steps.size(), 11u);
    EXPECT_EQ(steps[0].kind, SimulatorStep::Kind::Noise);
    EXPECT_EQ(steps[0].grams, 3);
    EXPECT_EQ(steps[1].settleMs, 500);
    EXPECT_EQ(steps[2].line, 5);
    EXPECT_EQ(steps[2].grams, 1250);
    EXPECT_EQ(steps[2].rampMs, 800);
    EXPECT_EQ(steps[3].atMs, 5000);
    EXPECT_EQ(steps[3].fault, SimulatorFault::Disconnect);
    EXPECT_EQ(steps[4].atMs, 5000); // no `at`: with the line before
    EXPECT_EQ(steps[4].fault, SimulatorFault::None);
    EXPECT_EQ(steps[5].exceptionCode, 6);
    EXPECT_EQ(steps[6].atMs, 9500);
    EXPECT_EQ(steps[6].delayMs, 300);
    EXPECT_EQ(steps[7].fault, SimulatorFault::Garbage);
    EXPECT_EQ(steps[8].fault, SimulatorFault::Silent);
    EXPECT_EQ(steps[9].grams, 40);
    EXPECT_EQ(steps[10].exceptionCode, 4);
    EXPECT_EQ(describe(steps[2]), QStringLiteral("weight 1250 ramp 800ms"));
    EXPECT_EQ(describe(steps[6]), QStringLiteral("fault slow 300ms"));
}

TEST(SimulatorScript, ErrorsNameTheLine)
{
    const std::pair<const char*, const char*> cases[] = {
        {"at 5 weight 100", "line 1:"},
        {"noise 3\nweight", "line 2:"},
        {"\n\nweight 100 ramp", "line 3:"},
        {"fault slow", "line 1:"},
        {"fault exception 300", "line 1:"},
        {"fault sleepy", "line 1:"},
        {"jump 3", "line 1:"},
        {"at 5s noise 1\nat 2s noise 2", "line 2:"},
        {"noise -1", "line 1:"},
        {"fault none now", "line 1:"},
        {"at 3s", "line 1:"},
    };
    for (const auto& [text, prefix] : cases) {
        auto script = SimulatorScript::parse(QString::fromUtf8(text));
        ASSERT_FALSE(script.ok()) << text;
        EXPECT_EQ(script.error().code, QStringLiteral("script_syntax")) << text;
        EXPECT_TRUE(script.error().message.startsWith(QString::fromUtf8(prefix))) << script.error().message.toStdString();
    }
}

TEST(SimulatorScript, StepsDriveTheSimulation)
{
    ModbusSimulator simulator;
    ScaleSimulation scale(simulator, scaleProfile(ValueType::Int32, ByteOrder::Big, ByteOrder::Big));
    auto script = SimulatorScript::parse(QStringLiteral("weight 700\nfault exception 3\nsettle 1s"));
    ASSERT_TRUE(script.ok());
    for (const auto& step : script->steps)
        apply(step, simulator, scale);
    EXPECT_DOUBLE_EQ(scale.displayedGrams(), 700);
    EXPECT_EQ(simulator.fault(), SimulatorFault::Exception);
    EXPECT_EQ(simulator.holdingRegisters(10, 2), (std::vector<std::uint16_t>{0, 700}));
}
