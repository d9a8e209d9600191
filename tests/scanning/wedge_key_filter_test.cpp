// The Qt adapter for wedge scanners: key events sent to a window are lifted
// into scans; a person's keys still reach the window, in order.
#include "scanning/wedgekeyfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace packdesk::scanning;

namespace {

/// Stands in for the station window: records the keys that reach it.
class KeyRecorder : public QObject
{
public:
    QString received;

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            received += key->key() == Qt::Key_Return ? QStringLiteral("⏎") : key->text();
            return true;
        }
        return QObject::event(event);
    }
};

void press(QObject* target, const QString& text, quint64 timestampMs)
{
    for (QChar c : text) {
        const bool enter = c == QLatin1Char('\n');
        QKeyEvent event(QEvent::KeyPress, enter ? Qt::Key_Return : Qt::Key_unknown, Qt::NoModifier,
                        enter ? QStringLiteral("\r") : QString(c));
        event.setTimestamp(timestampMs);
        QCoreApplication::sendEvent(target, &event);
        timestampMs += enter ? 2 : 4;
    }
}

} // namespace

TEST(WedgeKeyFilter, LiftsAScanOutOfKeyEventsSoTheWindowNeverSeesIt)
{
    KeyRecorder window;
    WedgeKeyFilter filter;
    window.installEventFilter(&filter);
    QSignalSpy scans(&filter, &WedgeKeyFilter::scanned);

    press(&window, QStringLiteral("4006381333931\n"), 1000);

    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), QStringLiteral("4006381333931"));
    EXPECT_TRUE(window.received.isEmpty());
}

TEST(WedgeKeyFilter, GivesAPersonsKeysBackToTheWindowAfterTheGap)
{
    KeyRecorder window;
    WedgeKeyFilter filter;
    window.installEventFilter(&filter);
    QSignalSpy scans(&filter, &WedgeKeyFilter::scanned);

    press(&window, QStringLiteral("4"), 1000);
    press(&window, QStringLiteral("2"), 1200);
    press(&window, QStringLiteral("\n"), 1400);
    // The last key is held for up to maxInterKeyMs; wait for the replay.
    for (int i = 0; i < 50 && window.received.size() < 3; ++i)
        QTest::qWait(10);

    EXPECT_EQ(window.received, QStringLiteral("42⏎"));
    EXPECT_EQ(scans.size(), 0);
}

TEST(WedgeKeyFilter, ScanBetweenTypedKeysKeepsTheTypedOrder)
{
    KeyRecorder window;
    WedgeKeyFilter filter;
    window.installEventFilter(&filter);
    QSignalSpy scans(&filter, &WedgeKeyFilter::scanned);

    press(&window, QStringLiteral("a"), 1000);
    press(&window, QStringLiteral("SKU-0042\n"), 1300);
    press(&window, QStringLiteral("b"), 1700);
    QTest::qWait(100);

    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), QStringLiteral("SKU-0042"));
    EXPECT_EQ(window.received, QStringLiteral("ab"));
}

TEST(WedgeKeyFilter, GroupSeparatorTypedAsCtrlBracketIsPartOfTheScan)
{
    KeyRecorder window;
    WedgeKeyFilter filter;
    window.installEventFilter(&filter);
    QSignalSpy scans(&filter, &WedgeKeyFilter::scanned);

    press(&window, QStringLiteral("]C11012"), 1000);
    QKeyEvent gs(QEvent::KeyPress, Qt::Key_BracketRight, Qt::ControlModifier, QStringLiteral("\x1d"));
    gs.setTimestamp(1030);
    QCoreApplication::sendEvent(&window, &gs);
    press(&window, QStringLiteral("21X\n"), 1034);

    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), QStringLiteral("]C11012\x1d"
                                                           "21X"));
}
