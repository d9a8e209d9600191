#include "scanning/aimidentifier.h"

#include <gtest/gtest.h>
#include <ostream>

using packdesk::scanning::AimIdentifier;
using packdesk::scanning::BarcodeFormat;

namespace {

struct AimCase
{
    const char* id;
    BarcodeFormat format;
    bool gs1;
    bool applicationIndicator;
};

std::ostream& operator<<(std::ostream& out, const AimCase& c)
{
    return out << c.id;
}

constexpr bool kGs1 = true;
constexpr bool kAim = true;

// ISO/IEC 15424 and the symbology standards' modifier tables.
const AimCase kCases[] = {
    // Code 39: check character and Full ASCII options, never GS1
    {"]A0", BarcodeFormat::Code39, false, false},
    {"]A1", BarcodeFormat::Code39, false, false},
    {"]A2", BarcodeFormat::Code39, false, false},
    {"]A3", BarcodeFormat::Code39, false, false},
    {"]A4", BarcodeFormat::Code39, false, false},
    {"]A5", BarcodeFormat::Code39, false, false},
    {"]A6", BarcodeFormat::Code39, false, false},
    {"]A7", BarcodeFormat::Code39, false, false},
    // Code 128
    {"]C0", BarcodeFormat::Code128, false, false},
    {"]C1", BarcodeFormat::Code128, kGs1, false},
    {"]C2", BarcodeFormat::Code128, false, kAim},
    {"]C4", BarcodeFormat::Code128, false, false},
    {"]C7", BarcodeFormat::Code128, false, false}, // not in the table: still Code 128, not GS1
    // EAN/UPC
    {"]E0", BarcodeFormat::Ean13, false, false},
    {"]E1", BarcodeFormat::None, false, false},
    {"]E2", BarcodeFormat::None, false, false},
    {"]E3", BarcodeFormat::Ean13, false, false},
    {"]E4", BarcodeFormat::Ean8, false, false},
    // ITF
    {"]I0", BarcodeFormat::Itf, false, false},
    {"]I1", BarcodeFormat::Itf, false, false},
    {"]I3", BarcodeFormat::Itf, false, false},
    // Codabar, Code 93
    {"]F0", BarcodeFormat::Codabar, false, false},
    {"]F1", BarcodeFormat::Codabar, false, false},
    {"]F2", BarcodeFormat::Codabar, false, false},
    {"]F4", BarcodeFormat::Codabar, false, false},
    {"]G0", BarcodeFormat::Code93, false, false},
    // GS1 DataBar: always GS1
    {"]e0", BarcodeFormat::DataBar, kGs1, false},
    {"]e1", BarcodeFormat::DataBar, kGs1, false},
    {"]e2", BarcodeFormat::DataBar, kGs1, false},
    {"]e3", BarcodeFormat::DataBar, kGs1, false},
    // DataMatrix
    {"]d0", BarcodeFormat::DataMatrix, false, false},
    {"]d1", BarcodeFormat::DataMatrix, false, false},
    {"]d2", BarcodeFormat::DataMatrix, kGs1, false},
    {"]d3", BarcodeFormat::DataMatrix, false, kAim},
    {"]d4", BarcodeFormat::DataMatrix, false, false},
    {"]d5", BarcodeFormat::DataMatrix, kGs1, false},
    {"]d6", BarcodeFormat::DataMatrix, false, kAim},
    // QR Code
    {"]Q0", BarcodeFormat::QrCode, false, false},
    {"]Q1", BarcodeFormat::QrCode, false, false},
    {"]Q2", BarcodeFormat::QrCode, false, false},
    {"]Q3", BarcodeFormat::QrCode, kGs1, false},
    {"]Q4", BarcodeFormat::QrCode, kGs1, false},
    {"]Q5", BarcodeFormat::QrCode, false, kAim},
    {"]Q6", BarcodeFormat::QrCode, false, kAim},
    // PDF417 / MicroPDF417
    {"]L0", BarcodeFormat::Pdf417, false, false},
    {"]L1", BarcodeFormat::Pdf417, false, false},
    {"]L2", BarcodeFormat::Pdf417, false, false},
    {"]L3", BarcodeFormat::Pdf417, kGs1, false},
    {"]L4", BarcodeFormat::Pdf417, false, kAim},
    {"]L5", BarcodeFormat::Pdf417, false, false},
    // Aztec (ISO/IEC 24778 table F.1)
    {"]z0", BarcodeFormat::Aztec, false, false},
    {"]z1", BarcodeFormat::Aztec, kGs1, false},
    {"]z2", BarcodeFormat::Aztec, false, kAim},
    {"]z3", BarcodeFormat::Aztec, false, false},
    {"]z4", BarcodeFormat::Aztec, kGs1, false},
    {"]z5", BarcodeFormat::Aztec, false, kAim},
    {"]z6", BarcodeFormat::Aztec, false, false},
    {"]z7", BarcodeFormat::Aztec, kGs1, false},
    {"]z8", BarcodeFormat::Aztec, false, kAim},
    {"]z9", BarcodeFormat::Aztec, false, false},
    {"]zA", BarcodeFormat::Aztec, kGs1, false},
    {"]zB", BarcodeFormat::Aztec, false, kAim},
    {"]zC", BarcodeFormat::Aztec, false, false},
    // Symbologies without a BarcodeFormat
    {"]J1", BarcodeFormat::None, kGs1, false},  // DotCode GS1
    {"]J2", BarcodeFormat::None, false, kAim},  // DotCode AIM
    {"]K1", BarcodeFormat::None, kGs1, false},  // Code 16K GS1
    {"]X0", BarcodeFormat::None, false, false}, // other
    {"]XF", BarcodeFormat::None, false, false},
    {"]Z0", BarcodeFormat::None, false, false}, // non-barcode (keyboard)
    {"]Z6", BarcodeFormat::None, false, false},
    {"]W5", BarcodeFormat::None, false, false}, // unknown code character
    {"]b0", BarcodeFormat::None, false, false},
};

class AimIdentifierTable : public testing::TestWithParam<AimCase>
{
};

TEST_P(AimIdentifierTable, MapsFormatGs1AndApplicationIndicator)
{
    const AimCase& c = GetParam();
    const QString id = QString::fromLatin1(c.id);
    const auto aim = AimIdentifier::fromPrefix(id + QStringLiteral("PAYLOAD"));
    ASSERT_TRUE(aim.has_value());
    EXPECT_EQ(aim->toString(), id);
    EXPECT_EQ(aim->code(), id[1].unicode());
    EXPECT_EQ(aim->modifier(), id[2].unicode());
    EXPECT_EQ(aim->format(), c.format);
    EXPECT_EQ(aim->isGs1(), c.gs1);
    EXPECT_EQ(aim->hasApplicationIndicator(), c.applicationIndicator);
    EXPECT_FALSE(aim->isGs1() && aim->hasApplicationIndicator());
}

TEST_P(AimIdentifierTable, IsRecognisedWithoutPayloadAndFromParts)
{
    const AimCase& c = GetParam();
    const QString id = QString::fromLatin1(c.id);
    const auto alone = AimIdentifier::fromPrefix(id);
    ASSERT_TRUE(alone.has_value());
    EXPECT_EQ(alone->toString(), id);
    const auto built = AimIdentifier::fromParts(id[1].unicode(), id[2].unicode());
    ASSERT_TRUE(built.has_value());
    EXPECT_EQ(built->format(), c.format);
    EXPECT_EQ(built->isGs1(), c.gs1);
}

INSTANTIATE_TEST_SUITE_P(Iso15424, AimIdentifierTable, testing::ValuesIn(kCases));

TEST(AimIdentifier, TextThatIsNotAnIdentifierIsLeftAlone)
{
    // Too short, no "]" first, a non-letter code, a modifier outside 0-9/A-Z.
    for (const QString& text : {QString(), QStringLiteral("]"), QStringLiteral("]C"), QStringLiteral("C1]"),
                                QStringLiteral("x]C1"), QStringLiteral("]5x123"), QStringLiteral("]]C1"),
                                QStringLiteral("]C#123"), QStringLiteral("]Ca123"), QStringLiteral("] 1"),
                                QString::fromUtf8("]\u00c41abc"), QStringLiteral("0109501101530003")}) {
        EXPECT_FALSE(AimIdentifier::fromPrefix(text).has_value()) << qPrintable(text);
    }
    EXPECT_FALSE(AimIdentifier::fromParts(u'1', u'0').has_value());
    EXPECT_FALSE(AimIdentifier::fromParts(u'C', u'a').has_value());
    EXPECT_FALSE(AimIdentifier::fromParts(u'C', u'-').has_value());
}

TEST(AimIdentifier, OnlyTheFirstThreeCharactersCount)
{
    const auto aim = AimIdentifier::fromPrefix(u"]C1]E0");
    ASSERT_TRUE(aim.has_value());
    EXPECT_EQ(aim->toString(), QStringLiteral("]C1"));
    EXPECT_TRUE(aim->isGs1());
}

TEST(AimIdentifier, ApplicationIndicatorIsOneLetterOrTwoDigits)
{
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u"A12345"), 1);
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u"z"), 1);
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u"12ABC"), 2);
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u"99"), 2);
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u"1A"), 0);
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u"1"), 0);
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u"#1"), 0);
    EXPECT_EQ(AimIdentifier::applicationIndicatorLength(u""), 0);
}

} // namespace
