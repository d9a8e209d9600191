#pragma once

#include "core/result.h"
#include "scannedcode.h"

#include <QStringView>

namespace packdesk::scanning {

/// Turns what a scanner sent into a ScannedCode: splits off the AIM
/// symbology identifier, parses GS1 element strings (when the identifier
/// says GS1, or the data is in the "(01)..." human-readable form), and
/// refuses a GS1 code that is malformed with an Error naming the AI and why.
/// Pure and cheap: called on the UI thread for every scan.
Result<ScannedCode> interpretScan(QStringView raw);

} // namespace packdesk::scanning
