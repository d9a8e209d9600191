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
enum class PixelLayout { Lum, Rgb, Bgr, Rgbx, Xrgb, Bgrx, Xbgr };

/// A view on pixels owned by someone else (a mapped video frame, a QImage).
struct ImageRef
{
    const std::uint8_t* data = nullptr;
    int width = 0;
    int height = 0;
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
    /// The AIM symbology identifier ("]C1", "]Q1", ...), as a scanner sends it.
    QString aimIdentifier;
    /// The payload as a scanner would send it: GS1 element strings with FNC1
    /// as GS (0x1D), so scanning::interpretScan() handles camera and handheld alike.
    QString text;
    /// Corners in image pixels: top-left, top-right, bottom-right, bottom-left.
    std::array<QPoint, 4> corners{};

    /// aimIdentifier + text: what a keyboard-wedge scanner would have typed.
    QString scannerText() const { return aimIdentifier + text; }
};

/// Finds every barcode of the given formats in an image. Pure: no state, no
/// threads, safe to call from any thread.
std::vector<DecodedBarcode> decodeImage(const ImageRef& image, const DecodeOptions& options = {});
std::vector<DecodedBarcode> decodeImage(const QImage& image, const DecodeOptions& options = {});

} // namespace packdesk::scanning
