// A failed or unknown weight blocks until a re-weigh passes or a lead
// overrides, possibly typing the weight in.
#include "apptesting.h"

namespace packdesk::apptesting {
namespace {

class OverrideTest : public StationTest
{
protected:
    void reachFailedWeight()
    {
        loginAnna();
        openOrder();
        scanAllItems();
        weighInBoxM(500);
        ASSERT_EQ(station->screen(), Screen::Weigh);
        ASSERT_TRUE(station->awaitingOverride());
    }
};

TEST_F(OverrideTest, ATooLightParcelWaitsForALead)
{
    reachFailedWeight();
    EXPECT_EQ(station->weightVerdict(), QStringLiteral("too_light"));
    EXPECT_EQ(station->measuredGrams(), 500);
    EXPECT_EQ(lastFeedback(), Feedback::Problem);
    EXPECT_EQ(station->messageCode(), QStringLiteral("weight_too_light"));

    // Re-weighing can still pass, and then nothing is left to override.
    ASSERT_TRUE(run([&] { station->recordWeight(920); }));
    EXPECT_FALSE(station->awaitingOverride());
    EXPECT_EQ(station->screen(), Screen::Quality);
}

TEST_F(OverrideTest, NoStableWeightIsUnknown)
{
    loginAnna();
    openOrder();
    scanAllItems();
    weighInBoxM(QVariant());
    EXPECT_EQ(station->weightVerdict(), QStringLiteral("unknown"));
    EXPECT_EQ(station->measuredGrams(), 0);
    EXPECT_TRUE(station->awaitingOverride());
    EXPECT_EQ(lastFeedback(), Feedback::Problem);
    EXPECT_EQ(station->messageCode(), QStringLiteral("weight_unknown"));

    ASSERT_TRUE(run([&] { station->recordWeight(QVariant::fromValue(nullptr)); }));
    EXPECT_EQ(station->weightVerdict(), QStringLiteral("unknown"));
    ASSERT_TRUE(run([&] { station->recordWeight(QStringLiteral("heavy")); }));
    EXPECT_EQ(station->weightVerdict(), QStringLiteral("unknown"));
}

TEST_F(OverrideTest, ALeadOverridesWithAManualWeight)
{
    reachFailedWeight();
    station->openOverrideDialog();
    EXPECT_TRUE(station->overrideDialogOpen());

    // In the dialog a scan is the lead's badge, not a box or an item.
    ASSERT_TRUE(scan(QStringLiteral("L01")));
    EXPECT_EQ(station->overrideLeadBadge(), QStringLiteral("L01"));
    EXPECT_EQ(station->screen(), Screen::Weigh);
    EXPECT_TRUE(storedEvents({QStringLiteral("scan.rejected")}).empty());

    ASSERT_TRUE(run([&] { station->approveOverride({}, QStringLiteral("9999"), QStringLiteral("scale_offline"), 930); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("wrong_pin"));
    EXPECT_TRUE(station->overrideDialogOpen()) << "the lead may try the PIN again";
    EXPECT_TRUE(station->awaitingOverride());

    ASSERT_TRUE(station->overrideReasons().contains(QStringLiteral("scale_offline")));
    ASSERT_TRUE(run([&] { station->approveOverride({}, QStringLiteral("1234"), QStringLiteral("scale_offline"), 930); }));
    EXPECT_EQ(station->screen(), Screen::Quality);
    EXPECT_FALSE(station->overrideDialogOpen());
    EXPECT_TRUE(station->overrideLeadBadge().isEmpty());
    EXPECT_FALSE(station->awaitingOverride());
    EXPECT_EQ(lastFeedback(), Feedback::Accepted);

    const auto overrides = storedEvents({QStringLiteral("override.approved")});
    ASSERT_EQ(overrides.size(), 1u);
    EXPECT_EQ(overrides[0].details.value(QStringLiteral("lead")).toString(), QStringLiteral("L01"));
    EXPECT_EQ(overrides[0].details.value(QStringLiteral("reason")).toString(), QStringLiteral("scale_offline"));
    EXPECT_EQ(overrides[0].details.value(QStringLiteral("manual_grams")).toInt(), 930);
    EXPECT_EQ(overrides[0].details.value(QStringLiteral("step")).toString(), QStringLiteral("weight"));
}

TEST_F(OverrideTest, APackerCannotApprove)
{
    reachFailedWeight();
    ASSERT_TRUE(run([&] { station->approveOverride(QStringLiteral("P01"), {}, QStringLiteral("extra_packaging")); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("not_a_lead"));
    EXPECT_EQ(station->messageKind(), MessageKind::Error);
    EXPECT_TRUE(station->awaitingOverride());
    EXPECT_TRUE(storedEvents({QStringLiteral("override.approved")}).empty());
}

TEST_F(OverrideTest, WithoutAManualWeightNoneIsRecorded)
{
    reachFailedWeight();
    ASSERT_TRUE(run([&] {
        station->approveOverride(QStringLiteral("L01"), QStringLiteral("1234"), QStringLiteral("extra_packaging"));
    }));
    EXPECT_EQ(station->screen(), Screen::Quality);
    const auto overrides = storedEvents({QStringLiteral("override.approved")});
    ASSERT_EQ(overrides.size(), 1u);
    EXPECT_FALSE(overrides[0].details.contains(QStringLiteral("manual_grams")));
}

TEST_F(OverrideTest, NothingToOverrideIsAnError)
{
    reachQuality();
    ASSERT_TRUE(run([&] {
        station->approveOverride(QStringLiteral("L01"), QStringLiteral("1234"), QStringLiteral("scale_offline"), 900);
    }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("override_not_applicable"));
    EXPECT_EQ(station->screen(), Screen::Quality);
}

} // namespace
} // namespace packdesk::apptesting
