#include "scanning/gs1.h"
#include "scanning/gs1aitable.h"

#include <chrono>
#include <gtest/gtest.h>
#include <iostream>
#include <ostream>
#include <string>

using namespace packdesk::scanning;

// Readable values in failure messages.
[[maybe_unused]] static void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace packdesk::scanning {
[[maybe_unused]] static void PrintTo(const Gs1ElementString& gs1, std::ostream* out)
{
    *out << gs1.humanReadable().toStdString();
}
} // namespace packdesk::scanning

namespace {

const QString GS = QString(QChar(kGroupSeparator));

// 09501101530003: the GTIN of the GS1 General Specifications' examples.
const QString kRealWorld = QStringLiteral("0109501101530003") + QStringLiteral("17260101") +
                           QStringLiteral("10ABC123") + GS + "21XYZ";

Gs1ElementString elements(std::initializer_list<std::pair<const char*, const char*>> list)
{
    Gs1ElementString result;
    for (const auto& [ai, value] : list)
        result.elements.push_back({QString::fromLatin1(ai), QString::fromUtf8(value)});
    return result;
}

// For readable failures: the parsed elements, or the error.
std::string describe(const packdesk::Result<Gs1ElementString>& result)
{
    if (!result)
        return (result.error().code + QStringLiteral(": ") + result.error().message).toStdString();
    return result->humanReadable().toStdString();
}

TEST(Gs1Parse, RealWorldGs1128WithVariableFieldsAndSeparator)
{
    const auto parsed = parseGs1(kRealWorld);
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(),
              elements({{"01", "09501101530003"}, {"17", "260101"}, {"10", "ABC123"}, {"21", "XYZ"}}));
    EXPECT_EQ(parsed->value(u"01"), QStringLiteral("09501101530003"));
    EXPECT_EQ(parsed->value(u"21"), QStringLiteral("XYZ"));
    EXPECT_FALSE(parsed->value(u"00").has_value());
    EXPECT_EQ(parsed->humanReadable(), QStringLiteral("(01)09501101530003(17)260101(10)ABC123(21)XYZ"));
}

TEST(Gs1Parse, LeadingFnc1IsSkipped)
{
    const auto parsed = parseGs1(GS + kRealWorld);
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), parseGs1(kRealWorld).value());
}

TEST(Gs1Parse, SeparatorAfterAFixedLengthFieldIsTolerated)
{
    const auto parsed = parseGs1(QStringLiteral("0109501101530003") + GS + "17260101" + GS + "10ABC");
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), elements({{"01", "09501101530003"}, {"17", "260101"}, {"10", "ABC"}}));
}

TEST(Gs1Parse, TrailingAndDoubledSeparatorsAreTolerated)
{
    const auto parsed = parseGs1(QStringLiteral("10ABC") + GS + GS + "21X" + GS);
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), elements({{"10", "ABC"}, {"21", "X"}}));
}

TEST(Gs1Parse, SsccAlone)
{
    const auto parsed = parseGs1(u"00009501101530000007");
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), elements({{"00", "009501101530000007"}}));
}

TEST(Gs1Parse, SsccOfTheGs1GeneralSpecifications)
{
    // (00)106141411234567897: the SSCC example of the GS1 General Specifications.
    const auto parsed = parseGs1(u"00106141411234567897");
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed->value(u"00"), QStringLiteral("106141411234567897"));
    EXPECT_EQ(parseGs1(u"00106141411234567896").error().message,
              QStringLiteral("GS1 (00): check digit is 6, expected 7"));
}

TEST(Gs1Parse, FixedLengthFieldsNeedNoSeparator)
{
    // SSCC, GTIN, dates, variant, weight, GLN: all run together.
    const auto parsed = parseGs1(QStringLiteral("00009501101530000007") + "0209501101530003" + "11250101" +
                                 "1526" + "1231" + "2001" + "3103000750" + "4105012345678900" + "37" + "12");
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), elements({{"00", "009501101530000007"},
                                        {"02", "09501101530003"},
                                        {"11", "250101"},
                                        {"15", "261231"},
                                        {"20", "01"},
                                        {"3103", "000750"},
                                        {"410", "5012345678900"},
                                        {"37", "12"}}));
}

