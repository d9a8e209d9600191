#pragma once

#include "raworder.h"

#include <simdjson.h>

namespace packdesk {

/// Reads JSON values from simdjson's On Demand API straight into RawOrder.
///
/// Why On Demand rather than a document (simdjson's DOM, QJsonDocument):
/// values are handed over where they stand in the text, so a syntax error
/// has a position for the message, and what was read before it (shop,
/// number) still names the order; nothing is built only to be thrown away.
/// Why every value is visited, unknown members too: On Demand validates what
/// is read, and a file must be valid JSON throughout (RFC 8259), not only
/// where the station looks. Repeated members: the last one counts.
///
/// Errors come back as simdjson error codes; the caller asks its document
/// for current_location() to say where.
class JsonOrderMapper
{
public:
    /// value must be an object (check type() first). depth: the object's own
    /// nesting level, 1 for a record.
    static simdjson::error_code readOrder(simdjson::ondemand::value value, RawOrder* order, int depth = 1);
    /// Any value: checks it and, when out is not null, records what it was
    /// (the text of a string, a number's value...; only the kind for objects
    /// and arrays).
    static simdjson::error_code readValue(simdjson::ondemand::value value, RawValue* out, int depth);
};

} // namespace packdesk
