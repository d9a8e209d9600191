#pragma once

#include "printjob.h"
#include "result.h"

#include <optional>
#include <vector>

namespace packdesk {

/// Where print jobs live from the moment a document is rendered until the
/// printer has finished it, so that a crash, a restart or a dead print server
/// never loses one. Port: store/sqliteprintjobstore.h implements it.
class PrintJobStore
{
public:
    virtual ~PrintJobStore() = default;

    /// Stores a new job (its id is ignored) and returns it with id and times set.
    virtual Result<PrintJob> add(const PrintJob& job) = 0;
    /// Writes the job's progress: state, cupsJobId, attempts, reason (the rest
    /// never changes). job_not_found when there is no such job.
    virtual Result<void> update(const PrintJob& job) = 0;
    /// Jobs of the station that are not final (queued, submitted, held), oldest first.
    virtual Result<std::vector<PrintJob>> unfinished(const QString& station) = 0;
    /// Every job of the order, oldest first.
    virtual Result<std::vector<PrintJob>> forOrder(qint64 orderId) = 0;
    virtual Result<std::optional<PrintJob>> find(qint64 id) = 0;
    /// The newest jobs first, of one station (all when empty); only unfinished
    /// ones unless includeFinished.
    virtual Result<std::vector<PrintJob>> recent(const QString& station, bool includeFinished, int limit) = 0;
    /// A new queued job that repeats `originalId` (same order, document,
    /// printer and bytes), requested by `byBadge`, and the document.reprinted
    /// event that records who asked: both in one transaction.
    virtual Result<PrintJob> addReprint(qint64 originalId, const QString& byBadge, const QString& station,
                                        qint64 atMs) = 0;
};

} // namespace packdesk