TEST(Gs1Parse, MoreAis)
{
    const auto parsed =
        parseGs1(QStringLiteral("400PO-4711/A") + GS + "401GINC1" + GS + "403ROUTE7" + GS + "240ADD" + GS +
                 "241CUST" + GS + "250SEC" + GS + "42127610115" + GS + "422276" + "420D-10115" + GS +
                 "70032601011230" + "8003" + "04012345000009" + "ABC" + GS + "8004GIAI-1" + GS + "8020REF" +
                 GS + "90ABC-123" + GS + "91" + "x" + GS + "99Z");
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), elements({{"400", "PO-4711/A"},
                                        {"401", "GINC1"},
                                        {"403", "ROUTE7"},
                                        {"240", "ADD"},
                                        {"241", "CUST"},
                                        {"250", "SEC"},
                                        {"421", "27610115"},
                                        {"422", "276"},
                                        {"420", "D-10115"},
                                        {"7003", "2601011230"},
                                        {"8003", "04012345000009ABC"},
                                        {"8004", "GIAI-1"},
                                        {"8020", "REF"},
                                        {"90", "ABC-123"},
                                        {"91", "x"},
                                        {"99", "Z"}}));
}

TEST(Gs1Parse, WeightAisTakeTheDecimalPositionAsFourthDigit)
{
    for (const char* ai : {"3100", "3105", "3209", "3300", "3402", "3570", "3601", "3699"}) {
        const auto parsed = parseGs1(QString::fromLatin1(ai) + QStringLiteral("001250"));
        ASSERT_TRUE(parsed) << ai << ": " << describe(parsed);
        EXPECT_EQ(parsed.value(), elements({{ai, "001250"}}));
    }
    // 317n-319n, 338n-339n, 358n-359n are not assigned.
    for (const char* ai : {"3170", "3380", "3590"})
        EXPECT_EQ(parseGs1(QString::fromLatin1(ai) + "001250").error().code, QStringLiteral("gs1_unknown_ai"))
            << ai;
}

TEST(Gs1Parse, DayZeroAndLeapDaysAreDates)
{
    EXPECT_TRUE(parseGs1(u"17260200")) << "DD = 00: end of the month";
    EXPECT_TRUE(parseGs1(u"17280229")) << "2028 is a leap year";
    EXPECT_TRUE(parseGs1(u"17000229")) << "2000 was a leap year";
    EXPECT_TRUE(parseGs1(u"11991231"));
    EXPECT_TRUE(parseGs1(u"7007260101")) << "one harvest date";
    EXPECT_TRUE(parseGs1(u"7007260101260131")) << "a harvest date range";
    EXPECT_TRUE(parseGs1(u"800826010112")) << "YYMMDDHH";
    EXPECT_TRUE(parseGs1(u"80082601011259")) << "YYMMDDHHMM";
}

TEST(Gs1Parse, HumanReadableForm)
{
    const auto parsed = parseGs1(u"(01)09501101530003(17)260101(10)ABC123(21)XYZ");
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), parseGs1(kRealWorld).value());
}

TEST(Gs1Parse, HumanReadableValueMayHoldParentheses)
{
    // "(" is in character set 82; only "(" + 2-4 digits + ")" starts an AI.
    const auto parsed = parseGs1(u"(10)AB(C)D(1)(21)X(3103)000750");
    ASSERT_TRUE(parsed) << describe(parsed);
    EXPECT_EQ(parsed.value(), elements({{"10", "AB(C)D(1)"}, {"21", "X"}, {"3103", "000750"}}));
}

