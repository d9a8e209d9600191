// What the light tower shows for each station situation.
#include "devices/towerpolicy.h"

#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::devices;

TEST(TowerPolicy, SteadyCuesFollowTheSession)
{
    EXPECT_EQ(steadyCue(PackState::Verifying, false), StationCue::Ready);
    EXPECT_EQ(steadyCue(PackState::Weighing, false), StationCue::AwaitingWeight);
    EXPECT_EQ(steadyCue(PackState::Weighing, true), StationCue::AwaitingLead);
    EXPECT_EQ(steadyCue(PackState::Printing, true), StationCue::AwaitingLead);
    EXPECT_EQ(steadyCue(PackState::QualityCheck, false), StationCue::Ready);
}

TEST(TowerPolicy, EachCueLightsDistinctLamps)
{
    EXPECT_EQ(toString(towerSignalFor(StationCue::Ready)), QStringLiteral("green"));
    EXPECT_EQ(toString(towerSignalFor(StationCue::AwaitingWeight)), QStringLiteral("amber"));
    EXPECT_EQ(toString(towerSignalFor(StationCue::AwaitingLead)), QStringLiteral("amber+red"));
    EXPECT_EQ(toString(towerSignalFor(StationCue::ScanRejected)), QStringLiteral("red+buzzer"));
    EXPECT_EQ(toString(towerSignalFor(StationCue::OrderPacked)), QStringLiteral("green+buzzer"));
    EXPECT_EQ(toString(towerSignalFor(StationCue::DeviceFault)), QStringLiteral("amber+red+buzzer"));
    EXPECT_EQ(toString(towerSignalFor(StationCue::Off)), QStringLiteral("off"));
}

TEST(TowerPolicy, MomentaryCuesComeFromTheEvents)
{
    DomainEvent rejected;
    rejected.type = QString(EventTypes::ScanRejected);
    DomainEvent packed;
    packed.type = QString(EventTypes::OrderPacked);
    DomainEvent scanned;
    scanned.type = QString(EventTypes::ItemScanned);
    EXPECT_EQ(momentaryCue({rejected}), StationCue::ScanRejected);
    EXPECT_EQ(momentaryCue({packed}), StationCue::OrderPacked);
    EXPECT_EQ(momentaryCue({scanned}), std::nullopt);
    EXPECT_GT(cueHoldMs(StationCue::ScanRejected), 0);
    EXPECT_EQ(cueHoldMs(StationCue::Ready), 0);
}
