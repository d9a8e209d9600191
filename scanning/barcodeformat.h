#pragma once

#include <QFlags>
#include <QString>

namespace packdesk::scanning {

/// The barcode formats packdesk reads and writes. packdesk's own names, so
/// that no header outside scanning/*.cpp needs ZXing (it is linked PRIVATE).
enum class BarcodeFormat : unsigned {
    None = 0,
    Ean8 = 1u << 0,
    Ean13 = 1u << 1,
    UpcA = 1u << 2,
    UpcE = 1u << 3,
    Code128 = 1u << 4,
    Code39 = 1u << 5,
    Code93 = 1u << 6,
    Itf = 1u << 7,
    Codabar = 1u << 8,
    DataBar = 1u << 9,
    DataBarExpanded = 1u << 10,
    QrCode = 1u << 11,
    DataMatrix = 1u << 12,
    Pdf417 = 1u << 13,
    Aztec = 1u << 14,
};
Q_DECLARE_FLAGS(BarcodeFormats, BarcodeFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(BarcodeFormats)

/// What a packing station meets on products, packing slips and badges:
/// retail codes, Code 128 (SKU labels, GS1-128), QR and DataMatrix.
/// Restricting a live decoder to these is most of its speed.
inline constexpr BarcodeFormats stationFormats()
{
    return BarcodeFormats(BarcodeFormat::Ean8) | BarcodeFormat::Ean13 | BarcodeFormat::UpcA | BarcodeFormat::UpcE
        | BarcodeFormat::Code128 | BarcodeFormat::QrCode | BarcodeFormat::DataMatrix;
}

/// "EAN-13", "Code 128", ... for messages and test output.
QString displayName(BarcodeFormat format);

} // namespace packdesk::scanning
