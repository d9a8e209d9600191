#include "sessionfixture.h"

#include <QJsonArray>

using namespace packdesk;
using namespace packdesk::testing;

namespace {
PackSession freshSession()
{
    return sessionAt(Start::Verifying);
}

QString rejectReason(const Result<DomainEvents>& decided)
{
    EXPECT_TRUE(decided.ok());
    EXPECT_EQ(decided.value().size(), 1u);
    EXPECT_EQ(decided.value().front().type, EventTypes::ScanRejected);
    return decided.value().front().details.value(QStringLiteral("reason")).toString();
}
} // namespace

TEST(PackSession, ScanningAnItemCountsItAgainstItsLine)
{
    auto session = freshSession();
    mustApply(session, session.scanItem(QStringLiteral("4006381333931"), 2000));
    EXPECT_EQ(session.scannedCount(0), 1);
    EXPECT_EQ(session.scannedCount(1), 0);
    EXPECT_EQ(session.state(), PackState::Verifying);
}

TEST(PackSession, TheEan13FormOfAUpcAMatchesTheLine)
{
    auto session = freshSession();
    mustApply(session, session.scanItem(QStringLiteral("0036000291452"), 2000));
    EXPECT_EQ(session.scannedCount(1), 1);
}

TEST(PackSession, TheSkuLabelIdentifiesTheLineToo)
{
    auto session = freshSession();
    mustApply(session, session.scanItem(QStringLiteral("TEA-7"), 2000));
    EXPECT_EQ(session.scannedCount(1), 1);
}

TEST(PackSession, AValidGtinNotOnTheOrderIsAWrongItem)
{
    auto session = freshSession();
    EXPECT_EQ(rejectReason(session.scanItem(QStringLiteral("5901234123457"), 2000)), QStringLiteral("wrong_item"));
}

TEST(PackSession, GarbageIsAnUnknownCode)
{
    auto session = freshSession();
    EXPECT_EQ(rejectReason(session.scanItem(QStringLiteral("\x1b[A;;"), 2000)), QStringLiteral("unknown_code"));
    EXPECT_EQ(rejectReason(session.scanItem(QStringLiteral("   "), 2000)), QStringLiteral("unknown_code"));
}

TEST(PackSession, OneMoreThanOrderedIsASurplusAndIsNotCounted)
{
    auto session = freshSession();
    mustApply(session, session.scanItem(QStringLiteral("036000291452"), 2000));
    const auto decided = session.scanItem(QStringLiteral("036000291452"), 2001);
    EXPECT_EQ(rejectReason(decided), QStringLiteral("surplus"));
    session.apply(decided.value());
    EXPECT_EQ(session.scannedCount(1), 1);
}

TEST(PackSession, TheLastItemVerifiesTheOrderAndMovesToWeighing)
{
    auto session = freshSession();
    mustApply(session, session.scanItem(QStringLiteral("4006381333931"), 2000));
    mustApply(session, session.scanItem(QStringLiteral("4006381333931"), 2001));
    const auto last = session.scanItem(QStringLiteral("036000291452"), 2002);
    ASSERT_TRUE(last.ok());
    ASSERT_EQ(last.value().size(), 2u);
    EXPECT_EQ(last.value()[1].type, EventTypes::ItemsVerified);
    session.apply(last.value());
    EXPECT_EQ(session.state(), PackState::Weighing);
}

TEST(PackSession, WeighingNeedsABox)
{
    auto session = sessionAt(Start::Verifying);
    for (const char* code : {"4006381333931", "4006381333931", "036000291452"})
        mustApply(session, session.scanItem(QString::fromLatin1(code), 2000));
    const auto decided = session.recordWeight(925, 2100);
    ASSERT_FALSE(decided.ok());
    EXPECT_EQ(decided.error().code, QStringLiteral("box_required"));
}

TEST(PackSession, AnUnknownBoxIsRejected)
{
    auto session = freshSession();
    EXPECT_EQ(session.chooseBox(QStringLiteral("XXL"), 2000).error().code, QStringLiteral("unknown_box"));
}

