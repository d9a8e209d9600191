#pragma once

#include "order.h"
#include "result.h"

#include <vector>

namespace packdesk {

/// What storing one incoming order did.
enum class UpsertKind {
    Created,
    Updated,           ///< not packed yet (ready, or an earlier exception): content replaced, status kept
    Unchanged,         ///< same content as stored: nothing written
    SkippedPacked,     ///< packed (or cancelled) orders are never changed by an import
    SkippedInProgress, ///< a station is packing it right now
};

QString toString(UpsertKind kind);

struct UpsertOutcome
{
    QString shop;
    QString number;
    UpsertKind kind = UpsertKind::Created;
};

/// Port: where incoming orders go (file import now, the shop API later).
class OrderCatalog
{
public:
    virtual ~OrderCatalog() = default;

    /// Creates or updates orders keyed by (shop, number), all in one
    /// transaction: either every outcome is stored or none is.
    virtual Result<std::vector<UpsertOutcome>> upsertOrders(const std::vector<Order>& orders) = 0;
};

} // namespace packdesk
