#pragma once

#include "domainevent.h"
#include "result.h"

#include <QStringList>

namespace packdesk {

/// Port: read access to the recorded events, for statistics and audits.
class EventHistory
{
public:
    virtual ~EventHistory() = default;

    /// Events with fromMs <= at < toMs whose type is in `types` (all types
    /// when empty), oldest first.
    virtual Result<DomainEvents> eventsBetween(qint64 fromMs, qint64 toMs, const QStringList& types) = 0;
};

} // namespace packdesk
