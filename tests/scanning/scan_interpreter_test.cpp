#include "scanning/scaninterpreter.h"

#include <chrono>
#include <gtest/gtest.h>
#include <iostream>
#include <ostream>
#include <string>

using namespace packdesk::scanning;

[[maybe_unused]] static void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace packdesk::scanning {
[[maybe_unused]] static void PrintTo(const Gs1ElementString& gs1, std::ostream* out)
{
    *out << gs1.humanReadable().toStdString();
}
[[maybe_unused]] static void PrintTo(BarcodeFormat format, std::ostream* out)
{
    *out << displayName(format).toStdString();
}
} // namespace packdesk::scanning

namespace {

const QString GS = QString(QChar(kGroupSeparator));
const QString kGs1128 = QStringLiteral("0109501101530003") + QStringLiteral("17260101") +
                        QStringLiteral("10ABC123") + GS + "21XYZ";

ScannedCode interpreted(const QString& raw)
{
    auto result = interpretScan(raw);
    if (!result) {
        ADD_FAILURE() << raw.toStdString() << ": " << result.error().code.toStdString() << " "
                      << result.error().message.toStdString();
        return {};
    }
    return std::move(result).value();
}

packdesk::Error errorOf(const QString& raw)
{
    auto result = interpretScan(raw);
    if (result) {
        ADD_FAILURE() << raw.toStdString() << ": no error";
        return {};
    }
    return result.error();
}

TEST(ScanInterpreter, Gs1128EndToEnd)
{
    const QString raw = QStringLiteral("]C1") + kGs1128;
    const ScannedCode code = interpreted(raw + QStringLiteral("\r\n"));
    EXPECT_EQ(code.raw, raw);
    EXPECT_EQ(code.aimIdentifier, QStringLiteral("]C1"));
    EXPECT_EQ(code.format, BarcodeFormat::Code128);
    EXPECT_EQ(code.data, kGs1128);
    ASSERT_TRUE(code.gs1.has_value());
    EXPECT_EQ(code.gs1->humanReadable(), QStringLiteral("(01)09501101530003(17)260101(10)ABC123(21)XYZ"));
    EXPECT_EQ(code.productText(), QStringLiteral("09501101530003"));
    EXPECT_TRUE(code.addOn.isEmpty());
    EXPECT_TRUE(code.applicationIndicator.isEmpty());
}

TEST(ScanInterpreter, Gs1ErrorsFromAnIdentifierThatSaysGs1AreReturned)
{
    const packdesk::Error error = errorOf(QStringLiteral("]C1") + "0109501101530004");
    EXPECT_EQ(error.code, QStringLiteral("gs1_check_digit"));
    EXPECT_EQ(error.message, QStringLiteral("GS1 (01): check digit is 4, expected 3"));
    EXPECT_EQ(errorOf(QStringLiteral("]d2") + "SKU-1").code, QStringLiteral("gs1_unknown_ai"));
    EXPECT_EQ(errorOf(QStringLiteral("]Q3") + "10ABC12321ABCDEFGHIJ0123456789").code,
              QStringLiteral("gs1_missing_separator"));
    EXPECT_EQ(errorOf(QStringLiteral("]e0") + "01095011015300").code, QStringLiteral("gs1_truncated"));
    EXPECT_EQ(errorOf(QStringLiteral("]z1") + "17261340").code, QStringLiteral("gs1_bad_date"));
    EXPECT_EQ(errorOf(QStringLiteral("]C1") + GS).code, QStringLiteral("gs1_empty"));
}

TEST(ScanInterpreter, EmptyScans)
{
    for (const QString& raw : {QString(), QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r"),
                               QStringLiteral("]C1"), QStringLiteral("]E0\r\n")}) {
        EXPECT_EQ(errorOf(raw).code, QStringLiteral("scan_empty")) << raw.toStdString();
    }
    EXPECT_TRUE(errorOf(QStringLiteral("]C1")).message.contains(QStringLiteral("]C1")));
}

TEST(ScanInterpreter, OnlyTrailingLineEndsAreStripped)
{
    const ScannedCode code = interpreted(QStringLiteral("\nSKU 1 \r\n\r\n"));
    EXPECT_EQ(code.raw, QStringLiteral("\nSKU 1 "));
    EXPECT_EQ(code.data, QStringLiteral("\nSKU 1 "));
    EXPECT_EQ(code.productText(), QStringLiteral("SKU 1"));
}

// Every identifier end to end: format, data, GS1 or not, product text.
struct EndToEndCase
{
    const char* name;
    QString raw;
    BarcodeFormat format;
    QString data;
    bool gs1;
    QString productText;
};

std::ostream& operator<<(std::ostream& out, const EndToEndCase& c)
{
    return out << c.name;
}

class ScanInterpreterEndToEnd : public testing::TestWithParam<EndToEndCase>
{
};

TEST_P(ScanInterpreterEndToEnd, Interprets)
{
    const EndToEndCase& c = GetParam();
    const ScannedCode code = interpreted(c.raw);
    EXPECT_EQ(code.raw, c.raw);
    EXPECT_EQ(code.format, c.format);
    EXPECT_EQ(code.data, c.data);
    EXPECT_EQ(code.gs1.has_value(), c.gs1);
    EXPECT_EQ(code.productText(), c.productText);
    if (c.raw.startsWith(QLatin1Char(']')) && c.raw.size() >= 3 && c.raw[1].isLetter() &&
        c.raw[2].isLetterOrNumber())
        EXPECT_EQ(code.aimIdentifier, c.raw.left(3));
    else
        EXPECT_TRUE(code.aimIdentifier.isEmpty());
}

const QString k01 = QStringLiteral("0109501101530003");

INSTANTIATE_TEST_SUITE_P(
    Scans, ScanInterpreterEndToEnd,
    testing::Values(
        // Code 39, Code 93, Codabar, ITF: data as sent
        EndToEndCase{"Code39", QStringLiteral("]A0SKU-4711"), BarcodeFormat::Code39, "SKU-4711", false,
                     "SKU-4711"},
        EndToEndCase{"Code39FullAscii", QStringLiteral("]A4sku-4711"), BarcodeFormat::Code39, "sku-4711",
                     false, "sku-4711"},
        EndToEndCase{"Code93", QStringLiteral("]G0ABC"), BarcodeFormat::Code93, "ABC", false, "ABC"},
        EndToEndCase{"Codabar", QStringLiteral("]F0A123B"), BarcodeFormat::Codabar, "A123B", false, "A123B"},
        EndToEndCase{"Itf14", QStringLiteral("]I105012345678900"), BarcodeFormat::Itf, "05012345678900",
                     false, "05012345678900"},
        // Code 128
        EndToEndCase{"Code128Text", QStringLiteral("]C0 SKU-1 "), BarcodeFormat::Code128, " SKU-1 ", false,
                     "SKU-1"},
        EndToEndCase{"Code128DigitsAreNotGs1", QStringLiteral("]C0") + k01, BarcodeFormat::Code128, k01,
                     false, k01},
        EndToEndCase{"Gs1128", QStringLiteral("]C1") + k01, BarcodeFormat::Code128, k01, true,
                     "09501101530003"},
        EndToEndCase{"Gs1128LeadingFnc1", QStringLiteral("]C1") + GS + k01, BarcodeFormat::Code128, GS + k01,
                     true, "09501101530003"},
        EndToEndCase{"Gs1128Sscc", QStringLiteral("]C1") + "00009501101530000007", BarcodeFormat::Code128,
                     "00009501101530000007", true, "00009501101530000007"},
        EndToEndCase{"Code128ApplicationIndicatorLetter", QStringLiteral("]C2A12345"), BarcodeFormat::Code128,
                     "A12345", false, "12345"},
        EndToEndCase{"Isbt128", QStringLiteral("]C4=A9999"), BarcodeFormat::Code128, "=A9999", false,
                     "=A9999"},
        // EAN/UPC
        EndToEndCase{"Ean13", QStringLiteral("]E05012345678900"), BarcodeFormat::Ean13, "5012345678900",
                     false, "5012345678900"},
        EndToEndCase{"UpcAAs13", QStringLiteral("]E00036000291452"), BarcodeFormat::UpcA, "0036000291452",
                     false, "0036000291452"},
        EndToEndCase{"UpcAAs12", QStringLiteral("]E0036000291452"), BarcodeFormat::UpcA, "036000291452",
                     false, "036000291452"},
        EndToEndCase{"UpcE", QStringLiteral("]E001234565"), BarcodeFormat::UpcE, "01234565", false,
                     "012345000065"},
        EndToEndCase{"TwoDigitAddOnAlone", QStringLiteral("]E112"), BarcodeFormat::None, "12", false, "12"},
        EndToEndCase{"FiveDigitAddOnAlone", QStringLiteral("]E251234"), BarcodeFormat::None, "51234", false,
                     "51234"},
        EndToEndCase{"Ean13WithAddOn", QStringLiteral("]E3501234567890012"), BarcodeFormat::Ean13,
                     "501234567890012", false, "5012345678900"},
        EndToEndCase{"UpcAWithFiveDigitAddOn", QStringLiteral("]E3003600029145251234"), BarcodeFormat::UpcA,
                     "003600029145251234", false, "0036000291452"},
        EndToEndCase{"UpcEWithAddOn", QStringLiteral("]E30123456512"), BarcodeFormat::UpcE, "0123456512",
                     false, "012345000065"},
        EndToEndCase{"Ean8", QStringLiteral("]E496385074"), BarcodeFormat::Ean8, "96385074", false,
                     "96385074"},
        // GS1 DataBar
        EndToEndCase{"DataBar", QStringLiteral("]e0") + k01, BarcodeFormat::DataBar, k01, true,
                     "09501101530003"},
        EndToEndCase{"DataBarExpanded", QStringLiteral("]e0") + k01 + "3103000750",
                     BarcodeFormat::DataBarExpanded, k01 + "3103000750", true, "09501101530003"},
        // 2D
        EndToEndCase{"DataMatrixText", QStringLiteral("]d1ORDER-1"), BarcodeFormat::DataMatrix, "ORDER-1",
                     false, "ORDER-1"},
        EndToEndCase{"Gs1DataMatrix", QStringLiteral("]d2") + GS + k01 + "21SER" + GS + "17260101",
                     BarcodeFormat::DataMatrix, GS + k01 + "21SER" + GS + "17260101", true, "09501101530003"},
        EndToEndCase{"DataMatrixApplicationIndicatorDigits", QStringLiteral("]d312XYZ"),
                     BarcodeFormat::DataMatrix, "12XYZ", false, "XYZ"},
        EndToEndCase{"QrUrl", QStringLiteral("]Q1https://example.com/p/1"), BarcodeFormat::QrCode,
                     "https://example.com/p/1", false, "https://example.com/p/1"},
        EndToEndCase{"QrEci", QStringLiteral("]Q2Gr\u00fc\u00dfe"), BarcodeFormat::QrCode, "Gr\u00fc\u00dfe",
                     false, "Gr\u00fc\u00dfe"},
        EndToEndCase{"Gs1Qr", QStringLiteral("]Q3") + k01 + "10L1", BarcodeFormat::QrCode, k01 + "10L1", true,
                     "09501101530003"},
        EndToEndCase{"QrApplicationIndicatorMalformed", QStringLiteral("]Q5#1"), BarcodeFormat::QrCode, "#1",
                     false, "#1"},
        EndToEndCase{"Pdf417", QStringLiteral("]L2DOC-1"), BarcodeFormat::Pdf417, "DOC-1", false, "DOC-1"},
        EndToEndCase{"Gs1MicroPdf417", QStringLiteral("]L3") + k01, BarcodeFormat::Pdf417, k01, true,
                     "09501101530003"},
        EndToEndCase{"Aztec", QStringLiteral("]z0TICKET"), BarcodeFormat::Aztec, "TICKET", false, "TICKET"},
        EndToEndCase{"Gs1Aztec", QStringLiteral("]z1") + k01, BarcodeFormat::Aztec, k01, true,
                     "09501101530003"},
        // other and unknown identifiers: the identifier is split off, no format
        EndToEndCase{"Other", QStringLiteral("]X0ABC"), BarcodeFormat::None, "ABC", false, "ABC"},
        EndToEndCase{"NonBarcode", QStringLiteral("]Z0typed"), BarcodeFormat::None, "typed", false, "typed"},
        EndToEndCase{"UnknownCodeCharacter", QStringLiteral("]W5DATA"), BarcodeFormat::None, "DATA", false,
                     "DATA"},
        // not identifiers: plain data
        EndToEndCase{"BracketAlone", QStringLiteral("]"), BarcodeFormat::None, "]", false, "]"},
        EndToEndCase{"IdentifierTooShort", QStringLiteral("]C"), BarcodeFormat::None, "]C", false, "]C"},
        EndToEndCase{"BracketAndDigits", QStringLiteral("]123"), BarcodeFormat::None, "]123", false, "]123"},
        // no identifier
        EndToEndCase{"PlainSku", QStringLiteral("SKU-4711"), BarcodeFormat::None, "SKU-4711", false,
                     "SKU-4711"},
        EndToEndCase{"PlainEan13", QStringLiteral("5012345678900"), BarcodeFormat::None, "5012345678900",
                     false, "5012345678900"},
        EndToEndCase{"HumanReadableGs1", QStringLiteral("(01)09501101530003(10)ABC"), BarcodeFormat::None,
                     "(01)09501101530003(10)ABC", true, "09501101530003"},
        EndToEndCase{"ParenthesesThatAreNotGs1", QStringLiteral("(internal) bin 4"), BarcodeFormat::None,
                     "(internal) bin 4", false, "(internal) bin 4"},
        EndToEndCase{"HumanReadableWithBadCheckIsPlain", QStringLiteral("(01)09501101530004"),
                     BarcodeFormat::None, "(01)09501101530004", false, "(01)09501101530004"},
        EndToEndCase{"LeadingGsIsGs1", GS + k01 + "10X", BarcodeFormat::None, GS + k01 + "10X", true,
                     "09501101530003"},
        EndToEndCase{"GsInsideAndParsesIsGs1", k01 + "10X" + GS + "21Y", BarcodeFormat::None,
                     k01 + "10X" + GS + "21Y", true, "09501101530003"},
        EndToEndCase{"GsInsideButNotGs1IsPlain", QStringLiteral("[)>") + GS + "06", BarcodeFormat::None,
                     QStringLiteral("[)>") + GS + "06", false, QStringLiteral("[)>") + GS + "06"},
        EndToEndCase{"Gs1DigitsWithoutIdentifierArePlain", k01 + "17260101", BarcodeFormat::None,
                     k01 + "17260101", false, k01 + "17260101"}));

TEST(ScanInterpreter, AddOnsAndApplicationIndicatorsAreKept)
{
    const ScannedCode withAddOn = interpreted(QStringLiteral("]E3501234567890051234"));
    EXPECT_EQ(withAddOn.addOn, QStringLiteral("51234"));
    EXPECT_EQ(withAddOn.data, QStringLiteral("501234567890051234"));
    const ScannedCode addOnAlone = interpreted(QStringLiteral("]E112"));
    EXPECT_EQ(addOnAlone.addOn, QStringLiteral("12"));
    const ScannedCode oddLength = interpreted(QStringLiteral("]E312345"));
    EXPECT_TRUE(oddLength.addOn.isEmpty());
    EXPECT_EQ(oddLength.productText(), QStringLiteral("12345"));

    EXPECT_EQ(interpreted(QStringLiteral("]C2A12345")).applicationIndicator, QStringLiteral("A"));
    EXPECT_EQ(interpreted(QStringLiteral("]z299Data")).applicationIndicator, QStringLiteral("99"));
    // An indicator and nothing after it is left as data.
    EXPECT_TRUE(interpreted(QStringLiteral("]C2A")).applicationIndicator.isEmpty());
}

TEST(ScanInterpreter, LeadingGsWithoutIdentifierMustParse)
{
    EXPECT_EQ(errorOf(GS + "0109501101530004").code, QStringLiteral("gs1_check_digit"));
}

TEST(ScanInterpreter, HandBuiltCodesGiveTheirProductText)
{
    // The camera path may fill a ScannedCode itself.
    ScannedCode code;
    code.format = BarcodeFormat::UpcE;
    code.data = QStringLiteral("04252614");
    EXPECT_EQ(code.productText(), QStringLiteral("042100005264"));
    code.format = BarcodeFormat::Ean8;
    EXPECT_EQ(code.productText(), QStringLiteral("04252614"));
    code.data = QStringLiteral(" X ");
    EXPECT_EQ(code.productText(), QStringLiteral("X"));
}

TEST(ScanInterpreter, IsCheapEnoughForEveryScan)
{
    // Mean over many scans with headroom; fails on a real regression only.
    const QString raw = QStringLiteral("]C1") + kGs1128 + QStringLiteral("\r\n");
    constexpr int kRuns = 20000;
    std::size_t chars = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kRuns; ++i)
        chars += interpretScan(raw)->productText().size();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const double microsPerScan = std::chrono::duration<double, std::micro>(elapsed).count() / kRuns;
    EXPECT_EQ(chars, std::size_t(14) * kRuns);
    EXPECT_LT(microsPerScan, 25.0);
    std::cout << "interpretScan: " << microsPerScan << " us per scan\n";
}

} // namespace
