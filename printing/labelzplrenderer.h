#pragma once

#include "core/result.h"
#include "returnlabel.h"

#include <QByteArray>

namespace packdesk::printing {

/// Writes a return label as native ZPL II for a 4x6 in thermal printer at
/// 203 or 300 dpi: the printer draws the text (scalable font ^A0, wrapped
/// with ^FB), the Code 128 (^BC) and the QR code (^BQ) itself, so the job is
/// a few hundred bytes instead of a bitmap and every bar lands on whole dots.
///
/// Same layout as the PDF (LabelLayout, mm scaled to dots). Every text
/// field goes through ^FH with _XX hex escapes for ^, ~, _, \ and every
/// byte outside printable ASCII (UTF-8 under ^CI28): customer data can never
/// become a ZPL command, and the job itself is plain ASCII.
class LabelZplRenderer
{
public:
    /// zpl_resolution_unsupported for a dpi other than 203 or 300.
    static Result<QByteArray> render(const ReturnLabel& label, int dpi);

    /// `text` as a ^FH field's data: UTF-8 with _XX for every byte that is
    /// not printable ASCII or is one of ^ ~ _ \ (the ^FB line-break escape).
    static QByteArray escapeField(const QString& text);
};

} // namespace packdesk::printing
