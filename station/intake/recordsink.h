#pragma once

#include "importproblem.h"
#include "orderrecord.h"

namespace packdesk {

/// Where a format reader delivers what it reads, record by record, so that
/// large files are validated while they stream instead of being held whole.
class RecordSink
{
public:
    virtual ~RecordSink() = default;

    /// A record was read (possibly with problems). Returning false asks the
    /// reader to stop (too many problems).
    virtual bool takeRecord(OrderRecord&& record) = 0;

    /// The file as a whole is unusable. The reader stops after reporting it.
    virtual void takeFileProblem(ImportProblem&& problem) = 0;
};

} // namespace packdesk
