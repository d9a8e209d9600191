#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace packdesk::testing {

/// Rasterises page 1 of a PDF with poppler's pdftoppm (an independent
/// renderer: what a printer driver would see) at `dpi`, in greyscale, without
/// anti-aliasing so the result is the same on every run. Null image and a
/// message in *error when pdftoppm fails.
QImage rasterizePdf(const QByteArray& pdf, int dpi, QString* error = nullptr);

/// `pdffonts` output for a PDF: one line per font (name, type, emb, sub, uni).
QString pdfFonts(const QByteArray& pdf);

/// Page size in PostScript points (1/72 in) from `pdfinfo`; invalid when it fails.
QSizeF pdfPageSizePoints(const QByteArray& pdf);

} // namespace packdesk::testing
