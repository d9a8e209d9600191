// Every way a Modbus scale fails, through the real protocol: the status a
// read reports, and that ScaleMonitor backs off while failing and recovers by
// itself once the fault clears.

#include "devicetestsupport.h"

#include "devices/modbusscale.h"
#include "devices/modbussimulator.h"
#include "devices/scalemonitor.h"
#include "devices/scalesimulation.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>

#include <cmath>
#include <memory>
#include <optional>

using namespace packdesk;
using namespace packdesk::devices;
using namespace packdesk::devices::testsupport;

namespace {

constexpr double kWeight = 1000.0;

class FailureModesTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ensureApplication();
        const Result<int> port = m_simulator.startTcp();
        ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
        m_profile = loopbackScale(port.value());
        m_profile.endpoint.responseTimeoutMs = 150;
        m_simulation = std::make_unique<ScaleSimulation>(m_simulator, m_profile);
        m_simulation->setWeight(kWeight);
        m_simulation->start();
        ModbusScale probe(m_profile);
        ASSERT_TRUE(waitFor(
            [&] {
                const ScaleReading reading = probe.read();
                return reading.ok() && std::fabs(*reading.grams - kWeight) < 0.5;
            },
            3000))
            << "the simulated scale never showed its weight";
    }

    static bool isWeight(const ScaleReading& reading)
    {
        return reading.ok() && std::fabs(*reading.grams - kWeight) < 0.5;
    }

    ModbusSimulator m_simulator;
    ScaleProfile m_profile;
    std::unique_ptr<ScaleSimulation> m_simulation;
};

TEST_F(FailureModesTest, SilentDeviceTimesOutWithinTheResponseTimeout)
{
    ModbusScale scale(m_profile);
    ASSERT_TRUE(isWeight(scale.read()));
    m_simulator.setFault(SimulatorFault::Silent);
    QElapsedTimer clock;
    clock.start();
    const ScaleReading reading = scale.read();
    const qint64 tookMs = clock.elapsed();
    EXPECT_EQ(reading.status, ScaleReading::Status::Timeout) << reading.detail.toStdString();
    EXPECT_FALSE(reading.grams.has_value());
    EXPECT_LT(tookMs, 2000) << "a poll must not hang far beyond responseTimeoutMs";

    m_simulator.setFault(SimulatorFault::None);
    EXPECT_TRUE(isWeight(scale.read())) << "the same ModbusScale reconnects by itself";
}

TEST_F(FailureModesTest, SlowBeyondTheTimeoutIsATimeoutAndTheLateAnswerIsNotTakenForTheNext)
{
    ModbusScale scale(m_profile);
    m_simulator.setFault(SimulatorFault::Slow, 4, 400);
    const ScaleReading late = scale.read();
    EXPECT_EQ(late.status, ScaleReading::Status::Timeout) << late.detail.toStdString();

    // Let the late answer arrive; the link must have dropped that connection,
    // so the next request gets its own answer, not the stale one.
    m_simulator.setFault(SimulatorFault::None);
    QThread::msleep(500);
    const ScaleReading next = scale.read();
    EXPECT_TRUE(isWeight(next)) << toString(next.status).toStdString() << ": " << next.detail.toStdString();
}

TEST_F(FailureModesTest, SlowWithinTheTimeoutIsStillAWeight)
{
    ModbusScale scale(m_profile);
    m_simulator.setFault(SimulatorFault::Slow, 4, 40);
    const ScaleReading reading = scale.read();
    EXPECT_TRUE(isWeight(reading)) << toString(reading.status).toStdString() << ": " << reading.detail.toStdString();
}

