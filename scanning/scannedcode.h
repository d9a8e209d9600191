#pragma once

#include "barcodeformat.h"
#include "gs1.h"

#include <QString>

#include <optional>

namespace packdesk::scanning {

/// One barcode as the station understands it, whichever way it arrived
/// (a keyboard-wedge scanner, a serial scanner or the camera).
struct ScannedCode
{
    /// The text as received (after wedge prefix/suffix stripping), AIM id included.
    QString raw;
    /// "]C1", "]E0", ... when the scanner sent one; empty otherwise.
    QString aimIdentifier;
    /// From the AIM identifier (or the camera decoder); None when not known.
    BarcodeFormat format = BarcodeFormat::None;
    /// The payload without the AIM identifier, FNC1 kept as GS (0x1D).
    QString data;
    /// Set when the payload is a GS1 element string.
    std::optional<Gs1ElementString> gs1;

    /// The text that identifies the product for matching an order line:
    /// the GTIN of AI (01)/(02) for GS1 codes, otherwise `data`.
    QString productText() const;
};

} // namespace packdesk::scanning
