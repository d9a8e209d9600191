#pragma once

#include "core/documentprinter.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace packdesk::app {

/// Where a station's documents go: CUPS printers as a printer map says
/// (docs/printing-cups.md), or, without a map, PDF files in a folder.
struct StationPrintingOptions
{
    QString databasePath;
    QString station;
    QString printerMapPath;   ///< empty: print to printDirectory
    QString cupsServer;       ///< empty: CUPS_SERVER or the local scheduler
    QString printDirectory;
    QStringList templateDirs; ///< searched before the built-in templates
};

/// The station's DocumentPrinter with everything it needs: the order's codes
/// (RMA, survey token) on their own database connection, the renderers, and
/// for CUPS the persisted job queue with its spooler thread, which prints
/// held jobs when a printer comes back. Opens its connections on the calling
/// thread: call it on the thread that will print (the station's worker).
Result<std::unique_ptr<DocumentPrinter>> openStationPrinter(const StationPrintingOptions& options);

} // namespace packdesk::app