TEST(Gs1Parse, ElementStringRoundTrip)
{
    const auto parsed = parseGs1(GS + kRealWorld + GS);
    ASSERT_TRUE(parsed) << describe(parsed);
    // No GS after the predefined-length 01 and 17, one after 10, none at the end.
    EXPECT_EQ(parsed->elementString(), kRealWorld);
    // Fixed length but not predefined (422, 7003): an encoder puts a GS after it.
    const auto fixedNotPredefined = parseGs1(QStringLiteral("422276") + GS + "70032601011230" + GS + "10X");
    ASSERT_TRUE(fixedNotPredefined) << describe(fixedNotPredefined);
    EXPECT_EQ(fixedNotPredefined->elementString(),
              QStringLiteral("422276") + GS + "70032601011230" + GS + "10X");
    EXPECT_EQ(parseGs1(fixedNotPredefined->elementString()).value(), fixedNotPredefined.value());
}

// --- errors

struct Gs1ErrorCase
{
    const char* name;
    QString data;
    const char* code;
    const char* messagePart;
};

std::ostream& operator<<(std::ostream& out, const Gs1ErrorCase& c)
{
    return out << c.name;
}

class Gs1ParseErrors : public testing::TestWithParam<Gs1ErrorCase>
{
};

TEST_P(Gs1ParseErrors, AreRefusedWithCodeAndMessage)
{
    const Gs1ErrorCase& c = GetParam();
    const auto parsed = parseGs1(c.data);
    ASSERT_FALSE(parsed) << "parsed as " << describe(parsed);
    EXPECT_EQ(parsed.error().code, QLatin1String(c.code)) << describe(parsed);
    EXPECT_TRUE(parsed.error().message.contains(QString::fromUtf8(c.messagePart)))
        << "message: " << parsed.error().message.toStdString() << "\nexpected to contain: " << c.messagePart;
}

const QString k20 = QStringLiteral("ABCDEFGHIJ0123456789");

