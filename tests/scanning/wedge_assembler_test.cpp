// The keyboard-wedge assembler: a scanner's fast burst ended by a terminator
// is a scan; a person's keys come back as typed keys, in order.
#include "scanning/wedgeassembler.h"

#include <QStringList>
#include <gtest/gtest.h>

using namespace packdesk::scanning;

namespace {

/// Feeds keys and collects what comes out, with a readable transcript:
/// "scan:ABC" for scans, "typed:ab⏎" for typed keys, "noise:N" for discards.
class WedgeDriver
{
public:
    explicit WedgeDriver(WedgeSettings settings = {}) : m_assembler(std::move(settings)) {}

    /// Types `text` starting at `startMs` with `gapMs` between keys; '\n' is
    /// Enter and '\t' is Tab. Returns the time of the last key.
    std::int64_t type(const QString& text, std::int64_t startMs, int gapMs)
    {
        std::int64_t t = startMs;
        for (QChar c : text) {
            WedgeKey key = c == QLatin1Char('\n')   ? WedgeKey::enter(t)
                           : c == QLatin1Char('\t') ? WedgeKey::tab(t)
                                                    : WedgeKey::character(QString(c), t);
            collect(m_assembler.feed(key));
            t += gapMs;
        }
        return t - gapMs;
    }
    void other(std::int64_t t) { collect(m_assembler.feed(WedgeKey{WedgeKey::Kind::Other, {}, t, 0})); }
    void silence() { collect(m_assembler.silence()); }

    QStringList transcript() const { return m_transcript; }
    bool pending() const { return m_assembler.hasPending(); }

private:
    void collect(const std::vector<WedgeOutput>& outputs)
    {
        for (const WedgeOutput& output : outputs) {
            switch (output.kind) {
            case WedgeOutput::Kind::Scan:
                m_transcript << QStringLiteral("scan:") + output.text;
                break;
            case WedgeOutput::Kind::Discarded:
                m_transcript << QStringLiteral("noise:%1").arg(output.keys.size());
                break;
            case WedgeOutput::Kind::Typed: {
                QString keys;
                for (const WedgeKey& key : output.keys) {
                    switch (key.kind) {
                    case WedgeKey::Kind::Character:
                        keys += key.text;
                        break;
                    case WedgeKey::Kind::Enter:
                        keys += QStringLiteral("⏎");
                        break;
                    case WedgeKey::Kind::Tab:
                        keys += QStringLiteral("⇥");
                        break;
                    case WedgeKey::Kind::Other:
                        keys += QStringLiteral("·");
                        break;
                    }
                }
                m_transcript << QStringLiteral("typed:") + keys;
                break;
            }
            }
        }
    }

    WedgeAssembler m_assembler;
    QStringList m_transcript;
};

} // namespace

TEST(WedgeAssembler, FastBurstEndedByEnterIsOneScan)
{
    WedgeDriver wedge;
    wedge.type(QStringLiteral("5901234123457\n"), 1000, 4);
    EXPECT_EQ(wedge.transcript(), QStringList{QStringLiteral("scan:5901234123457")});
    EXPECT_FALSE(wedge.pending());
}

TEST(WedgeAssembler, SlowTypingIsGivenBackAsTyping)
{
    WedgeDriver wedge;
    const auto last = wedge.type(QStringLiteral("1001\n"), 1000, 120);
    wedge.silence();
    QString typed;
    for (const QString& entry : wedge.transcript()) {
        ASSERT_TRUE(entry.startsWith(QStringLiteral("typed:"))) << entry.toStdString();
        typed += entry.mid(6);
    }
    EXPECT_EQ(typed, QStringLiteral("1001⏎"));
    EXPECT_GT(last, 1000);
}

TEST(WedgeAssembler, FastTypistRollOverIsNotAScan)
{
    WedgeDriver wedge; // two keys 20 ms apart and Enter: shorter than minScanLength
    wedge.type(QStringLiteral("ok\n"), 1000, 20);
    EXPECT_EQ(wedge.transcript(), QStringList{QStringLiteral("typed:ok⏎")});
}

