#pragma once

#include "core/result.h"
#include "scannedcode.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace packdesk::scanning {

/// Turns what a scanner sent into a ScannedCode: splits off the AIM
/// symbology identifier, parses GS1 element strings (when the identifier
/// says GS1, or the data is in the "(01)..." human-readable form), and
/// refuses a GS1 code that is malformed with an Error naming the AI and why.
/// Pure and cheap: called on the UI thread for every scan.
///
/// In order:
/// 1. Trailing CR/LF (the wedge's Enter) is dropped. Nothing left, or an AIM
///    identifier and nothing after it: Error "scan_empty".
/// 2. An AIM identifier (AimIdentifier::fromPrefix) sets aimIdentifier and
///    format; the rest is `data`.
/// 3. GS1 when the identifier says so: the data must parse, parseGs1's
///    errors are returned. Without an identifier: data starting with GS
///    (FNC1 sent) must parse too; data starting with "(" or containing a GS
///    is GS1 only if it parses, plain text otherwise ("(internal) label").
///    Digits alone ("0109501101530003...") stay plain: without an AIM
///    identifier nothing says they are GS1.
/// 4. EAN/UPC (]E0, ]E3, ]E4) refine the format from the digits: ]E0 with 8
///    digits is UPC-E, with 12 (camera) or 13 starting with 0 UPC-A, else
///    EAN-13; ]E3 splits the add-on off. GS1 DataBar with more than (01)
///    is DataBarExpanded.
Result<ScannedCode> interpretScan(QStringView raw);

/// UPC-E (8 digits: number system 0 or 1, six digits, check digit) to the
/// 12-digit UPC-A it stands for, check digit kept (so a wrong one stays
/// wrong and ProductCode does not take it for a GTIN). nullopt when `upcE`
/// is not 8 digits with number system 0 or 1.
std::optional<QString> expandUpcE(QStringView upcE);

} // namespace packdesk::scanning
