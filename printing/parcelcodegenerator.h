#pragma once

#include "core/parcelcodes.h"

#include <QString>

namespace packdesk::printing {

/// Draws the per-order codes: the RMA code printed on the return label and
/// the survey token in the card's URL. Both come from the operating system's
/// CSPRNG (QRandomGenerator::system()), so nobody can guess another
/// customer's return or survey from their own.
///
/// RMA code: "R" + 11 Crockford base32 characters (55 random bits) + one
/// check character (Luhn mod 32 over the 11), 13 characters, e.g.
/// "R7K3M9QX2P4DW". Crockford's alphabet has no I, L, O or U, so a code read
/// aloud or typed is unambiguous; the check character catches every single
/// mistyped character and most swapped neighbours. Only 0-9 and A-Z: safe in
/// a URL, a Code 128 symbol and a ZPL field without any escaping.
///
/// Survey token: 16 random bytes (128 bits), base64url without padding
/// (22 characters).
class ParcelCodeGenerator
{
public:
    static constexpr int kRmaRandomChars = 11; ///< x 5 bits = 55 bits
    static constexpr int kSurveyTokenBytes = 16;

    static QString newRmaCode();
    static QString newSurveyToken();
    /// A fresh pair; createdMs is left 0 (the store sets it).
    static ParcelCodes newCodes();

    /// True for a well-formed code with a correct check character.
    static bool isValidRmaCode(const QString& code);
    /// A typed code as the generator spells it: upper case, separators
    /// (space, '-') dropped, I/L read as 1 and O as 0 (Crockford's rule).
    /// Check the result with isValidRmaCode().
    static QString normalizeRmaCode(const QString& typed);
};

} // namespace packdesk::printing