TEST(WedgeAssembler, GapAtTheLimitStillBelongsToTheBurst)
{
    WedgeDriver atLimit;
    atLimit.type(QStringLiteral("ABC123\n"), 0, 30);
    EXPECT_EQ(atLimit.transcript(), QStringList{QStringLiteral("scan:ABC123")});

    WedgeDriver overLimit;
    overLimit.type(QStringLiteral("ABC123\n"), 0, 31);
    overLimit.silence();
    EXPECT_FALSE(overLimit.transcript().join(QString()).contains(QStringLiteral("scan:")));
}

TEST(WedgeAssembler, TwoScansInQuickSuccessionAreTwoScans)
{
    WedgeDriver wedge;
    const auto end = wedge.type(QStringLiteral("4006381333931\n"), 0, 3);
    wedge.type(QStringLiteral("4006381333931\n"), end + 2, 3);
    EXPECT_EQ(wedge.transcript(),
              (QStringList{QStringLiteral("scan:4006381333931"), QStringLiteral("scan:4006381333931")}));
}

TEST(WedgeAssembler, TypingBeforeAndAfterAScanKeepsItsOrder)
{
    WedgeDriver wedge;
    auto t = wedge.type(QStringLiteral("ab"), 0, 150);
    t = wedge.type(QStringLiteral("SKU-77\n"), t + 150, 5);
    wedge.type(QStringLiteral("c"), t + 200, 150);
    wedge.silence();
    EXPECT_EQ(wedge.transcript(), (QStringList{QStringLiteral("typed:a"), QStringLiteral("typed:b"),
                                               QStringLiteral("scan:SKU-77"), QStringLiteral("typed:c")}));
}

TEST(WedgeAssembler, BurstBrokenByAPauseScansOnlyTheFastTail)
{
    WedgeDriver wedge;
    auto t = wedge.type(QStringLiteral("12"), 0, 5);
    wedge.type(QStringLiteral("3456\n"), t + 400, 5);
    EXPECT_EQ(wedge.transcript(), (QStringList{QStringLiteral("typed:12"), QStringLiteral("scan:3456")}));
}

TEST(WedgeAssembler, TabTerminatesWhenConfigured)
{
    WedgeDriver withTab;
    withTab.type(QStringLiteral("BADGE-P01\t"), 0, 4);
    EXPECT_EQ(withTab.transcript(), QStringList{QStringLiteral("scan:BADGE-P01")});

    WedgeSettings enterOnly;
    enterOnly.tabTerminates = false;
    WedgeDriver withoutTab(enterOnly);
    withoutTab.type(QStringLiteral("BADGE-P01\t"), 0, 4);
    withoutTab.silence();
    EXPECT_EQ(withoutTab.transcript(),
              (QStringList{QStringLiteral("typed:BADGE-P01"), QStringLiteral("typed:⇥")}));
}

TEST(WedgeAssembler, UnterminatedBurstIsTypingWhenATerminatorIsRequired)
{
    WedgeDriver wedge;
    wedge.type(QStringLiteral("5901234123457"), 0, 4);
    EXPECT_TRUE(wedge.pending());
    wedge.silence();
    EXPECT_EQ(wedge.transcript(), QStringList{QStringLiteral("typed:5901234123457")});
}

TEST(WedgeAssembler, ScannerWithoutSuffixEndsAScanBySilence)
{
    WedgeSettings settings;
    settings.requireTerminator = false;
    WedgeDriver wedge(settings);
    auto t = wedge.type(QStringLiteral("5901234123457"), 0, 4);
    // The next scan starts 80 ms later: the gap itself ends the first one.
    wedge.type(QStringLiteral("96385074"), t + 80, 4);
    wedge.silence();
    EXPECT_EQ(wedge.transcript(),
              (QStringList{QStringLiteral("scan:5901234123457"), QStringLiteral("scan:96385074")}));
}

