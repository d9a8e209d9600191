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
    friend bool operator==(const Gs1ElementString&, const Gs1ElementString&) = default;
};

/// Parses an element string whose variable-length fields end with GS (or at
/// the end). Also accepts the human-readable "(01)...(10)..." form.
/// Errors (Error::code): gs1_empty, gs1_unknown_ai, gs1_truncated,
/// gs1_missing_separator, gs1_bad_character, gs1_check_digit, gs1_bad_date.
Result<Gs1ElementString> parseGs1(QStringView data);

} // namespace packdesk::scanning
