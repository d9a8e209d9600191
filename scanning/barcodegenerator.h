#pragma once

#include "barcodeformat.h"
#include "core/result.h"

#include <QRect>
#include <QString>
#include <vector>

class QImage;
class QPainterPath;

namespace packdesk::scanning {

/// QR Code error correction: how much of the symbol may be damaged (about
/// 7, 15, 25, 30 %) before it stops reading. Higher levels make larger symbols.
enum class QrErrorCorrection
{
    Low,
    Medium,
    Quartile,
    High,
};

struct GenerateOptions
{
    /// The symbologies' minimum quiet zones (ISO/IEC 15417, 18004, 16022).
    static constexpr int code128QuietZoneModules = 10;
    static constexpr int qrQuietZoneModules = 4;
    static constexpr int dataMatrixQuietZoneModules = 1;
    /// Tall enough for a hand scanner's line to cross it at an angle; the
    /// usual rule of thumb (bars at least 15 % of the symbol's width) holds
    /// for Code 128 labels of up to about 20 characters.
    static constexpr int defaultLinearHeightModules = 40;

    /// Light margin on all four sides of the symbol, in modules. Negative =
    /// the symbology's minimum (see the constants above).
    int quietZoneModules = -1;
    /// Bar height of linear codes, in modules (ignored for 2D codes); >= 1.
    int linearHeightModules = defaultLinearHeightModules;
    /// QR only. Medium survives a scuffed or creased label and keeps a
    /// return-portal URL within a size a phone reads from a label.
    QrErrorCorrection qrErrorCorrection = QrErrorCorrection::Medium;
};

/// A barcode as geometry: dark rectangles on a grid of square modules,
/// quiet zone included. Printing draws it as vector paths at any size, so
/// a label is sharp on a 203 dpi printer and in a PDF alike.
struct BarcodeSymbol
{
    BarcodeFormat format = BarcodeFormat::None;
    QString text;
    int widthModules = 0;  ///< including the quiet zone on both sides
    int heightModules = 0; ///< including the quiet zone on both sides
    int quietZoneModules = 0;
    /// Dark areas in module units, disjoint. Linear codes: one rectangle per
    /// bar. 2D codes: runs of dark modules in a row, and identical runs in
    /// consecutive rows merged into one rectangle.
    std::vector<QRect> darkRects;

    /// The dark areas as one path (winding fill), scaled so that a module is
    /// moduleSize units, origin at the quiet zone's top left corner.
    /// Empty for moduleSize <= 0.
    QPainterPath toPainterPath(double moduleSize) const;
    /// A standalone SVG document: white background, one black path.
    /// For tests, docs and debugging. Empty for moduleSize <= 0.
    QString toSvg(double moduleSize) const;
    /// A black-on-white Format_Grayscale8 raster, moduleSizePx pixels per
    /// module, pixel-exact (no antialiasing). Null for moduleSizePx < 1 or
    /// an image too large to allocate.
    QImage toImage(int moduleSizePx) const;
};

/// The formats generateBarcode() supports: Code 128, QR Code, DataMatrix.
BarcodeFormats generatableFormats();

/// The minimum quiet zone of a generatable format, in modules; 0 otherwise.
int defaultQuietZoneModules(BarcodeFormat format);

/// Encodes text as Code 128, QR Code or DataMatrix with ZXing-C++'s writer.
/// Text limits: Code 128 takes ASCII only, at most 80 characters; QR Code
/// takes any Unicode text (stored as UTF-8 with an ECI); DataMatrix takes
/// ISO 8859-1 text only (ZXing 1.4's writer has no UTF-8 mode).
/// Errors: barcode_unsupported_format, barcode_empty, barcode_unencodable,
/// barcode_invalid_options. Never throws.
Result<BarcodeSymbol> generateBarcode(BarcodeFormat format, const QString& text,
                                      const GenerateOptions& options = {});

} // namespace packdesk::scanning
