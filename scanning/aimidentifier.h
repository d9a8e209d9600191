#pragma once

#include "barcodeformat.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace packdesk::scanning {

/// An AIM symbology identifier (ISO/IEC 15424): "]" + code character +
/// modifier, which a scanner sends in front of the data when configured to,
/// e.g. "]C1" (GS1-128), "]E0" (EAN-13/UPC-A/UPC-E), "]d2" (GS1 DataMatrix).
///
/// What it tells the station: the symbology (BarcodeFormat), whether the data
/// is a GS1 element string (FNC1 in first position, or GS1 DataBar), and
/// whether the data starts with an AIM application indicator (FNC1 in second
/// position: one letter or two digits that name an industry application).
class AimIdentifier
{
public:
    /// "]" + code + modifier.
    static constexpr qsizetype kLength = 3;

    /// The identifier at the start of `text`, or nullopt when `text` does not
    /// start with one. Rules, chosen so that ordinary data is never eaten:
    /// - "]" + a letter (A-Z, a-z) + a modifier (0-9, A-Z) is an identifier,
    ///   even for a code character packdesk does not know ("]W5": format None,
    ///   not GS1; the identifier is kept so that logs show what came in);
    /// - anything else is not: "]", "]C" (too short), "]5x", "]C#" are plain
    ///   data. A "]" alone is a legal character in Code 128 and QR data, and a
    ///   scanner configured for AIM identifiers never sends fewer than three.
    static std::optional<AimIdentifier> fromPrefix(QStringView text);

    /// Builds one from its two characters (for tests and the camera path);
    /// nullopt when they break the rules above.
    static std::optional<AimIdentifier> fromParts(char16_t code, char16_t modifier);

    char16_t code() const { return m_code; }
    char16_t modifier() const { return m_modifier; }
    /// "]C1".
    QString toString() const;

    /// The symbology, or None for code characters without a BarcodeFormat
    /// (]X other, ]Z non-barcode, ]E1/]E2 an EAN add-on alone, unknown ones).
    /// ]E0 means EAN-13, UPC-A or UPC-E: only the data tells them apart
    /// (see interpretScan); this says Ean13.
    BarcodeFormat format() const { return m_format; }
    /// The data is a GS1 element string: ]C1, ]d2/]d5, ]Q3/]Q4, ]z1/]z4/]z7/]zA,
    /// ]e* (GS1 DataBar and its composites), ]L3 (MicroPDF417 emulating GS1-128),
    /// ]J1/]J4 (DotCode), ]K1 (Code 16K).
    bool isGs1() const { return m_gs1; }
    /// FNC1 in second position: the data starts with an application
    /// indicator (]C2, ]d3/]d6, ]Q5/]Q6, ]z2/]z5/]z8/]zB, ]L4, ]J2/]J5, ]K2).
    bool hasApplicationIndicator() const { return m_applicationIndicator; }

    /// Length of the application indicator at the start of `data` that
    /// follows an identifier with hasApplicationIndicator(): 1 for a letter,
    /// 2 for two digits, 0 when `data` starts with neither (malformed).
    static qsizetype applicationIndicatorLength(QStringView data);

private:
    AimIdentifier(char16_t code, char16_t modifier);

    char16_t m_code;
    char16_t m_modifier;
    BarcodeFormat m_format = BarcodeFormat::None;
    bool m_gs1 = false;
    bool m_applicationIndicator = false;
};

} // namespace packdesk::scanning