INSTANTIATE_TEST_SUITE_P(
    Gs1, Gs1ParseErrors,
    testing::Values(
        Gs1ErrorCase{"Empty", QString(), "gs1_empty", "empty"},
        Gs1ErrorCase{"OnlySeparators", GS + GS, "gs1_empty", "no data"},
        // check digits
        Gs1ErrorCase{"GtinCheckDigit", QStringLiteral("0109501101530004"), "gs1_check_digit",
                     "GS1 (01): check digit is 4, expected 3"},
        Gs1ErrorCase{"ContentCheckDigit", QStringLiteral("0209501101530000"), "gs1_check_digit",
                     "GS1 (02): check digit is 0, expected 3"},
        Gs1ErrorCase{"SsccCheckDigit", QStringLiteral("00009501101530000008"), "gs1_check_digit",
                     "GS1 (00): check digit is 8, expected 7"},
        Gs1ErrorCase{"GlnCheckDigit", QStringLiteral("4145012345678901"), "gs1_check_digit",
                     "GS1 (414): check digit is 1, expected 0"},
        Gs1ErrorCase{"GraiCheckDigit", QStringLiteral("800304012345000008X"), "gs1_check_digit",
                     "GS1 (8003): check digit is 8, expected 9"},
        Gs1ErrorCase{"CheckDigitInHumanReadable", QStringLiteral("(01)09501101530004"), "gs1_check_digit",
                     "GS1 (01): check digit is 4, expected 3"},
        Gs1ErrorCase{"CheckDigitOfSecondElement", QStringLiteral("10LOT") + GS + "0109501101530005",
                     "gs1_check_digit", "expected 3"},
        // unknown AIs
        Gs1ErrorCase{"UnknownAi", QStringLiteral("2312345"), "gs1_unknown_ai", "\"2312\""},
        Gs1ErrorCase{"UnassignedPrefix", QStringLiteral("55123"), "gs1_unknown_ai", "55"},
        Gs1ErrorCase{"UnknownAiAfterGtin", QStringLiteral("010950110153000389XYZ"), "gs1_unknown_ai", "89XY"},
        Gs1ErrorCase{"LettersWhereAnAiStarts", QStringLiteral("ABC123"), "gs1_unknown_ai", "ABC1"},
        Gs1ErrorCase{"UnknownAiInHumanReadable", QStringLiteral("(01)09501101530003(23)X"), "gs1_unknown_ai",
                     "(23)"},
        Gs1ErrorCase{"HumanReadableWithoutAi", QStringLiteral("(ABC)123"), "gs1_unknown_ai", "(ABC)"},
        Gs1ErrorCase{"HumanReadableAiTooLong", QStringLiteral("(01234)5"), "gs1_unknown_ai", "(01234)"},
        // truncated
        Gs1ErrorCase{"FixedFieldCutShort", QStringLiteral("01095011015300"), "gs1_truncated",
                     "GS1 (01): 12 characters, expected 14"},
        Gs1ErrorCase{"FixedFieldCutByGs", QStringLiteral("010950110153") + GS + "10ABC", "gs1_truncated",
                     "GS1 (01): 10 characters, expected 14"},
        Gs1ErrorCase{"DateCutShort", QStringLiteral("0109501101530003172601"), "gs1_truncated", "GS1 (17)"},
        Gs1ErrorCase{"AiCutShort", QStringLiteral("010950110153000331"), "gs1_truncated", "(\"31\")"},
        Gs1ErrorCase{"AiCutShortByGs", QStringLiteral("10A") + GS + "31" + GS, "gs1_truncated", "(\"31\")"},
        Gs1ErrorCase{"OneAiDigitLeft", QStringLiteral("01095011015300032"), "gs1_truncated", "(\"2\")"},
        Gs1ErrorCase{"VariableFieldEmpty", QStringLiteral("10") + GS + "21X", "gs1_truncated",
                     "GS1 (10): the value is empty"},
        Gs1ErrorCase{"VariableFieldEmptyAtEnd", QStringLiteral("0109501101530003") + "21", "gs1_truncated",
                     "GS1 (21): the value is empty"},
        Gs1ErrorCase{"BelowMinimumLength", QStringLiteral("42127"), "gs1_truncated",
                     "GS1 (421): 2 characters, expected at least 3"},
        Gs1ErrorCase{"HumanReadableEmptyValue", QStringLiteral("(10)(21)X"), "gs1_truncated",
                     "GS1 (10): the value is empty"},
        Gs1ErrorCase{"HumanReadableFixedCutShort", QStringLiteral("(01)0950110153000(10)X"), "gs1_truncated",
                     "GS1 (01): 13 characters, expected 14"},
        // missing separator
        Gs1ErrorCase{"BatchRunsIntoSerial", QStringLiteral("10ABC12321") + k20, "gs1_missing_separator",
                     "GS1 (10): longer than 20 characters"},
        Gs1ErrorCase{"SerialRunsOn", QStringLiteral("0109501101530003") + "21" + k20 + "17260101",
                     "gs1_missing_separator", "GS1 (21)"},
        Gs1ErrorCase{"CountTooLong", QStringLiteral("37123456789"), "gs1_missing_separator", "GS1 (37)"},
        Gs1ErrorCase{"HumanReadableFixedTooLong", QStringLiteral("(01)095011015300031"),
                     "gs1_missing_separator", "GS1 (01): 15 characters, expected 14"},
        Gs1ErrorCase{"HumanReadableVariableTooLong", QStringLiteral("(10)") + k20 + "X",
                     "gs1_missing_separator", "(AI)"},
        // bad characters
        Gs1ErrorCase{"LetterInGtin", QStringLiteral("01095011015300A3"), "gs1_bad_character",
                     "GS1 (01): character \"A\" at position 13 is not allowed (digits only)"},
        Gs1ErrorCase{"SpaceInBatch", QStringLiteral("10ABC 123"), "gs1_bad_character",
                     "character \" \" at position 4 is not allowed (GS1 character set 82)"},
        Gs1ErrorCase{"HashInBatch", QStringLiteral("10ABC#"), "gs1_bad_character", "\"#\""},
        Gs1ErrorCase{"NonAsciiInSerial", QString::fromUtf8("21M\u00dcLLER"), "gs1_bad_character", "\u00dc"},
        Gs1ErrorCase{"ControlCharacter", QStringLiteral("21AB\tC"), "gs1_bad_character", "U+0009"},
        Gs1ErrorCase{"LetterInCount", QStringLiteral("3712A"), "gs1_bad_character", "GS1 (37)"},
        Gs1ErrorCase{"LetterInCountryCode", QStringLiteral("4212A610115"), "gs1_bad_character",
                     "digits only"},
        Gs1ErrorCase{"LowerCaseInCset39", QStringLiteral("8010abc"), "gs1_bad_character",
                     "GS1 character set 39"},
        Gs1ErrorCase{"BadCharacterInHumanReadable", QStringLiteral("(10)A B"), "gs1_bad_character",
                     "GS1 (10)"},
        // dates
        Gs1ErrorCase{"Month13", QStringLiteral("0109501101530003") + "17261301", "gs1_bad_date",
                     "GS1 (17): 261301 is not a valid date (YYMMDD)"},
        Gs1ErrorCase{"Month0", QStringLiteral("11260001"), "gs1_bad_date", "GS1 (11)"},
        Gs1ErrorCase{"Day32", QStringLiteral("15260132"), "gs1_bad_date", "GS1 (15)"},
        Gs1ErrorCase{"April31", QStringLiteral("13260431"), "gs1_bad_date", "GS1 (13)"},
        Gs1ErrorCase{"Feb29NotLeap", QStringLiteral("16270229"), "gs1_bad_date", "GS1 (16)"},
        Gs1ErrorCase{"DueDate", QStringLiteral("12269901"), "gs1_bad_date", "GS1 (12)"},
        Gs1ErrorCase{"Hour24", QStringLiteral("70032601012400"), "gs1_bad_date", "YYMMDDHHMM"},
        Gs1ErrorCase{"Minute60", QStringLiteral("70032601012360"), "gs1_bad_date", "GS1 (7003)"},
        Gs1ErrorCase{"HalfARange", QStringLiteral("70072601012601"), "gs1_bad_date", "GS1 (7007)"},
        Gs1ErrorCase{"DateInHumanReadable", QStringLiteral("(17)260230"), "gs1_bad_date", "GS1 (17)"}));