TEST_F(FailureModesTest, ExceptionIsADeviceErrorNamingTheCode)
{
    ModbusScale scale(m_profile);
    m_simulator.setFault(SimulatorFault::Exception, 2);
    ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::DeviceError);
    EXPECT_TRUE(reading.detail.contains(QStringLiteral("exception 2"))) << reading.detail.toStdString();
    EXPECT_TRUE(reading.detail.contains(QStringLiteral("illegal data address"))) << reading.detail.toStdString();
    EXPECT_TRUE(reading.detail.contains(QStringLiteral("holding register"))) << reading.detail.toStdString();

    m_simulator.setFault(SimulatorFault::Exception, 6);
    reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::DeviceError);
    EXPECT_TRUE(reading.detail.contains(QStringLiteral("exception 6"))) << reading.detail.toStdString();

    m_simulator.setFault(SimulatorFault::None);
    EXPECT_TRUE(isWeight(scale.read()));
}

TEST_F(FailureModesTest, MalformedAnswerIsGarbage)
{
    ModbusScale scale(m_profile);
    m_simulator.setFault(SimulatorFault::Garbage);
    const ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::Garbage) << reading.detail.toStdString();
    EXPECT_FALSE(reading.grams.has_value());

    m_simulator.setFault(SimulatorFault::None);
    QThread::msleep(50);
    const ScaleReading next = scale.read();
    EXPECT_TRUE(isWeight(next)) << toString(next.status).toStdString() << ": " << next.detail.toStdString();
}

TEST_F(FailureModesTest, DroppedConnectionIsOffline)
{
    ModbusScale scale(m_profile);
    ASSERT_TRUE(isWeight(scale.read()));
    m_simulator.setFault(SimulatorFault::Disconnect);
    const ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::Offline) << reading.detail.toStdString();

    m_simulator.setFault(SimulatorFault::None);
    EXPECT_TRUE(waitFor([&] { return isWeight(scale.read()); }, 2000));
}

TEST_F(FailureModesTest, NothingListeningIsOffline)
{
    const int port = m_profile.endpoint.port;
    m_simulation->stop();
    m_simulator.stop();
    ScaleProfile profile = m_profile;
    profile.endpoint.port = port;
    ModbusScale scale(profile);
    const ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::Offline) << reading.detail.toStdString();
    EXPECT_FALSE(reading.detail.isEmpty());
}

struct MonitoredFault
{
    const char* name;
    SimulatorFault fault;
    int exceptionCode;
    int delayMs;
    ScaleReading::Status expected;
    const char* detailContains;
};

void PrintTo(const MonitoredFault& fault, std::ostream* out)
{
    *out << fault.name;
}

class MonitorRecoveryTest : public FailureModesTest, public testing::WithParamInterface<MonitoredFault>
{
};

TEST_P(MonitorRecoveryTest, ReportsTheFaultThenRecoversWithoutARestart)
{
    const MonitoredFault& f = GetParam();
    ScaleMonitor monitor(std::make_unique<ModbusScale>(m_profile), m_profile);
    monitor.start();
    ASSERT_TRUE(waitFor([&] { return monitor.latest().status == ScaleReading::Status::Ok; }, 3000));

    m_simulator.setFault(f.fault, f.exceptionCode, f.delayMs);
    ASSERT_TRUE(waitFor([&] { return monitor.latest().status == f.expected; }, 5000))
        << "still " << toString(monitor.latest().status).toStdString();
    const ScaleStatus failing = monitor.latest();
    EXPECT_FALSE(failing.grams.has_value()) << "a failed poll must not show a weight";
    EXPECT_FALSE(failing.stable);
    EXPECT_GE(failing.consecutiveFailures, 1);
    EXPECT_TRUE(failing.detail.contains(QLatin1String(f.detailContains))) << failing.detail.toStdString();
    ASSERT_TRUE(waitFor([&] { return monitor.latest().consecutiveFailures >= 2; }, 5000)) << "no retry";

    m_simulator.setFault(SimulatorFault::None);
    ASSERT_TRUE(waitFor([&] { return monitor.latest().status == ScaleReading::Status::Ok; }, 8000))
        << "never recovered: " << monitor.latest().detail.toStdString();
    const ScaleStatus recovered = monitor.latest();
    EXPECT_EQ(recovered.consecutiveFailures, 0);
    ASSERT_TRUE(recovered.grams.has_value());
    EXPECT_NEAR(*recovered.grams, kWeight, 0.5);
}