TEST(PackSession, AFailedWeightBlocksUntilAPassingReweigh)
{
    auto session = sessionAt(Start::WeighingAfterFailedCheck);
    EXPECT_EQ(session.state(), PackState::Weighing);
    ASSERT_TRUE(session.lastWeightCheck().has_value());
    EXPECT_EQ(session.lastWeightCheck()->verdict, WeightVerdict::TooLight);
    mustApply(session, session.recordWeight(kSampleExpectedGramsWithBoxM + 10, 3000));
    EXPECT_EQ(session.state(), PackState::QualityCheck);
    EXPECT_FALSE(session.weightOverridden());
}

TEST(PackSession, AnUnknownWeightDoesNotPass)
{
    auto session = sessionAt(Start::Weighing);
    mustApply(session, session.recordWeight(std::nullopt, 3000));
    EXPECT_EQ(session.state(), PackState::Weighing);
    EXPECT_EQ(session.lastWeightCheck()->verdict, WeightVerdict::Unknown);
}

TEST(PackSession, ALeadOverrideNeedsAReason)
{
    auto session = sessionAt(Start::WeighingAfterFailedCheck);
    EXPECT_EQ(session.approveOverride(QStringLiteral("L01"), QStringLiteral("  "), 3000).error().code,
              QStringLiteral("reason_required"));
    EXPECT_EQ(session.approveOverride({}, QStringLiteral("scale drift"), 3000).error().code,
              QStringLiteral("lead_required"));
}

TEST(PackSession, AnOverriddenWeightIsMarkedOnThePackedEvent)
{
    auto session = sessionAt(Start::WeighingAfterFailedCheck);
    mustApply(session, session.approveOverride(QStringLiteral("L01"), QStringLiteral("scale drift"), 3000));
    mustApply(session, session.recordQuality(passingQuality(session.settings()), 3001));
    mustApply(session, session.printFinished({QStringLiteral("card")}, 3002));
    const auto packed = session.complete(3003);
    ASSERT_TRUE(packed.ok());
    EXPECT_TRUE(packed.value().front().details.value(QStringLiteral("weight_overridden")).toBool());
}

TEST(PackSession, ALeadMayEnterTheWeightWhenTheScaleIsDown)
{
    auto session = sessionAt(Start::Weighing);
    mustApply(session, session.recordWeight(std::nullopt, 3000)); // the scale gave nothing
    EXPECT_TRUE(session.awaitingOverride());
    mustApply(session, session.approveOverride(QStringLiteral("L01"), QStringLiteral("scale offline"), 3001, 930));
    EXPECT_EQ(session.state(), PackState::QualityCheck);
    EXPECT_EQ(session.manualWeightGrams(), std::optional<int>(930));
    mustApply(session, session.recordQuality(passingQuality(session.settings()), 3002));
    mustApply(session, session.printFinished({QStringLiteral("card")}, 3003));
    const auto packed = session.complete(3004);
    ASSERT_TRUE(packed.ok());
    const QJsonObject details = packed.value().front().details;
    EXPECT_EQ(details.value(QStringLiteral("weight_grams")).toInt(), 930);
    EXPECT_EQ(details.value(QStringLiteral("weight_source")).toString(), QStringLiteral("manual"));
    EXPECT_TRUE(details.value(QStringLiteral("weight_overridden")).toBool());
}

TEST(PackSession, AWeightCanOnlyBeTypedInAsAnOverride)
{
    // No failed check: nothing to override, so no way to enter a weight.
    auto weighing = sessionAt(Start::Weighing);
    EXPECT_EQ(weighing.approveOverride(QStringLiteral("L01"), QStringLiteral("faster"), 3000, 900).error().code,
              QStringLiteral("override_not_applicable"));
    auto failed = sessionAt(Start::WeighingAfterFailedCheck);
    EXPECT_EQ(failed.approveOverride(QStringLiteral("L01"), QStringLiteral("scale"), 3000, 0).error().code,
              QStringLiteral("invalid_weight"));
}

