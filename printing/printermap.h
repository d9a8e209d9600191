#pragma once

#include "core/result.h"
#include "printing/rendereddocument.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace packdesk::printing {

/// Where one document goes and how it must be rendered for that printer.
struct PrinterRoute
{
    DocumentKind document = DocumentKind::Card;
    QString printer; ///< CUPS queue name
    DocumentFormat format = DocumentFormat::Pdf;
    PaperSize paper = PaperSize::A6;
    int dpi = 0; ///< 203 or 300 for ZPL; 0 for PDF (resolution-independent)

    /// The IPP media keyword CUPS gets with a PDF job ("" for raw ZPL).
    QString cupsMedia() const;
};

/// A station's mapping from document to printer, read from a JSON file
/// (docs/printing-cups.md, deploy/printers/station.example.json). Strict:
/// an unknown document or field, a missing or wrong value is refused with
/// the field's path in the message (error code printer_map_invalid), so a
/// typo never silently prints on the wrong printer.
class PrinterMap
{
public:
    static Result<PrinterMap> fromFile(const QString& path);
    /// source names the document in error messages (usually the file name).
    static Result<PrinterMap> fromJson(const QByteArray& json, const QString& source);

    QString station() const { return m_station; }
    std::optional<PrinterRoute> route(DocumentKind document) const;
    /// Every queue the map names, each once, sorted.
    QStringList printers() const;

private:
    QString m_station;
    std::map<DocumentKind, PrinterRoute> m_routes;
};

} // namespace packdesk::printing
