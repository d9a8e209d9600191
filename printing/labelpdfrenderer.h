#pragma once

#include "core/result.h"
#include "returnlabel.h"

#include <QByteArray>

namespace packdesk::printing {

/// Draws a return label as a one-page 4x6 in PDF: vector only (text as
/// text in the embedded DejaVu Sans, barcodes as filled paths, no images),
/// so it is sharp on any printer and its text can be searched and checked.
///
/// The RMA code is a Code 128 with 3-dot modules of a 203 dpi printer
/// (0.375 mm) and 16 mm bars; the portal URL a QR code. Texts shrink to
/// fit their box and wrap (at any character when a word is too long); what
/// still does not fit is clipped to its box, so nothing ever leaves the
/// label. The same label always gives the same drawing (golden images).
/// Needs a QGuiApplication (fonts); safe from any thread that has one.
class LabelPdfRenderer
{
public:
    /// font_missing, barcode_* from the generator.
    static Result<QByteArray> render(const ReturnLabel& label);
};

} // namespace packdesk::printing
