#pragma once

#include "barcodeformat.h"
#include "core/result.h"

#include <QRect>
#include <QString>

#include <vector>

class QImage;
class QPainterPath;

namespace packdesk::scanning {

struct GenerateOptions
{
    /// Light margin around the symbol, in modules. -1 = the symbology's
    /// minimum (10 for Code 128, 4 for QR, 1 for DataMatrix).
    int quietZoneModules = -1;
    /// Bar height of linear codes, in modules (ignored for 2D codes).
    int linearHeightModules = 40;
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
    /// Dark areas in module units; adjacent dark modules in a row are merged.
    std::vector<QRect> darkRects;

    /// The dark areas as one path, scaled so that a module is moduleSize units.
    QPainterPath toPainterPath(double moduleSize) const;
    /// A standalone SVG document (for tests, docs and debugging).
    QString toSvg(double moduleSize) const;
    /// A black-on-white raster, moduleSizePx pixels per module.
    QImage toImage(int moduleSizePx) const;
};

/// Encodes text as Code 128, QR Code or DataMatrix with ZXing-C++'s writer.
/// Errors: barcode_unsupported_format, barcode_empty, barcode_unencodable.
Result<BarcodeSymbol> generateBarcode(BarcodeFormat format, const QString& text, const GenerateOptions& options = {});

} // namespace packdesk::scanning
