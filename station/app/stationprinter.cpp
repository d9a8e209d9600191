#include "stationprinter.h"

#include "folderprinter.h"
#include "printing/cupsdocumentprinter.h"
#include "printing/orderdocuments.h"
#include "printing/printermap.h"
#include "printing/printspooler.h"
#include "store/sqliteparcelcodestore.h"
#include "store/sqliteprintjobstore.h"

#include <QDateTime>

namespace packdesk::app {

namespace {
/// How often the spooler looks at held jobs (a printer that came back).
constexpr int kSpoolerIntervalMs = 2000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Owns what the printer it wraps uses, in the order they must be destroyed:
/// the printer and the spooler thread before the stores they use.
class OwningPrinter final : public DocumentPrinter
{
public:
    Result<void> print(const Order& order, const QStringList& documents) override
    {
        return printer->print(order, documents);
    }
    Result<void> reprint(const Order& order, const QStringList& documents, const QString& byBadge) override
    {
        return printer->reprint(order, documents, byBadge);
    }

    std::unique_ptr<store::SqliteParcelCodeStore> codes;
    std::unique_ptr<printing::OrderDocuments> documents;
    std::unique_ptr<store::SqlitePrintJobStore> jobs;
    std::unique_ptr<printing::PrintSpooler> spooler;
    std::unique_ptr<DocumentPrinter> printer; ///< declared last: destroyed first
};
} // namespace

Result<std::unique_ptr<DocumentPrinter>> openStationPrinter(const StationPrintingOptions& options)
{
    auto owner = std::make_unique<OwningPrinter>();
    auto codes = store::SqliteParcelCodeStore::open(options.databasePath);
    if (!codes)
        return codes.error();
    owner->codes = std::move(codes).value();
    owner->documents = std::make_unique<printing::OrderDocuments>(printing::TemplateLibrary(options.templateDirs),
                                                                  *owner->codes, options.station, nowMs);
    printing::OrderDocuments* documents = owner->documents.get();
    // Every print is recorded with its bytes (print_jobs), so a reprint is
    // the same document and is recorded too, to a folder as through CUPS.
    auto jobs = store::SqlitePrintJobStore::open(options.databasePath);
    if (!jobs)
        return jobs.error();
    owner->jobs = std::move(jobs).value();

    if (options.printerMapPath.isEmpty()) {
        // Without printers: the card as an A6 PDF and the label as a 4x6 in
        // PDF, the files a person can open and print by hand.
        owner->printer = std::make_unique<FolderPrinter>(
            options.printDirectory, [documents](const Order& order, printing::DocumentKind kind) {
                printing::DocumentOptions format;
                format.paper = kind == printing::DocumentKind::Card ? printing::PaperSize::A6
                                                                    : printing::PaperSize::FourBySixInch;
                return documents->render(order, kind, format);
            },
            owner->jobs.get(), options.station);
        return std::unique_ptr<DocumentPrinter>(std::move(owner));
    }

    auto map = printing::PrinterMap::fromFile(options.printerMapPath);
    if (!map)
        return map.error();
    owner->spooler = std::make_unique<printing::PrintSpooler>(*owner->jobs, printing::CupsClient(options.cupsServer),
                                                              printing::SpoolerOptions{options.station});
    owner->spooler->start(kSpoolerIntervalMs);
    owner->printer = std::make_unique<printing::CupsDocumentPrinter>(
        *owner->spooler, map.value(),
        [documents](const Order& order, printing::DocumentKind kind, const printing::PrinterRoute& route) {
            printing::DocumentOptions format;
            format.format = route.format;
            format.paper = route.paper;
            format.dpi = route.dpi > 0 ? route.dpi : 203;
            return documents->render(order, kind, format);
        });
    return std::unique_ptr<DocumentPrinter>(std::move(owner));
}

} // namespace packdesk::app