// --- the AI table

TEST(Gs1AiTable, EveryAiIsFoundByItsOwnDigits)
{
    ASSERT_GE(gs1AiTable().size(), 100u);
    for (const Gs1AiSpec& spec : gs1AiTable()) {
        QString ai = QString::fromLatin1(spec.ai.data(), qsizetype(spec.ai.size()));
        if (spec.anyFourthDigit)
            ai += QLatin1Char('7');
        const Gs1AiMatch match = matchGs1Ai(ai + QStringLiteral("123"));
        ASSERT_EQ(match.spec, &spec) << ai.toStdString();
        EXPECT_EQ(match.aiLength, ai.size()) << ai.toStdString();
        EXPECT_FALSE(spec.title.empty());
    }
}

TEST(Gs1AiTable, RequiredAisAreThereWithTheirFormat)
{
    struct Expected
    {
        const char* ai;
        int min;
        int max;
        Gs1Charset charset;
        int check;
    };
    for (const Expected& e :
         {Expected{"00", 18, 18, Gs1Charset::Numeric, 18}, Expected{"01", 14, 14, Gs1Charset::Numeric, 14},
          Expected{"02", 14, 14, Gs1Charset::Numeric, 14}, Expected{"10", 1, 20, Gs1Charset::Cset82, 0},
          Expected{"11", 6, 6, Gs1Charset::Numeric, 0}, Expected{"17", 6, 6, Gs1Charset::Numeric, 0},
          Expected{"20", 2, 2, Gs1Charset::Numeric, 0}, Expected{"21", 1, 20, Gs1Charset::Cset82, 0},
          Expected{"30", 1, 8, Gs1Charset::Numeric, 0}, Expected{"3102", 6, 6, Gs1Charset::Numeric, 0},
          Expected{"37", 1, 8, Gs1Charset::Numeric, 0}, Expected{"400", 1, 30, Gs1Charset::Cset82, 0},
          Expected{"410", 13, 13, Gs1Charset::Numeric, 13}, Expected{"7003", 10, 10, Gs1Charset::Numeric, 0},
          Expected{"8020", 1, 25, Gs1Charset::Cset82, 0}, Expected{"91", 1, 90, Gs1Charset::Cset82, 0}}) {
        const Gs1AiMatch match = matchGs1Ai(QString::fromLatin1(e.ai));
        ASSERT_NE(match.spec, nullptr) << e.ai;
        EXPECT_EQ(match.spec->minLength, e.min) << e.ai;
        EXPECT_EQ(match.spec->maxLength, e.max) << e.ai;
        EXPECT_EQ(match.spec->charset, e.charset) << e.ai;
        EXPECT_EQ(match.spec->checkDigitLength, e.check) << e.ai;
    }
}

