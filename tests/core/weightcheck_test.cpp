#include "core/weightcheck.h"

#include <gtest/gtest.h>

using namespace packdesk;

TEST(WeightCheck, ExpectedWeightAddsItemsBoxAndMaterials)
{
    EXPECT_EQ(WeightCheck::expectedGrams(700, 210, 15), 925);
}

TEST(WeightCheck, SmallParcelsUseTheGramAllowance)
{
    const WeightTolerance tolerance{20, 3.0}; // 3 % of 500 g = 15 g < 20 g
    EXPECT_EQ(WeightCheck::evaluate(500, 520, tolerance).verdict, WeightVerdict::Pass);
    EXPECT_EQ(WeightCheck::evaluate(500, 521, tolerance).verdict, WeightVerdict::TooHeavy);
    EXPECT_EQ(WeightCheck::evaluate(500, 480, tolerance).verdict, WeightVerdict::Pass);
    EXPECT_EQ(WeightCheck::evaluate(500, 479, tolerance).verdict, WeightVerdict::TooLight);
}

TEST(WeightCheck, HeavyParcelsUseThePercentAllowance)
{
    const WeightTolerance tolerance{20, 3.0}; // 3 % of 10 kg = 300 g
    const auto result = WeightCheck::evaluate(10000, 10300, tolerance);
    EXPECT_EQ(result.allowanceGrams, 300);
    EXPECT_EQ(result.verdict, WeightVerdict::Pass);
    EXPECT_EQ(WeightCheck::evaluate(10000, 9699, tolerance).verdict, WeightVerdict::TooLight);
}

TEST(WeightCheck, DeviationIsMeasuredMinusExpected)
{
    EXPECT_EQ(WeightCheck::evaluate(925, 900, {}).deviationGrams(), -25);
}

TEST(WeightCheck, NoReadingIsUnknownNotPass)
{
    const auto result = WeightCheck::unknown(925, {});
    EXPECT_EQ(result.verdict, WeightVerdict::Unknown);
    EXPECT_FALSE(result.passed());
    EXPECT_EQ(toString(result.verdict), QStringLiteral("unknown"));
}
