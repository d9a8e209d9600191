#pragma once

#include "core/order.h"
#include "orderrecord.h"

#include <optional>
#include <vector>

namespace packdesk {

class StringPool;

/// Turns one record in the JSON shape into an Order, checking every field
/// against docs/order-format.md. The one place the rules live, whatever
/// format the record came from (and, later, the shop API).
class OrderValidator
{
public:
    /// Appends every problem of the record (those the reader found and those
    /// found here) to problems, each naming record, line, order and field.
    /// Returns the order only when there was no problem at all, so an
    /// invalid order is never passed on in part.
    /// pool (optional) shares text that repeats across orders.
    static std::optional<Order> validate(const OrderRecord& record, std::vector<ImportProblem>* problems,
                                         StringPool* pool = nullptr);

    /// A shop or number as written, for messages and duplicate checks, even
    /// when it is invalid ("" when there is no text to show).
    static QString keyText(const RawValue& value);
};

} // namespace packdesk
