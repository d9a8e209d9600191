// The packdesk binary end to end: real SQLite file, real processes.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace packdesk::testing;

namespace {
const QString kFixtures = QStringLiteral(CLI_FIXTURES_DIR);

const char* kOpenAndScanOne = "login P01\nscan 1001\nscan 4006381333931\n";
const char* kFinish = R"(login P01
scan 4006381333931
scan 036000291452
box M
weigh 930
quality right_box_size=ok protection=ok seal=defect:tape_torn card_inserted=ok label_placement=ok note="re-taped"
print ok
complete
expect state packed
)";

class PackdeskCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        db = m_dir.filePath(QStringLiteral("station.sqlite"));
        ASSERT_EQ(run({QStringLiteral("packers"), QStringLiteral("add"), QStringLiteral("P01"), QStringLiteral("--name"),
                       QStringLiteral("Zoë"), QStringLiteral("--locale"), QStringLiteral("fr")})
                      .exitCode,
                  0);
        ASSERT_EQ(run({QStringLiteral("orders"), QStringLiteral("import"), kFixtures + QStringLiteral("/orders.json")})
                      .exitCode,
                  0);
    }

    CliResult run(QStringList arguments, const QString& station = QStringLiteral("S1"))
    {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--station") << station;
        return runPackdesk(arguments);
    }

    CliResult pack(const char* script, const QString& station = QStringLiteral("S1"))
    {
        const QString path = m_dir.filePath(QStringLiteral("script-%1.pack").arg(++m_scripts));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(script);
        file.close();
        return run({QStringLiteral("pack"), path}, station);
    }

    QTemporaryDir m_dir;
    QString db;
    int m_scripts = 0;
};
} // namespace

TEST(PackdeskCliUsage, EverySubcommandHasHelp)
{
    for (const char* command : {"orders", "pack", "stats", "db", "packers", "shops", "demo"}) {
        const auto result = runPackdesk({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(result.exitCode, 0) << command;
        EXPECT_TRUE(result.out.startsWith(QStringLiteral("Usage: packdesk ") + QString::fromLatin1(command)))
            << command << ": " << result.out.toStdString();
    }
    EXPECT_EQ(runPackdesk({QStringLiteral("--help")}).exitCode, 0);
}

TEST(PackdeskCliUsage, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(runPackdesk({}).exitCode, 2);
    EXPECT_EQ(runPackdesk({QStringLiteral("fly")}).exitCode, 2);
    EXPECT_EQ(runPackdesk({QStringLiteral("orders")}).exitCode, 2);
    EXPECT_EQ(runPackdesk({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(runPackdesk({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("yesterday")}).exitCode, 2);
}

TEST_F(PackdeskCli, AScriptPacksAnOrderAcrossTwoRunsResumingTheSession)
{
    const auto first = pack(kOpenAndScanOne);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const auto second = pack(kFinish);
    ASSERT_EQ(second.exitCode, 0) << second.out.toStdString() << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("resumed order acme/1001 at verifying (1 of 3 items scanned)")))
        << second.out.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("1 order(s) packed")));
    const auto list = run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("packed")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("acme/1001"))) << list.out.toStdString();
    EXPECT_FALSE(list.out.contains(QStringLiteral("acme/1002")));
}

TEST_F(PackdeskCli, ASecondStationIsToldWhoIsPackingTheOrder)
{
    ASSERT_EQ(pack(kOpenAndScanOne).exitCode, 0);
    const auto other = pack("login P01\nscan acme/1001\n", QStringLiteral("S2"));
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("station S1"))) << other.err.toStdString();
    EXPECT_TRUE(other.err.contains(QStringLiteral("Zoë"))) << other.err.toStdString();
    EXPECT_TRUE(other.err.contains(QStringLiteral("[order_claimed]")));
}

TEST_F(PackdeskCli, AFailedExpectationExitsWithOneAndNamesTheLine)
{
    const auto result = pack("login P01\nscan 1001\nexpect state packed\n");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 3: expected state packed, but it is verifying")))
        << result.err.toStdString();
}

TEST_F(PackdeskCli, AScriptWithASyntaxErrorRunsNothing)
{
    const auto result = pack("login P01\nscan 1001\njump\n");
    EXPECT_EQ(result.exitCode, 2);
    const auto list = run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("packing")});
    EXPECT_FALSE(list.out.contains(QStringLiteral("acme/1001"))) << "no session may have been opened";
}

