#pragma once

#include "core/ordercatalog.h"
#include "importformat.h"
#include "importlimits.h"
#include "importreport.h"

class QIODevice;

namespace packdesk {

struct OrderFileContents;

struct ImportOptions
{
    /// Any problem at all means nothing is written.
    bool strict = false;
    /// --format; Auto decides from the extension, then the first bytes.
    ImportFormat format = ImportFormat::Auto;
    /// Past this many problems reading stops and the file is rejected
    /// (probably the wrong file); 0 means no limit.
    int maxProblems = ImportLimits::defaultMaxProblems;
};

/// `packdesk orders import`: reads an order file, validates every record,
/// and writes the valid orders through the OrderCatalog port in ONE call,
/// so the file is imported all at once or not at all. An invalid order is
/// never written, not even in part; with strict, no order is.
class OrderImporter
{
public:
    explicit OrderImporter(OrderCatalog& catalog);

    ImportReport importFile(const QString& path, const ImportOptions& options = {}) const;
    /// The same for an open device (stdin); options.format should not be Auto
    /// unless the content can be recognised.
    ImportReport importDevice(QIODevice& device, const ImportOptions& options = {}) const;

private:
    ImportReport write(OrderFileContents&& contents, const ImportOptions& options) const;

    OrderCatalog& m_catalog;
};

} // namespace packdesk