TEST(Gs1AiTable, MatchingReportsUnknownAndCutShort)
{
    EXPECT_EQ(matchGs1Ai(u"").spec, nullptr);
    EXPECT_FALSE(matchGs1Ai(u"").truncated);
    EXPECT_TRUE(matchGs1Ai(u"3").truncated);
    EXPECT_TRUE(matchGs1Ai(u"31").truncated);
    EXPECT_TRUE(matchGs1Ai(u"310").truncated);
    EXPECT_TRUE(matchGs1Ai(u"70").truncated);
    EXPECT_FALSE(matchGs1Ai(u"5").truncated) << "no AI starts with 5";
    EXPECT_EQ(matchGs1Ai(u"310A").spec, nullptr);
    EXPECT_FALSE(matchGs1Ai(u"310A").truncated);
    EXPECT_EQ(matchGs1Ai(u"A1").spec, nullptr);
    EXPECT_EQ(matchGs1Ai(u"0").spec, nullptr);
    const Gs1AiMatch gtin = matchGs1Ai(u"01");
    ASSERT_NE(gtin.spec, nullptr);
    EXPECT_EQ(gtin.aiLength, 2);
    EXPECT_EQ(gtin.spec->title, "GTIN");
}

TEST(Gs1AiTable, PredefinedLengthByFirstTwoDigits)
{
    for (const char* ai : {"00", "01", "02", "11", "17", "20", "3103", "3601", "410"})
        EXPECT_TRUE(hasPredefinedLength(QString::fromLatin1(ai))) << ai;
    for (const char* ai : {"10", "21", "30", "37", "400", "402", "422", "7003", "8005", "90", "3"})
        EXPECT_FALSE(hasPredefinedLength(QString::fromLatin1(ai))) << ai;
}

// --- cost

TEST(Gs1Parse, IsCheapEnoughForEveryScan)
{
    // The budget is p99 < 50 us per parse; a typical one takes a few. The
    // bound is a mean over many runs with headroom for slow builds and a
    // busy machine, so that it fails on a real regression only (an AI table
    // built per call, a regex).
    const QString input = GS + kRealWorld;
    constexpr int kRuns = 20000;
    std::size_t elementsSeen = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kRuns; ++i)
        elementsSeen += parseGs1(input)->elements.size();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const double microsPerParse = std::chrono::duration<double, std::micro>(elapsed).count() / kRuns;
    EXPECT_EQ(elementsSeen, std::size_t(4) * kRuns);
    EXPECT_LT(microsPerParse, 25.0);
    RecordProperty("microseconds_per_parse", std::to_string(microsPerParse));
    std::cout << "parseGs1: " << microsPerParse << " us per parse\n";
}

} // namespace
