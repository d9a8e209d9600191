#include "core/packsession.h"
#include "storetesting.h"

#include <QElapsedTimer>
#include <QProcess>
#include <csignal>
#include <sys/types.h>

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

const QString kStation = QStringLiteral("S-crash");
const QString kBarcode = QStringLiteral("4006381333931");

/// The last complete line a child printed, as a number (-1 when none).
int lastCount(const QByteArray& output)
{
    const QList<QByteArray> lines = output.split('\n');
    // The final element is what follows the last newline: empty, or a line cut off by the kill.
    for (auto it = lines.rbegin() + 1; it < lines.rend(); ++it) {
        bool ok = false;
        const int value = it->trimmed().toInt(&ok);
        if (ok)
            return value;
    }
    return -1;
}

class CrashResumeTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        Order order = orderOf(QStringLiteral("acme"), QStringLiteral("9000"));
        order.lines.resize(1);
        order.lines[0].quantity = 100000; // far more than any run gets through before the kill
        import({order});
        store.reset(); // the children and each check open their own connection
    }

    /// Runs the child until it has printed at least `atLeast`, kills it with
    /// SIGKILL and returns the last count it printed.
    int runAndKill(int atLeast)
    {
        QProcess child;
        child.setProgram(QStringLiteral(STORE_CRASH_CHILD_PATH));
        child.setArguments({dbPath(), kStation, QStringLiteral("acme/9000"), kBarcode});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        EXPECT_TRUE(child.waitForStarted(10'000));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (lastCount(output) < atLeast && timer.elapsed() < 60'000) {
            if (child.state() != QProcess::Running) {
                ADD_FAILURE() << "child stopped early: " << child.readAllStandardError().toStdString();
                return -1;
            }
            child.waitForReadyRead(1000);
            output += child.readAllStandardOutput();
        }
        EXPECT_GE(lastCount(output), atLeast) << "child too slow";
        ::kill(pid_t(child.processId()), SIGKILL);
        EXPECT_TRUE(child.waitForFinished(10'000));
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
        // What it printed between our last read and its death is still in the pipe.
        output += child.readAllStandardOutput();
        return lastCount(output);
    }
};

TEST_F(CrashResumeTest, AKilledStationResumesWithEveryScanItHadReported)
{
    int printed = 0;
    qint64 sessionId = 0;
    for (int round = 0; round < 3; ++round) {
        // Kill at a different point each round, always well into the run.
        printed = runAndKill(printed + 200 + 70 * round);
        ASSERT_GT(printed, 0);

        auto fresh = openStore(dbPath());
        ASSERT_TRUE(fresh);
        auto active = fresh->activeSession(kStation);
        ASSERT_OK(active);
        ASSERT_TRUE(active.value().has_value()) << "round " << round;
        const OpenedSession& opened = *active.value();
        if (round == 0)
            sessionId = opened.sessionId;
        EXPECT_EQ(opened.sessionId, sessionId) << "every run continues the one session";
        int storedScans = 0;
        for (const DomainEvent& event : opened.history)
            storedScans += event.type == EventTypes::ItemScanned ? 1 : 0;

        PackSession session = PackSession::replay(
            opened.order, opened.settings,
            {opened.sessionId, kStation, QStringLiteral("P-crash"), opened.startedAtMs}, opened.history);
        EXPECT_EQ(session.totalScanned(), storedScans);
        // Everything reported as committed survived; at most the one scan in flight is extra.
        EXPECT_GE(storedScans, printed) << "round " << round;
        EXPECT_LE(storedScans, printed + 1) << "round " << round;

        auto raw = openRaw(dbPath());
        ASSERT_TRUE(raw);
        auto check = raw->prepare("PRAGMA integrity_check");
        ASSERT_OK(check);
        ASSERT_TRUE(check->step().value());
        EXPECT_EQ(check->text(0), QStringLiteral("ok"));

        // The resumed session goes on scanning.
        auto decided = session.scanItem(kBarcode, 1'800'000'000'000);
        ASSERT_OK(decided);
        ASSERT_EQ(decided->at(0).type, EventTypes::ItemScanned);
        ASSERT_OK(fresh->appendToSession(opened.sessionId, decided.value(), SessionUpdate{}));
        auto after = fresh->activeSession(kStation);
        ASSERT_OK(after);
        EXPECT_EQ(after.value()->history.size(), opened.history.size() + 1);
        printed = storedScans + 1;
    }
}

} // namespace
