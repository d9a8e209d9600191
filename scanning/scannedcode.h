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
    /// As sent otherwise: an add-on or application indicator stays in.
    QString data;
    /// Set when the payload is a GS1 element string.
    std::optional<Gs1ElementString> gs1;
    /// EAN/UPC add-on (2 or 5 digits) at the end of `data` (]E3), or all of
    /// `data` when the scanner sent the add-on alone (]E1, ]E2).
    QString addOn;
    /// AIM "FNC1 in second position" (]C2, ]d3, ]Q5, ...): the letter or two
    /// digits at the start of `data` that name the application standard.
    QString applicationIndicator;

    /// The text that identifies the product for matching an order line
    /// (station/core ProductCode::fromText makes the key), trimmed:
    /// - GS1: the GTIN of AI (01), else (02), else `data`;
    /// - UPC-E (8 digits): expanded to its UPC-A, which is the GTIN;
    /// - EAN/UPC with add-on: the main symbol only (the add-on is a price
    ///   or issue number, not the product);
    /// - with an application indicator: the data after it;
    /// - otherwise `data` (EAN-13, UPC-A in 12 or 13 digits, EAN-8, ITF-14,
    ///   SKU labels, Code 128 text).
    QString productText() const;
};

} // namespace packdesk::scanning