TEST(WedgeAssembler, StripsPrefixAndSuffix)
{
    WedgeSettings settings;
    settings.prefix = QStringLiteral("#");
    settings.suffix = QStringLiteral("$");
    WedgeDriver wedge(settings);
    wedge.type(QStringLiteral("#ORDER-1001$\n"), 0, 4);
    EXPECT_EQ(wedge.transcript(), QStringList{QStringLiteral("scan:ORDER-1001")});
}

TEST(WedgeAssembler, PrefixSeparatesAKeyTypedJustBeforeTheScan)
{
    WedgeSettings settings;
    settings.prefix = QStringLiteral("#");
    WedgeDriver wedge(settings);
    // A person hits "x"; 10 ms later the scanner starts: timing alone
    // can't tell them apart, the prefix can.
    wedge.type(QStringLiteral("x"), 0, 0);
    wedge.type(QStringLiteral("#4006381333931\n"), 10, 4);
    EXPECT_EQ(wedge.transcript(),
              (QStringList{QStringLiteral("typed:x"), QStringLiteral("scan:4006381333931")}));
}

TEST(WedgeAssembler, WithAPrefixConfiguredABurstWithoutItIsTyping)
{
    WedgeSettings settings;
    settings.prefix = QStringLiteral("#");
    WedgeDriver wedge(settings);
    wedge.type(QStringLiteral("4006381333931\n"), 0, 4);
    EXPECT_EQ(wedge.transcript(), QStringList{QStringLiteral("typed:4006381333931⏎")});
}

TEST(WedgeAssembler, KeepsGroupSeparatorsOfGs1Codes)
{
    WedgeDriver wedge;
    const QString gs1 =
        QStringLiteral("]C1010950110153000317260101") + QChar(0x1d) + QStringLiteral("10ABC\n");
    wedge.type(gs1, 0, 2);
    ASSERT_EQ(wedge.transcript().size(), 1);
    EXPECT_EQ(wedge.transcript().front(), QStringLiteral("scan:") + gs1.chopped(1));
}

TEST(WedgeAssembler, EnterOnItsOwnIsAPersonsKey)
{
    WedgeDriver wedge;
    wedge.type(QStringLiteral("\n"), 0, 0);
    EXPECT_EQ(wedge.transcript(), QStringList{QStringLiteral("typed:⏎")});
}

TEST(WedgeAssembler, NonCharacterKeyEndsABurstAsTyping)
{
    WedgeDriver wedge;
    wedge.type(QStringLiteral("abc"), 0, 5);
    wedge.other(20);
    EXPECT_EQ(wedge.transcript(), (QStringList{QStringLiteral("typed:abc"), QStringLiteral("typed:·")}));
}

TEST(WedgeAssembler, EndlessBurstIsDiscardedAsNoise)
{
    WedgeSettings settings;
    settings.maxScanLength = 64;
    WedgeDriver wedge(settings);
    wedge.type(QString(65, QLatin1Char('7')), 0, 1);
    EXPECT_EQ(wedge.transcript(), QStringList{QStringLiteral("noise:65")});
    EXPECT_FALSE(wedge.pending());
    // The station goes on working after the noise.
    wedge.type(QStringLiteral("12345\n"), 1000, 2);
    EXPECT_EQ(wedge.transcript().back(), QStringLiteral("scan:12345"));
}

TEST(WedgeAssembler, LateTerminatorIsNotGluedToAFinishedBurst)
{
    WedgeDriver wedge;
    const auto t = wedge.type(QStringLiteral("12345"), 0, 3);
    wedge.type(QStringLiteral("\n"), t + 200, 0);
    EXPECT_EQ(wedge.transcript(), (QStringList{QStringLiteral("typed:12345"), QStringLiteral("typed:⏎")}));
}
