#pragma once

#include <QStringView>
#include <cstdint>
#include <span>
#include <string_view>

namespace packdesk::scanning {

/// Which characters a GS1 field may hold (GS1 General Specifications 7.11).
enum class Gs1Charset : std::uint8_t
{
    Numeric, ///< digits only
    Cset82,  ///< GS1 AI encodable character set 82 ("X" in the AI table)
    Cset39,  ///< GS1 AI encodable character set 39 ("Y": AI 8010 only)
};

/// What date or time a numeric field carries, so that 17261340 is refused.
enum class Gs1DateFormat : std::uint8_t
{
    None,
    Yymmdd,            ///< 11-17, 7006: DD = 00 means "end of the month"
    YymmddHhmm,        ///< 7003
    YymmddOrRange,     ///< 7007: one date or two (from, to)
    YymmddHhOptMinSec, ///< 8008: YYMMDDHH, then optional MM and SS
};

/// One Application Identifier of the GS1 General Specifications: what its
/// value looks like. Lengths count the value only, not the AI digits.
struct Gs1AiSpec
{
    /// "01", "400", "7003"; for AIs with a variable last digit (310n: the
    /// decimal point position, 703n: the processor number) the first three.
    std::string_view ai;
    /// The AI has a fourth digit 0-9 that is not in `ai` (3100-3109, ...).
    bool anyFourthDigit = false;
    std::uint8_t minLength = 0;
    std::uint8_t maxLength = 0;
    Gs1Charset charset = Gs1Charset::Numeric;
    /// For Cset82 fields that start with digits (421: ISO country code,
    /// 253: GDTI, 8003: GRAI): how many leading characters must be digits.
    std::uint8_t numericPrefix = 0;
    /// 0, or the length of the leading digit run whose last digit is a GS1
    /// mod-10 check digit (01: 14, 00: 18, 8003: 14 of up to 30).
    std::uint8_t checkDigitLength = 0;
    Gs1DateFormat date = Gs1DateFormat::None;
    /// The GS1 data title ("GTIN", "BATCH/LOT"), for people.
    std::string_view title;

    constexpr int aiLength() const { return int(ai.size()) + (anyFourthDigit ? 1 : 0); }
    constexpr bool isFixedLength() const { return minLength == maxLength; }
};

/// The outcome of looking for an AI at the start of an element string.
struct Gs1AiMatch
{
    /// The AI found; nullptr when none (see `truncated`).
    const Gs1AiSpec* spec = nullptr;
    /// How many characters of the text the AI takes (2-4).
    int aiLength = 0;
    /// No AI found because the text ends in the middle of one ("31" of 310n).
    bool truncated = false;
};

/// Finds the AI at the start of `text`. The table is prefix-free (as GS1
/// assigns AIs), so at most one AI matches. Cheap: a 100-entry index on the
/// first two digits, then a few comparisons; no allocation.
Gs1AiMatch matchGs1Ai(QStringView text);

/// Every AI packdesk knows, sorted by AI.
std::span<const Gs1AiSpec> gs1AiTable();

/// True when element strings whose AI starts with these two digits have a
/// predefined length (GS1 General Specifications 7.8.5: 00-04, 11-20, 31-36,
/// 41), so an encoder puts no FNC1 after them. Other fixed-length AIs (402,
/// 422, 7003, 8005, ...) still need one. `ai` must have at least two digits.
bool hasPredefinedLength(QStringView ai);

} // namespace packdesk::scanning
