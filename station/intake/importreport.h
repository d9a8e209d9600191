#pragma once

#include "core/ordercatalog.h"
#include "importformat.h"
#include "importproblem.h"

#include <vector>

namespace packdesk {

/// What one `packdesk orders import` did: counts for the summary line,
/// every problem, and each written order's outcome (to list skipped ones).
struct ImportReport
{
    QString path;
    ImportFormat format = ImportFormat::Auto; ///< the format the file was read as
    int records = 0;                          ///< records in the file (orders, for CSV)
    int validOrders = 0;                      ///< records that passed validation
    int rejectedRecords = 0;                  ///< records with at least one problem

    // Outcomes of the write; all zero when nothing was written.
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skippedPacked = 0;     ///< packed or cancelled: never changed by an import
    int skippedInProgress = 0; ///< a station is packing it right now

    std::vector<UpsertOutcome> outcomes; ///< one per valid order, in file order, when written
    std::vector<ImportProblem> problems; ///< record problems first-come, file problems where they arose

    bool written = false;       ///< the valid orders were stored (one transaction)
    bool fileRejected = false;  ///< a file-level problem: nothing imported
    bool strictRefused = false; ///< strict mode and at least one problem: nothing imported
    bool storageFailed = false; ///< the catalog refused the write: nothing imported

    bool hasProblems() const { return !problems.empty(); }
    /// Adds one outcome to the counts and the list.
    void add(const UpsertOutcome& outcome);
    /// One line for people, e.g. "12 records: 7 created, 1 updated, 2 unchanged, 2 rejected".
    QString summary() const;
};

} // namespace packdesk