TEST(PackSession, AManualWeightSurvivesReplay)
{
    auto session = sessionAt(Start::WeighingAfterFailedCheck);
    auto decided = session.approveOverride(QStringLiteral("L01"), QStringLiteral("scale offline"), 3001, 955);
    ASSERT_TRUE(decided.ok());
    const DomainEvent override = decided.value().front();
    EXPECT_EQ(override.details.value(QStringLiteral("manual_grams")).toInt(), 955);
    session.apply(decided.value());
    EXPECT_FALSE(session.awaitingOverride());
    EXPECT_EQ(session.manualWeightGrams(), std::optional<int>(955));
}

TEST(PackSession, ShortPickListsWhatIsMissing)
{
    auto session = freshSession();
    mustApply(session, session.scanItem(QStringLiteral("4006381333931"), 2000));
    const auto decided = session.raiseException(ExceptionReason::ShortPick, QStringLiteral("bin empty"), 2001);
    ASSERT_TRUE(decided.ok());
    const auto missing = decided.value().front().details.value(QStringLiteral("missing")).toArray();
    ASSERT_EQ(missing.size(), 2);
    EXPECT_EQ(missing[0].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("MUG-1"));
    EXPECT_EQ(missing[0].toObject().value(QStringLiteral("missing")).toInt(), 1);
    EXPECT_EQ(missing[1].toObject().value(QStringLiteral("missing")).toInt(), 1);
}

TEST(PackSession, EveryEventCarriesTimeStationPackerOrderAndSession)
{
    auto session = freshSession();
    const auto decided = session.scanItem(QStringLiteral("4006381333931"), 4242);
    const DomainEvent& event = decided.value().front();
    EXPECT_EQ(event.atMs, 4242);
    EXPECT_EQ(event.station, QStringLiteral("S1"));
    EXPECT_EQ(event.packer, QStringLiteral("P01"));
    EXPECT_EQ(event.orderId, 1);
    EXPECT_EQ(event.sessionId, 7);
}

TEST(PackSession, PackedEventSaysWhatTheShopNeeds)
{
    auto session = sessionAt(Start::ReadyToComplete);
    const auto packed = session.complete(9000);
    ASSERT_TRUE(packed.ok());
    const QJsonObject d = packed.value().front().details;
    EXPECT_EQ(d.value(QStringLiteral("box")).toString(), QStringLiteral("M"));
    EXPECT_EQ(d.value(QStringLiteral("weight_grams")).toInt(), kSampleExpectedGramsWithBoxM);
    EXPECT_EQ(d.value(QStringLiteral("duration_ms")).toInteger(), 8000);
    EXPECT_EQ(d.value(QStringLiteral("items")).toArray().size(), 2);
}

TEST(PackSession, ReplayingTheStoredEventsRebuildsTheSameSession)
{
    PackSession live = sessionAt(Start::Verifying);
    DomainEvents log;
    auto step = [&](const Result<DomainEvents>& decided) {
        mustApply(live, decided);
        log.insert(log.end(), decided.value().begin(), decided.value().end());
    };
    step(live.scanItem(QStringLiteral("4006381333931"), 2000));
    step(live.scanItem(QStringLiteral("999"), 2001));
    step(live.scanItem(QStringLiteral("4006381333931"), 2002));
    step(live.scanItem(QStringLiteral("036000291452"), 2003));
    step(live.chooseBox(QStringLiteral("M"), 2004));
    step(live.recordWeight(10, 2005));

    const PackSession replayed =
        PackSession::replay(live.order(), live.settings(), live.context(), log);
    EXPECT_EQ(replayed.state(), live.state());
    EXPECT_EQ(replayed.scannedCount(0), 2);
    EXPECT_EQ(replayed.scannedCount(1), 1);
    ASSERT_NE(replayed.box(), nullptr);
    EXPECT_EQ(replayed.box()->code, QStringLiteral("M"));
    EXPECT_EQ(replayed.lastWeightCheck()->verdict, live.lastWeightCheck()->verdict);
    EXPECT_EQ(replayed.lastWeightCheck()->measuredGrams, 10);
}

TEST(PackSession, DecidingNeverChangesTheSession)
{
    auto session = freshSession();
    (void)session.scanItem(QStringLiteral("4006381333931"), 2000);
    (void)session.cancel(QStringLiteral("x"), 2000);
    EXPECT_EQ(session.totalScanned(), 0);
    EXPECT_EQ(session.state(), PackState::Verifying);
}
