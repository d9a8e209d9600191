#include "core/productcode.h"

#include <gtest/gtest.h>

using packdesk::ProductCode;

TEST(ProductCode, UpcAAndItsEan13FormAreTheSameProduct)
{
    EXPECT_EQ(ProductCode::fromText(QStringLiteral("036000291452")),
              ProductCode::fromText(QStringLiteral("0036000291452")));
}

TEST(ProductCode, Gtin14AndEan13OfTheSameItemMatch)
{
    EXPECT_EQ(ProductCode::fromText(QStringLiteral("04006381333931")),
              ProductCode::fromText(QStringLiteral("4006381333931")));
}

TEST(ProductCode, Gtin8IsPaddedToFourteenDigits)
{
    const auto code = ProductCode::fromText(QStringLiteral("96385074"));
    EXPECT_TRUE(code.isGtin());
    EXPECT_EQ(code.key(), QStringLiteral("gtin:00000096385074"));
}

TEST(ProductCode, WrongCheckDigitIsNotAGtin)
{
    const auto code = ProductCode::fromText(QStringLiteral("4006381333932"));
    EXPECT_FALSE(code.isGtin());
    EXPECT_NE(code, ProductCode::fromText(QStringLiteral("4006381333931")));
}

TEST(ProductCode, InternalCodesCompareExactlyAfterTrimming)
{
    EXPECT_EQ(ProductCode::fromText(QStringLiteral(" SKU-123\n")), ProductCode::fromText(QStringLiteral("SKU-123")));
    EXPECT_NE(ProductCode::fromText(QStringLiteral("sku-123")), ProductCode::fromText(QStringLiteral("SKU-123")));
}

TEST(ProductCode, EmptyOrBlankTextIsEmpty)
{
    EXPECT_TRUE(ProductCode::fromText(QStringLiteral("  ")).isEmpty());
}

TEST(ProductCode, LengthsOtherThanGtinLengthsAreNotGtins)
{
    EXPECT_FALSE(ProductCode::isValidGtin(QStringLiteral("1234567")));
    EXPECT_FALSE(ProductCode::isValidGtin(QStringLiteral("123456789012345")));
    EXPECT_FALSE(ProductCode::isValidGtin(QStringLiteral("40063813339a1")));
}
