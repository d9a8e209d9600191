// The commissioning commands end to end, as a technician runs them: the
// packdesk binary simulates a scale or tower in one process, and reads or
// drives it from another, over Modbus TCP on loopback.
#include "clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace packdesk::testing;

namespace {

const QString kProfiles = QStringLiteral(DEVICE_PROFILES_DIR);

/// `packdesk simulate ...` in the background, stopped by its pid.
class Simulator
{
public:
    explicit Simulator(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(PACKDESK_BINARY));
        m_process.setArguments(arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        m_process.start();
        // "simulating scale '...' on 127.0.0.1:PORT (unit 1)"
        const QRegularExpression banner(QStringLiteral(" on 127\\.0\\.0\\.1:(\\d+) "));
        for (int i = 0; i < 100 && m_port == 0; ++i) {
            m_process.waitForReadyRead(100);
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto match = banner.match(m_output); match.hasMatch())
                m_port = match.captured(1).toInt();
        }
    }
    ~Simulator()
    {
        m_process.terminate(); // SIGTERM: the simulator stops cleanly
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
    int port() const { return m_port; }
    QString output()
    {
        m_process.waitForReadyRead(100); // no event loop here: let QProcess read the pipe
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_output;
    }
    int stop()
    {
        m_process.terminate();
        m_process.waitForFinished(3000);
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QString m_output;
    int m_port = 0;
};

/// A copy of an example profile pointing at the simulator's port.
QString profileOnPort(const QTemporaryDir& dir, const QString& example, int port)
{
    QFile in(kProfiles + QLatin1Char('/') + example);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(in.readAll());
    json.replace(QRegularExpression(QStringLiteral("\"port\": \\d+")), QStringLiteral("\"port\": %1").arg(port));
    const QString path = dir.filePath(example);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(json.toUtf8());
    return path;
}

} // namespace

TEST(DevicesCli, ScaleReadPrintsTheSimulatedStableWeight)
{
    QTemporaryDir dir;
    Simulator simulator({QStringLiteral("simulate"), QStringLiteral("scale"), QStringLiteral("--profile"),
                         kProfiles + QStringLiteral("/scale-int32-abcd-status-bit.json"), QStringLiteral("--weight"),
                         QStringLiteral("930"), QStringLiteral("--settle"), QStringLiteral("100")});
    ASSERT_GT(simulator.port(), 0) << simulator.output().toStdString();
    const QString profile = profileOnPort(dir, QStringLiteral("scale-int32-abcd-status-bit.json"), simulator.port());

    const CliResult read = runPackdesk({QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--profile"), profile});
    EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_TRUE(read.out.contains(QStringLiteral("930.0 g  stable"))) << read.out.toStdString();
    EXPECT_EQ(simulator.stop(), 0) << "SIGTERM stops the simulator cleanly";
}

TEST(DevicesCli, ScaleReadFromNothingSaysOfflineAndFails)
{
    QTemporaryDir dir;
    const QString profile = profileOnPort(dir, QStringLiteral("scale-float32-cdab-no-flag.json"), 1);
    const CliResult read = runPackdesk({QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--profile"),
                                        profile, QStringLiteral("--timeout"), QStringLiteral("300")});
    EXPECT_EQ(read.exitCode, 1);
    EXPECT_TRUE(read.err.contains(QStringLiteral("[scale_offline]"))) << read.err.toStdString();
}

TEST(DevicesCli, TowerTestCyclesEveryLampOnTheSimulatedTower)
{
    QTemporaryDir dir;
    Simulator simulator({QStringLiteral("simulate"), QStringLiteral("tower"), QStringLiteral("--profile"),
                         kProfiles + QStringLiteral("/tower-4-coils.json")});
    ASSERT_GT(simulator.port(), 0) << simulator.output().toStdString();
    const QString profile = profileOnPort(dir, QStringLiteral("tower-4-coils.json"), simulator.port());

    const CliResult test = runPackdesk({QStringLiteral("tower"), QStringLiteral("test"), QStringLiteral("--profile"),
                                        profile, QStringLiteral("--step-ms"), QStringLiteral("150")});
    ASSERT_EQ(test.exitCode, 0) << test.err.toStdString();
    EXPECT_EQ(test.out, QStringLiteral("tower: green\ntower: amber\ntower: red\ntower: buzzer\ntower: off\n"));
    // The simulated tower saw the lamps change (it polls its coils every 50 ms).
    QString seen;
    for (int i = 0; i < 20 && !seen.contains(QStringLiteral("tower: off")); ++i)
        seen = simulator.output();
    EXPECT_TRUE(seen.contains(QStringLiteral("tower: green"))) << seen.toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("tower: red"))) << seen.toStdString();
}

TEST(DevicesCli, ABadProfileIsNamedWithItsField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "x", "kind": "scale", "connection": {"transport": "tcp"},
                  "weight": {"table": "holding", "address": 0, "type": "int24"}})");
    file.close();
    const CliResult read = runPackdesk({QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--profile"), path});
    EXPECT_EQ(read.exitCode, 1);
    EXPECT_TRUE(read.err.contains(QStringLiteral("weight.type: expected one of"))) << read.err.toStdString();
}
