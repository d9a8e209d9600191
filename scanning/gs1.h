#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace packdesk::scanning {

/// The GS1 "FNC1" separator as scanners transmit it: ASCII GS.
inline constexpr char16_t kGroupSeparator = 0x1D;

/// One GS1 Application Identifier and its value, e.g. ("01", "09501101530003").
struct Gs1Element
{
    QString ai;
    QString value;
    friend bool operator==(const Gs1Element&, const Gs1Element&) = default;
};

/// A parsed GS1 element string (GS1-128, GS1 DataMatrix, GS1 QR, DataBar).
struct Gs1ElementString
{
    std::vector<Gs1Element> elements;

    /// The value of the first element with this AI.
    std::optional<QString> value(QStringView ai) const;
    /// "(01)09501101530003(10)ABC" for people and logs.
    QString humanReadable() const;
    /// The element string as a scanner sends it: no leading FNC1, a GS after
    /// every field except the last and those of predefined length (01, 17, ...).
    QString elementString() const;
    friend bool operator==(const Gs1ElementString&, const Gs1ElementString&) = default;
};

/// Parses an element string whose variable-length fields end with GS (or at
/// the end). Also accepts the human-readable "(01)...(10)..." form (when
/// `data` starts with "("). The AIs known are those of gs1AiTable().
///
/// Tolerated: a leading FNC1 (GS), a GS after a fixed-length field (needed
/// or not), a trailing GS. A fixed-length field never needs its GS to be
/// read (its end is known), so a missing one after 402, 422, 7003... is not
/// an error either.
///
/// Errors (Error::code), each message naming the AI where there is one:
/// - gs1_empty: nothing but GS
/// - gs1_unknown_ai: no AI of the table where one must start
/// - gs1_truncated: the data ends inside an AI, a fixed-length value is cut
///   short (by the end or by a GS), a value is empty or below its minimum
/// - gs1_missing_separator: a value is longer than its AI allows: with GS,
///   the GS that should have ended a variable-length field is missing; in
///   the "(AI)" form, the next "(AI)" is
/// - gs1_bad_character: a non-digit in a numeric field, a character outside
///   GS1 character set 82 (or 39 for AI 8010) in an alphanumeric one
/// - gs1_check_digit: GTIN, SSCC, GLN, GSIN, GSRN, GRAI, GDTI check digit
/// - gs1_bad_date: YYMMDD (DD = 00 allowed: end of month), times
Result<Gs1ElementString> parseGs1(QStringView data);

} // namespace packdesk::scanning