TEST_F(PackdeskCli, StatsCountThePackedOrderAndTheShortPick)
{
    ASSERT_EQ(pack(kOpenAndScanOne).exitCode, 0);
    ASSERT_EQ(pack(kFinish).exitCode, 0);
    ASSERT_EQ(pack("login P01\nscan 1002\nshort-pick \"bin empty\"\nexpect state exception\n").exitCode, 0);
    const auto stats = run({QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("orders_packed")).toInt(), 1);
    EXPECT_EQ(totals.value(QStringLiteral("exceptions")).toInt(), 1);
    const QJsonArray reasons = json.value(QStringLiteral("exceptions_by_reason")).toArray();
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("short_pick"));
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("count")).toInt(), 1);
    const auto table = run({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("packer")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("Orders packed: 1"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("P01"))) << table.out.toStdString();
    const auto other = run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--packer"), QStringLiteral("P99")});
    EXPECT_EQ(QJsonDocument::fromJson(other.out.toUtf8()).object().value(QStringLiteral("totals")).toObject()
                  .value(QStringLiteral("orders_packed")).toInt(),
              0);
    EXPECT_EQ(run({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("planet")}).exitCode, 2);
}

TEST_F(PackdeskCli, ReimportingNeverTouchesAPackedOrder)
{
    ASSERT_EQ(pack(kOpenAndScanOne).exitCode, 0);
    ASSERT_EQ(pack(kFinish).exitCode, 0);
    const auto again = run({QStringLiteral("orders"), QStringLiteral("import"), kFixtures + QStringLiteral("/orders.json")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("1 skipped (packed or cancelled)"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("1 unchanged"))) << again.out.toStdString();
}

TEST_F(PackdeskCli, BackupMakesAWorkingCopy)
{
    const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_EQ(run({QStringLiteral("db"), QStringLiteral("backup"), copy}).exitCode, 0);
    const auto list = runPackdesk({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--db"), copy});
    EXPECT_TRUE(list.out.contains(QStringLiteral("acme/1002"))) << list.out.toStdString();
}

TEST_F(PackdeskCli, MigrateReportsTheSchemaVersion)
{
    const auto result = run({QStringLiteral("db"), QStringLiteral("migrate")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("schema version"))) << result.out.toStdString();
}

TEST_F(PackdeskCli, ShowPrintsTheOrderWithItsUtf8Names)
{
    const auto result = run({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("acme/1001")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Bjørn Ødegård")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("2 earlier order(s)")));
    EXPECT_EQ(run({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("acme/9999")}).exitCode, 1);
}

TEST_F(PackdeskCli, ADemoRestartedAfterAnInterruptionGivesTheOpenOrderBackAndPacksIt)
{
    const auto demoDb = m_dir.filePath(QStringLiteral("interrupted.sqlite"));
    const QStringList where{QStringLiteral("--db"), demoDb, QStringLiteral("--station"), QStringLiteral("demo-1")};
    ASSERT_EQ(runPackdesk(QStringList{QStringLiteral("packers"), QStringLiteral("add"), QStringLiteral("P09"),
                                      QStringLiteral("--name"), QStringLiteral("Åsa")} + where)
                  .exitCode,
              0);
    ASSERT_EQ(runPackdesk(QStringList{QStringLiteral("orders"), QStringLiteral("import"),
                                      QStringLiteral(DEMO_ORDERS_FILE)} + where)
                  .exitCode,
              0);
    // The interrupted run: an order opened at the demo's station and never finished.
    ASSERT_EQ(runPackdesk(QStringList{QStringLiteral("pack"), QStringLiteral("-")} + where,
                          "login P09\nscan nordlys/NL-10041\n")
                  .exitCode,
              0);
    const auto result = runPackdesk(QStringList{QStringLiteral("demo")} + where);
    ASSERT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("--- order nordlys/NL-10041"))) << result.out.toStdString();
    const auto list = runPackdesk(QStringList{QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                                              QStringLiteral("packing")} + where);
    EXPECT_FALSE(list.out.contains(QStringLiteral("NL-10041"))) << list.out.toStdString();
}

TEST_F(PackdeskCli, DemoPacksEveryDemoOrder)
{
    const auto demoDb = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const auto result = runPackdesk({QStringLiteral("demo"), QStringLiteral("--fresh"), QStringLiteral("--db"), demoDb,
                                     QStringLiteral("--station"), QStringLiteral("demo-1")});
    ASSERT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("demo order(s) packed"))) << result.out.toStdString();
    // The demo's shift started three hours ago: maybe yesterday (UTC).
    const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    const auto stats = runPackdesk({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--from"), yesterday,
                                    QStringLiteral("--db"), demoDb});
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    EXPECT_GT(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("orders_packed")).toInt(), 5)
        << stats.out.toStdString();
}
