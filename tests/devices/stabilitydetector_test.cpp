// Stability for scales without a stable flag: within the band for long enough.
#include "devices/stabilitydetector.h"

#include <gtest/gtest.h>

using namespace packdesk::devices;

TEST(StabilityDetector, StableAfterStayingInTheBandForTheTime)
{
    StabilityDetector detector(2.0, 400);
    std::int64_t t = 0;
    for (; t < 400; t += 100)
        EXPECT_FALSE(detector.add(930.0 + (t / 100 % 2), t)) << "only " << t << " ms so far";
    EXPECT_TRUE(detector.add(931.0, t));
}

TEST(StabilityDetector, MovementBeyondTheBandRestartsTheWait)
{
    StabilityDetector detector(2.0, 400);
    for (std::int64_t t = 0; t <= 400; t += 100)
        detector.add(930.0, t);
    EXPECT_TRUE(detector.stable());
    EXPECT_FALSE(detector.add(950.0, 500)); // something put on the plate
    EXPECT_FALSE(detector.add(950.0, 800));
    EXPECT_TRUE(detector.add(951.0, 900));
}

TEST(StabilityDetector, NoiseWiderThanTheBandIsNeverStable)
{
    StabilityDetector detector(2.0, 300);
    for (std::int64_t t = 0; t < 3000; t += 100)
        EXPECT_FALSE(detector.add(t / 100 % 2 ? 927.0 : 933.0, t));
}

TEST(StabilityDetector, ResetForgetsEverything)
{
    StabilityDetector detector(2.0, 200);
    for (std::int64_t t = 0; t <= 200; t += 100)
        detector.add(500.0, t);
    EXPECT_TRUE(detector.stable());
    detector.reset();
    EXPECT_FALSE(detector.stable());
    EXPECT_FALSE(detector.add(500.0, 300));
}

TEST(StabilityDetector, JudgeTrustsTheDeviceFlagAndStartsOverAfterAFailure)
{
    StabilityDetector detector(2.0, 200);
    packdesk::ScaleReading flagged{packdesk::ScaleReading::Status::Ok, 930.0, true, true, {}};
    EXPECT_TRUE(detector.judge(flagged, 0)) << "the device says stable: no waiting";
    flagged.deviceStable = false;
    EXPECT_FALSE(detector.judge(flagged, 1000)) << "the device says moving, however long it stayed";

    StabilityDetector withoutFlag(2.0, 200);
    packdesk::ScaleReading plain{packdesk::ScaleReading::Status::Ok, 500.0, false, false, {}};
    for (std::int64_t t = 0; t < 200; t += 100)
        EXPECT_FALSE(withoutFlag.judge(plain, t));
    EXPECT_TRUE(withoutFlag.judge(plain, 200));
    EXPECT_FALSE(withoutFlag.judge(packdesk::ScaleReading{packdesk::ScaleReading::Status::Timeout, {}, false, false, {}}, 300));
    EXPECT_FALSE(withoutFlag.judge(plain, 400)) << "after a failure the wait starts over";
}