INSTANTIATE_TEST_SUITE_P(
    EveryFault, MonitorRecoveryTest,
    testing::Values(MonitoredFault{"Silent", SimulatorFault::Silent, 4, 0, ScaleReading::Status::Timeout, ""},
                    MonitoredFault{"Slow", SimulatorFault::Slow, 4, 400, ScaleReading::Status::Timeout, ""},
                    MonitoredFault{"Exception", SimulatorFault::Exception, 3, 0, ScaleReading::Status::DeviceError,
                                   "exception 3"},
                    MonitoredFault{"Garbage", SimulatorFault::Garbage, 4, 0, ScaleReading::Status::Garbage, ""},
                    MonitoredFault{"Disconnect", SimulatorFault::Disconnect, 4, 0, ScaleReading::Status::Offline, ""}),
    [](const testing::TestParamInfo<MonitoredFault>& info) { return std::string(info.param.name); });

TEST_F(FailureModesTest, TheMonitorBacksOffInsteadOfPollingAFailingDeviceAtItsRate)
{
    m_profile.pollHz = 20; // 50 ms period: 40 polls in the 2 s window
    ScaleMonitor monitor(std::make_unique<ModbusScale>(m_profile), m_profile);
    int statuses = 0;
    QObject::connect(&monitor, &ScaleMonitor::statusChanged, [&statuses](const ScaleStatus&) { ++statuses; });
    monitor.start();
    ASSERT_TRUE(waitFor([&] { return monitor.latest().status == ScaleReading::Status::Ok; }, 3000));

    std::uint64_t before = m_simulator.requestsServed();
    pumpFor(2000);
    const std::uint64_t healthy = m_simulator.requestsServed() - before;

    // An exception answers at once, so only the backoff keeps the rate down:
    // retries after 200, 400, 800 ms... instead of every 50 ms.
    m_simulator.setFault(SimulatorFault::Exception, 4);
    ASSERT_TRUE(waitFor([&] { return monitor.latest().status == ScaleReading::Status::DeviceError; }, 3000));
    before = m_simulator.requestsServed();
    const int statusesBefore = statuses;
    pumpFor(2000);
    const std::uint64_t failing = m_simulator.requestsServed() - before;
    const int failingPolls = statuses - statusesBefore;

    EXPECT_GE(healthy, 15u) << "healthy polling at 20 Hz";
    EXPECT_LE(failing, 6u) << "polled a failing device " << failing << " times in 2 s";
    EXPECT_GE(failingPolls, 1) << "it must keep retrying";
    EXPECT_LE(failingPolls, 6);
    EXPECT_GE(monitor.latest().consecutiveFailures, 3);
}

TEST_F(FailureModesTest, NoCallBlocksTheCallerAndTheDestructorStopsPromptlyDuringAHungPoll)
{
    m_profile.endpoint.responseTimeoutMs = 300;
    m_simulator.setFault(SimulatorFault::Silent);
    QElapsedTimer clock;
    std::optional<ScaleMonitor> monitor;
    monitor.emplace(std::make_unique<ModbusScale>(m_profile), m_profile);
    clock.start();
    monitor->start();
    QThread::msleep(50); // the first poll is now waiting for an answer
    monitor->requestTare();
    monitor->requestZero();
    (void)monitor->latest();
    monitor->stop();
    monitor->start();
    EXPECT_LT(clock.elapsed(), 150) << "start/stop/request/latest must only queue work";

    clock.restart();
    monitor.reset();
    EXPECT_LT(clock.elapsed(), 1500) << "the destructor waited for more than a blocked poll";
}

} // namespace
