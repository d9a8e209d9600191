#pragma once

#include "barcodeformat.h"

#include <QPoint>
#include <QString>
#include <array>
#include <cstdint>
#include <vector>

class QImage;

namespace packdesk::scanning {

/// How the bytes of an image are laid out. Lum is one byte of luminance per
/// pixel, which is what a camera's Y plane is and what the decoder wants.
enum class PixelLayout
{
    Lum,
    Rgb,
    Bgr,
    Rgbx,
    Xrgb,
    Bgrx,
    Xbgr
};

/// A view on pixels owned by someone else (a mapped video frame, a QImage).
/// decodeImage() finds nothing in a view that does not make sense (no data,
/// a size <= 0, bytesPerLine smaller than a row) instead of reading past it.
struct ImageRef
{
    const std::uint8_t* data = nullptr;
    int width = 0;
    int height = 0;
    /// Bytes from one row to the next, padding included. Required: 0 is not
    /// "packed", because a guessed stride on a padded buffer reads garbage.
    int bytesPerLine = 0;
    PixelLayout layout = PixelLayout::Lum;
};

struct DecodeOptions
{
    BarcodeFormats formats = stationFormats();
    /// Slower, finds more: for still images (a photo, a scanned document).
    /// Live video turns both off and relies on the next frame instead.
    bool tryHarder = true;
    bool tryRotate = true;
    int maxSymbols = 0; ///< 0 = all
};

/// One barcode found in an image.
struct DecodedBarcode
{
    BarcodeFormat format = BarcodeFormat::None;
    /// The AIM symbology identifier ("]C1", "]Q1", ...), as a scanner sends it:
    /// ]E0 for EAN-13/UPC-A/UPC-E, ]E4 for EAN-8, ]C1/]d2/]Q3 for GS1 content.
    /// Never an ECI modifier (]Q2, ]d4): `text` carries no ECI escapes.
    QString aimIdentifier;
    /// The payload as a scanner would send it: GS1 element strings with FNC1
    /// as GS (0x1D) after variable-length fields and no leading FNC1, so
    /// scanning::interpretScan() handles camera and handheld alike. Text in
    /// other character sets (Latin-1 QR, ECI) comes out as Unicode.
    /// EAN/UPC digits are as printed: UPC-A is 12 digits (not the 13 with a
    /// leading 0 that a wedge scanner in EAN mode sends), UPC-E is 8 digits
    /// (number system, 6 digits, check digit); GTIN matching in the domain
    /// treats these forms as one product.
    QString text;
    /// Corners in image pixels: top-left, top-right, bottom-right, bottom-left,
    /// as the symbol is read (so rotated when the symbol is). For a linear
    /// code the box spans the scan lines that read it, which may be less than
    /// the bar height.
    std::array<QPoint, 4> corners{};

    /// aimIdentifier + text: what a keyboard-wedge scanner would have typed.
    QString scannerText() const { return aimIdentifier + text; }
};

/// Finds every barcode of the given formats in an image. Pure: no state, no
/// threads, safe to call from any thread.
std::vector<DecodedBarcode> decodeImage(const ImageRef& image, const DecodeOptions& options = {});
std::vector<DecodedBarcode> decodeImage(const QImage& image, const DecodeOptions& options = {});

} // namespace packdesk::scanning
