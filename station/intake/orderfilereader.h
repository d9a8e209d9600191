#pragma once

#include "core/order.h"
#include "importformat.h"
#include "importlimits.h"
#include "importproblem.h"

#include <vector>

class QIODevice;

namespace packdesk {

/// What reading and validating one order file found.
struct OrderFileContents
{
    ImportFormat format = ImportFormat::Auto; ///< the format the file was read as
    int records = 0;                          ///< records read, valid or not (orders, for CSV)
    int rejectedRecords = 0;                  ///< records with at least one problem
    std::vector<Order> orders;                ///< the valid orders, in file order
    std::vector<ImportProblem> problems;
    bool fileRejected = false; ///< a file-level problem: nothing from the file may be imported
};

/// Reads an order file in any supported format and validates every record,
/// without writing anything: OrderImporter writes, a dry run only reads.
class OrderFileReader
{
public:
    /// format Auto: from the extension, then from the first bytes.
    /// maxProblems: past it reading stops and the file is rejected (0: no limit).
    static OrderFileContents read(const QString& path, ImportFormat format = ImportFormat::Auto,
                                  int maxProblems = ImportLimits::defaultMaxProblems);
    /// The same for an open device (stdin, a request body).
    static OrderFileContents read(QIODevice& device, ImportFormat format,
                                  int maxProblems = ImportLimits::defaultMaxProblems);
};

} // namespace packdesk
