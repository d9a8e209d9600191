#pragma once

#include "core/order.h"

#include <QByteArray>

namespace packdesk::store {

/// A SHA-256 over everything a shop sends about an order (not the store's id
/// or the warehouse status), in a canonical form. An import whose hash matches
/// the stored one has nothing to change, so re-importing the same file of
/// 100,000 orders writes nothing.
///
/// Canonical means: every field in a fixed order, length-prefixed so no two
/// different orders serialise alike; a null and an empty text are the same;
/// each line's barcodes are a set (sorted, duplicates dropped), as stored.
class OrderContentHash
{
public:
    static QByteArray of(const Order& order);
};

} // namespace packdesk::store
