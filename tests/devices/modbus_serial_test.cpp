// ModbusScale against an independent Modbus TCP implementation: the npm
// package modbus-serial (pinned in tests/package.json), run by node from
// modbus-serial-scale.js. Agreeing with our own simulator proves little if
// both share a misreading of the protocol; agreeing with this one does.

#include "devicetestsupport.h"

#include "devices/modbuslink.h"
#include "devices/modbusscale.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

using namespace packdesk;
using namespace packdesk::devices;
using namespace packdesk::devices::testsupport;

namespace {

class ModbusSerialTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ensureApplication();
        // Not a skip: without the package this suite would silently test nothing.
        ASSERT_TRUE(QFileInfo::exists(QStringLiteral(NODE_MODULES_DIR "/modbus-serial/package.json")))
            << "npm package modbus-serial missing under " NODE_MODULES_DIR ": run `npm ci` in tests/";

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NODE_PATH"), QStringLiteral(NODE_MODULES_DIR));
        m_node.setProcessEnvironment(environment);
        m_node.setWorkingDirectory(QFileInfo(QStringLiteral(NODE_MODULES_DIR)).absolutePath());
        m_node.setProcessChannelMode(QProcess::SeparateChannels);
        m_node.start(QStringLiteral(NODE_PROGRAM), {QStringLiteral(DEVICES_TEST_DIR "/modbus-serial-scale.js")});
        ASSERT_TRUE(m_node.waitForStarted(5000)) << m_node.errorString().toStdString();

        QElapsedTimer clock;
        clock.start();
        while (m_port == 0 && clock.elapsed() < 15000) {
            if (!m_node.canReadLine() && !m_node.waitForReadyRead(200)) {
                if (m_node.state() == QProcess::NotRunning)
                    break;
                continue;
            }
            const QByteArray line = m_node.readLine().trimmed();
            if (line.startsWith("PORT "))
                m_port = line.mid(5).toInt();
        }
        ASSERT_GT(m_port, 0) << "the node server did not start: " << m_node.readAllStandardError().toStdString();
    }

    void TearDown() override
    {
        if (m_node.state() != QProcess::NotRunning) {
            m_node.kill(); // SIGKILL to this pid only
            m_node.waitForFinished(5000);
        }
    }

    ScaleProfile profile() const
    {
        ScaleProfile profile = loopbackScale(m_port);
        // Not 1: the server answers every unit id because its own is 255.
        profile.endpoint.unitId = 7;
        profile.endpoint.responseTimeoutMs = 1000; // node may be slow on a busy machine
        return profile;
    }

    QProcess m_node;
    int m_port = 0;
};

TEST_F(ModbusSerialTest, ReadsAFloat32WeightAndTheStableCoil)
{
    ScaleProfile p = profile();
    p.weight.type = ValueType::Float32;
    p.stableFlag = BitLocation{ModbusArea::Coil, 0, 0, true};
    ModbusScale scale(p);
    const ScaleReading reading = scale.read();
    ASSERT_TRUE(reading.ok()) << toString(reading.status).toStdString() << ": " << reading.detail.toStdString();
    EXPECT_DOUBLE_EQ(*reading.grams, 1234.5);
    EXPECT_TRUE(reading.hasStableFlag);
    EXPECT_TRUE(reading.deviceStable);
}

TEST_F(ModbusSerialTest, ReadsAnInt32WeightWithScaleAndAnActiveLowInput)
{
    ScaleProfile p = profile();
    p.weight.address = 2;
    p.weight.type = ValueType::Int32;
    p.weight.scale = 0.1;
    p.stableFlag = BitLocation{ModbusArea::DiscreteInput, 1, 0, false};
    ModbusScale scale(p);
    const ScaleReading reading = scale.read();
    ASSERT_TRUE(reading.ok()) << toString(reading.status).toStdString() << ": " << reading.detail.toStdString();
    EXPECT_NEAR(*reading.grams, 1234.5, 1e-9);
    EXPECT_TRUE(reading.deviceStable);
}

TEST_F(ModbusSerialTest, TareWritesTheCoilTheServerThenReports)
{
    ScaleProfile p = profile();
    p.tare = WriteAction{ModbusArea::Coil, 5, 1};
    ModbusScale scale(p);
    const Result<void> tare = scale.tare();
    ASSERT_TRUE(tare.ok()) << tare.error().message.toStdString();

    ModbusLink link(p.endpoint);
    const auto coils = link.readBits(ModbusArea::Coil, 4, 3);
    ASSERT_TRUE(coils.ok()) << coils.error().message.toStdString();
    EXPECT_EQ(coils.value(), (std::vector<bool>{false, true, false}));
}

TEST_F(ModbusSerialTest, AnExceptionFromAnotherImplementationIsADeviceError)
{
    ScaleProfile p = profile();
    p.weight.address = 100; // beyond the server's 16 registers
    ModbusScale scale(p);
    const ScaleReading reading = scale.read();
    EXPECT_EQ(reading.status, ScaleReading::Status::DeviceError) << reading.detail.toStdString();
    EXPECT_TRUE(reading.detail.contains(QStringLiteral("exception 2"))) << reading.detail.toStdString();
}

} // namespace
