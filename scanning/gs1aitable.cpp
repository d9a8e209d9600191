#include "gs1aitable.h"

#include <algorithm>
#include <array>

namespace packdesk::scanning {

namespace {

using enum Gs1DateFormat;

// Builders for the table rows, named after the GS1 format notation.

// N<len>, e.g. 20 (N2), 422 (N3); optionally a date.
constexpr Gs1AiSpec fixedN(std::string_view ai, int length, std::string_view title, Gs1DateFormat date = None)
{
    return {ai, false, std::uint8_t(length), std::uint8_t(length), Gs1Charset::Numeric, 0, 0, date, title};
}

// N<len> whose last digit is a check digit: GTIN, SSCC, GLN, GSIN, GSRN.
constexpr Gs1AiSpec checkedN(std::string_view ai, int length, std::string_view title)
{
    return {
        ai,   false, std::uint8_t(length), std::uint8_t(length), Gs1Charset::Numeric, 0, std::uint8_t(length),
        None, title};
}

// N..<max>, or N<min>+N..<more> (minLength > 1).
constexpr Gs1AiSpec varN(std::string_view ai, int minLength, int maxLength, std::string_view title,
                         Gs1DateFormat date = None, int checkDigitLength = 0)
{
    return {ai,
            false,
            std::uint8_t(minLength),
            std::uint8_t(maxLength),
            Gs1Charset::Numeric,
            0,
            std::uint8_t(checkDigitLength),
            date,
            title};
}

// X..<max>: GS1 character set 82.
constexpr Gs1AiSpec varX(std::string_view ai, int maxLength, std::string_view title)
{
    return {ai, false, 1, std::uint8_t(maxLength), Gs1Charset::Cset82, 0, 0, None, title};
}

// N<digits>+X..<rest>: a numeric part (maybe with a check digit), then text.
constexpr Gs1AiSpec digitsThenX(std::string_view ai, int digits, int maxLength, bool checked,
                                std::string_view title)
{
    return {ai,
            false,
            std::uint8_t(digits),
            std::uint8_t(maxLength),
            Gs1Charset::Cset82,
            std::uint8_t(digits),
            std::uint8_t(checked ? digits : 0),
            None,
            title};
}

// 31nn-36nn: a measure with the decimal point position as fourth digit, N6.
constexpr Gs1AiSpec measure(std::string_view ai3, std::string_view title)
{
    return {ai3, true, 6, 6, Gs1Charset::Numeric, 0, 0, None, title};
}

// 390n-395n and 703n: fourth digit variable, value as given.
constexpr Gs1AiSpec anyFourth(Gs1AiSpec spec)
{
    spec.anyFourthDigit = true;
    return spec;
}

// GS1 General Specifications 3.2 (release 24), the AIs a packing station
// meets on products, cases and pallets. Sorted: the index below needs it.
constexpr std::array kTable = {
    checkedN("00", 18, "SSCC"),
    checkedN("01", 14, "GTIN"),
    checkedN("02", 14, "CONTENT"),
    varX("10", 20, "BATCH/LOT"),
    fixedN("11", 6, "PROD DATE", Yymmdd),
    fixedN("12", 6, "DUE DATE", Yymmdd),
    fixedN("13", 6, "PACK DATE", Yymmdd),
    fixedN("15", 6, "BEST BEFORE", Yymmdd),
    fixedN("16", 6, "SELL BY", Yymmdd),
    fixedN("17", 6, "USE BY", Yymmdd),
    fixedN("20", 2, "VARIANT"),
    varX("21", 20, "SERIAL"),
    varX("22", 20, "CPV"),
    varX("235", 28, "TPX"),
    varX("240", 30, "ADDITIONAL ID"),
    varX("241", 30, "CUST. PART No."),
    varN("242", 1, 6, "MTO VARIANT"),
    varX("243", 20, "PCN"),
    varX("250", 30, "SECONDARY SERIAL"),
    varX("251", 30, "REF. TO SOURCE"),
    digitsThenX("253", 13, 30, true, "GDTI"),
    varX("254", 20, "GLN EXTENSION COMPONENT"),
    varN("255", 13, 25, "GCN", None, 13),
    varN("30", 1, 8, "VAR. COUNT"),
    measure("310", "NET WEIGHT (kg)"),
    measure("311", "LENGTH (m)"),
    measure("312", "WIDTH (m)"),
    measure("313", "HEIGHT (m)"),
    measure("314", "AREA (m2)"),
    measure("315", "NET VOLUME (l)"),
    measure("316", "NET VOLUME (m3)"),
    measure("320", "NET WEIGHT (lb)"),
    measure("321", "LENGTH (in)"),
    measure("322", "LENGTH (ft)"),
    measure("323", "LENGTH (yd)"),
    measure("324", "WIDTH (in)"),
    measure("325", "WIDTH (ft)"),
    measure("326", "WIDTH (yd)"),
    measure("327", "HEIGHT (in)"),
    measure("328", "HEIGHT (ft)"),
    measure("329", "HEIGHT (yd)"),
    measure("330", "GROSS WEIGHT (kg)"),
    measure("331", "LENGTH (m), log"),
    measure("332", "WIDTH (m), log"),
    measure("333", "HEIGHT (m), log"),
    measure("334", "AREA (m2), log"),
    measure("335", "VOLUME (l), log"),
    measure("336", "VOLUME (m3), log"),
    measure("337", "KG PER m2"),
    measure("340", "GROSS WEIGHT (lb)"),
    measure("341", "LENGTH (in), log"),
    measure("342", "LENGTH (ft), log"),
    measure("343", "LENGTH (yd), log"),
    measure("344", "WIDTH (in), log"),
    measure("345", "WIDTH (ft), log"),
    measure("346", "WIDTH (yd), log"),
    measure("347", "HEIGHT (in), log"),
    measure("348", "HEIGHT (ft), log"),
    measure("349", "HEIGHT (yd), log"),
    measure("350", "AREA (in2)"),
    measure("351", "AREA (ft2)"),
    measure("352", "AREA (yd2)"),
    measure("353", "AREA (in2), log"),
    measure("354", "AREA (ft2), log"),
    measure("355", "AREA (yd2), log"),
    measure("356", "NET WEIGHT (troy oz)"),
    measure("357", "NET VOLUME (oz)"),
    measure("360", "NET VOLUME (qt)"),
    measure("361", "NET VOLUME (gal.)"),
    measure("362", "VOLUME (qt), log"),
    measure("363", "VOLUME (gal.), log"),
    measure("364", "VOLUME (in3)"),
    measure("365", "VOLUME (ft3)"),
    measure("366", "VOLUME (yd3)"),
    measure("367", "VOLUME (in3), log"),
    measure("368", "VOLUME (ft3), log"),
    measure("369", "VOLUME (yd3), log"),
    varN("37", 1, 8, "COUNT"),
    anyFourth(varN("390", 1, 15, "AMOUNT")),
    anyFourth(varN("391", 4, 18, "AMOUNT")),
    anyFourth(varN("392", 1, 15, "PRICE")),
    anyFourth(varN("393", 4, 18, "PRICE")),
    anyFourth(fixedN("394", 4, "PRCNT OFF")),
    anyFourth(fixedN("395", 6, "PRICE/UoM")),
    varX("400", 30, "ORDER NUMBER"),
    varX("401", 30, "GINC"),
    checkedN("402", 17, "GSIN"),
    varX("403", 30, "ROUTE"),
    checkedN("410", 13, "SHIP TO LOC"),
    checkedN("411", 13, "BILL TO"),
    checkedN("412", 13, "PURCHASE FROM"),
    checkedN("413", 13, "SHIP FOR LOC"),
    checkedN("414", 13, "LOC No."),
    checkedN("415", 13, "PAY TO"),
    checkedN("416", 13, "PROD/SERV LOC"),
    checkedN("417", 13, "PARTY"),
    varX("420", 20, "SHIP TO POST"),
    digitsThenX("421", 3, 12, false, "SHIP TO POST"),
    fixedN("422", 3, "ORIGIN"),
    varN("423", 3, 15, "COUNTRY - INITIAL PROCESS"),
    fixedN("424", 3, "COUNTRY - PROCESS"),
    varN("425", 3, 15, "COUNTRY - DISASSEMBLY"),
    fixedN("426", 3, "COUNTRY - FULL PROCESS"),
    varX("427", 3, "ORIGIN SUBDIVISION"),
    fixedN("7001", 13, "NSN"),
    varX("7002", 30, "MEAT CUT"),
    fixedN("7003", 10, "EXPIRY TIME", YymmddHhmm),
    varN("7004", 1, 4, "ACTIVE POTENCY"),
    varX("7005", 12, "CATCH AREA"),
    fixedN("7006", 6, "FIRST FREEZE DATE", Yymmdd),
    varN("7007", 6, 12, "HARVEST DATE", YymmddOrRange),
    varX("7008", 3, "AQUATIC SPECIES"),
    varX("7009", 10, "FISHING GEAR TYPE"),
    varX("7010", 2, "PROD METHOD"),
    varX("7020", 20, "REFURB LOT"),
    varX("7021", 20, "FUNC STAT"),
    varX("7022", 20, "REV STAT"),
    varX("7023", 30, "GIAI - ASSEMBLY"),
    anyFourth(digitsThenX("703", 3, 30, false, "PROCESSOR #")),
    fixedN("8001", 14, "DIMENSIONS"),
    varX("8002", 20, "CMT No."),
    digitsThenX("8003", 14, 30, true, "GRAI"),
    varX("8004", 30, "GIAI"),
    fixedN("8005", 6, "PRICE PER UNIT"),
    varN("8006", 18, 18, "ITIP", None, 14),
    varX("8007", 34, "IBAN"),
    varN("8008", 8, 12, "PROD TIME", YymmddHhOptMinSec),
    Gs1AiSpec{"8010", false, 1, 30, Gs1Charset::Cset39, 0, 0, None, "CPID"},
    varN("8011", 1, 12, "CPID SERIAL"),
    varX("8012", 20, "VERSION"),
    varX("8013", 25, "GMN"),
    checkedN("8017", 18, "GSRN - PROVIDER"),
    checkedN("8018", 18, "GSRN - RECIPIENT"),
    varN("8019", 1, 10, "SRIN"),
    varX("8020", 25, "REF No."),
    varN("8026", 18, 18, "ITIP CONTENT", None, 14),
    varX("8200", 70, "PRODUCT URL"),
    varX("90", 30, "INTERNAL"),
    varX("91", 90, "INTERNAL"),
    varX("92", 90, "INTERNAL"),
    varX("93", 90, "INTERNAL"),
    varX("94", 90, "INTERNAL"),
    varX("95", 90, "INTERNAL"),
    varX("96", 90, "INTERNAL"),
    varX("97", 90, "INTERNAL"),
    varX("98", 90, "INTERNAL"),
    varX("99", 90, "INTERNAL"),
};

constexpr int firstTwo(std::string_view ai)
{
    return (ai[0] - '0') * 10 + (ai[1] - '0');
}

constexpr bool isDigits(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The table must be sorted (for the index) and prefix-free (so that reading
// the AI off an element string is unambiguous), as GS1 assigns AIs.
constexpr bool tableIsWellFormed()
{
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        const Gs1AiSpec& spec = kTable[i];
        if (spec.ai.size() < 2 || spec.aiLength() > 4 || !isDigits(spec.ai))
            return false;
        if (spec.minLength < 1 || spec.minLength > spec.maxLength || spec.checkDigitLength > spec.maxLength)
            return false;
        if (i > 0 && !(kTable[i - 1].ai < spec.ai))
            return false;
        for (std::size_t j = 0; j < kTable.size(); ++j) {
            if (i != j && kTable[j].ai.starts_with(spec.ai))
                return false;
        }
    }
    return true;
}
static_assert(tableIsWellFormed());

struct Bucket
{
    std::uint16_t begin = 0;
    std::uint16_t end = 0;
};

// For each first two digits 00-99, the range of table rows starting with them.
constexpr std::array<Bucket, 100> kIndex = [] {
    std::array<Bucket, 100> index{};
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        Bucket& bucket = index[std::size_t(firstTwo(kTable[i].ai))];
        if (bucket.begin == bucket.end)
            bucket.begin = std::uint16_t(i);
        bucket.end = std::uint16_t(i + 1);
    }
    return index;
}();

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

Gs1AiMatch matchGs1Ai(QStringView text)
{
    Gs1AiMatch match;
    if (text.isEmpty() || !isDigit(text[0]))
        return match;
    if (text.size() < 2 || !isDigit(text[1])) {
        // One digit: cut short if some AI starts with it.
        if (text.size() < 2) {
            for (int second = 0; second < 10; ++second) {
                const Bucket& bucket = kIndex[std::size_t((text[0].unicode() - u'0') * 10 + second)];
                if (bucket.begin != bucket.end)
                    match.truncated = true;
            }
        }
        return match;
    }
    const Bucket& bucket = kIndex[std::size_t((text[0].unicode() - u'0') * 10 + (text[1].unicode() - u'0'))];
    for (std::uint16_t row = bucket.begin; row < bucket.end; ++row) {
        const Gs1AiSpec& spec = kTable[row];
        const int length = spec.aiLength();
        bool same = true;
        int compared = 2;
        for (; compared < int(spec.ai.size()) && compared < text.size(); ++compared) {
            if (text[compared].unicode() != char16_t(spec.ai[std::size_t(compared)])) {
                same = false;
                break;
            }
        }
        if (!same)
            continue;
        if (text.size() < length) {
            // Matches as far as the text goes: the text ends inside this AI.
            match.truncated = true;
            return match;
        }
        if (spec.anyFourthDigit && !isDigit(text[3]))
            continue;
        match.spec = &spec;
        match.aiLength = length;
        return match;
    }
    return match;
}

std::span<const Gs1AiSpec> gs1AiTable()
{
    return kTable;
}

bool hasPredefinedLength(QStringView ai)
{
    if (ai.size() < 2 || !isDigit(ai[0]) || !isDigit(ai[1]))
        return false;
    const int prefix = (ai[0].unicode() - u'0') * 10 + (ai[1].unicode() - u'0');
    return prefix <= 4 || (prefix >= 11 && prefix <= 20) || (prefix >= 31 && prefix <= 36) || prefix == 41;
}

} // namespace packdesk::scanning
