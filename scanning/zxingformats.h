#pragma once

// Private to scanning/*.cpp: ZXing is linked PRIVATE, so no public header
// may include this one.

#include "barcodeformat.h"

#include <ZXing/BarcodeFormat.h>

namespace packdesk::scanning {

/// The ZXing set for packdesk's formats. Empty in, empty out: callers must
/// treat that as "nothing to look for", because ZXing reads an empty set as
/// "every format".
ZXing::BarcodeFormats toZXingFormats(BarcodeFormats formats);

/// ZXing's name for one of packdesk's formats; None for None or a combination.
ZXing::BarcodeFormat toZXingFormat(BarcodeFormat format);

/// packdesk's name for one ZXing format; None for formats packdesk does not
/// know (MaxiCode, Micro QR), which callers drop.
BarcodeFormat fromZXingFormat(ZXing::BarcodeFormat format);

} // namespace packdesk::scanning
