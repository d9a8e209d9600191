#pragma once

#include "core/documentprinter.h"
#include "printing/printermap.h"
#include "printing/printspooler.h"

#include <functional>

namespace packdesk::printing {

/// Makes the bytes of one document for one printer (the card and label renderers).
using DocumentRenderer = std::function<Result<RenderedDocument>(const Order&, DocumentKind, const PrinterRoute&)>;

struct CupsPrinterOptions
{
    int waitMs = 10000; ///< how long print() waits for the printer to finish
    int pollMs = 100;   ///< how often it asks meanwhile
};

/// The station's DocumentPrinter on CUPS: renders each document for the
/// printer the station's map names, hands it to the spooler (which stores it
/// first) and waits, bounded, until the printer has finished them all.
///
/// A printer problem comes back at once as Error{reason, sentence}: code is
/// the printer's reason ("media-empty", "offline", "paused", ...), message
/// says what the packer does. The job stays Held and the spooler prints it as
/// soon as the printer is ready. Calling print() again for the same order
/// follows the jobs already made (unfinished, or completed) instead of making
/// new ones, so retry never prints a document twice.
///
/// Blocks for up to waitMs: call it on the station's worker thread. Not for
/// concurrent use from several threads (the spooler itself is thread-safe).
class CupsDocumentPrinter final : public DocumentPrinter
{
public:
    CupsDocumentPrinter(PrintSpooler& spooler, PrinterMap map, DocumentRenderer renderer,
                        CupsPrinterOptions options = {});

    /// Follows any earlier job of the order and document, whichever session made it.
    Result<void> print(const Order& order, const QStringList& documents) override;
    /// Follows only earlier jobs of this pack session (sessionId 0: any session).
    Result<void> print(const Order& order, qint64 sessionId, const QStringList& documents);

    /// A recorded reprint of each document's newest job (spooler), then waits like print().
    Result<void> reprint(const Order& order, const QStringList& documents, const QString& byBadge) override;
    /// The sentence the packer reads for a printer's reason on this document.
    static QString packerMessage(const QString& reason, const QString& document);

private:
    /// The job this order's document already has in this session, if any.
    Result<std::optional<PrintJob>> existingJob(qint64 orderId, qint64 sessionId, const QString& document);
    Result<void> waitFor(const std::vector<qint64>& jobIds);

    PrintSpooler& m_spooler;
    PrinterMap m_map;
    DocumentRenderer m_renderer;
    CupsPrinterOptions m_options;
};

} // namespace packdesk::printing
