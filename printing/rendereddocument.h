#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace packdesk::printing {

/// The two documents every parcel gets. Their names are stable: they are
/// stored (print_jobs.document), mapped to printers and shown in the CLI.
enum class DocumentKind { Card, ReturnLabel };
QString documentName(DocumentKind kind); ///< "card", "return_label"
bool documentKindFromName(const QString& name, DocumentKind* kind);
/// The same, with unknown_document for a name that is none of them.
Result<DocumentKind> parseDocumentKind(const QString& name);

/// What a printer takes: PDF for office and card printers (CUPS converts),
/// ZPL for thermal label printers (raw queue).
enum class DocumentFormat { Pdf, Zpl };
QString formatName(DocumentFormat format); ///< "pdf", "zpl"
bool documentFormatFromName(const QString& name, DocumentFormat* format);

/// Paper the renderers lay out for. A6 is 105 x 148 mm; 4x6 in is the
/// thermal label size (also used for cards on label printers).
enum class PaperSize { A6, FourBySixInch };
QSizeF paperSizeMm(PaperSize size);
QString paperName(PaperSize size); ///< "a6", "4x6"
bool paperSizeFromName(const QString& name, PaperSize* size);

/// A rendered document, ready for a printer or a file.
struct RenderedDocument
{
    DocumentKind kind = DocumentKind::Card;
    DocumentFormat format = DocumentFormat::Pdf;
    QByteArray bytes;
    QString mimeType() const; ///< "application/pdf" or "application/vnd.zebra-zpl"
};

} // namespace packdesk::printing
