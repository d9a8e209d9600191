#pragma once

#include "apierror.h"
#include "core/order.h"

#include <QByteArray>
#include <optional>

namespace packdesk::sync {

/// A POST /api/v1/orders body, understood.
struct OrderRequest
{
    enum class Action
    {
        Upsert, ///< the body is one order in the import format (docs/order-format.md)
        Cancel, ///< {"action": "cancel", "shop": ..., "number": ...}
    };
    Action action = Action::Upsert;
    Order order;    ///< Upsert: the validated order
    QString shop;   ///< both actions
    QString number; ///< both actions
};

/// Reads a request body with the same reader and validator as
/// `packdesk orders import`, so the API accepts exactly the file format's
/// orders and names fields the same way (`lines[2].quantity`).
class OrderRequestParser
{
public:
    /// nullopt and *out filled, or the error to answer (400 for JSON that
    /// is not valid or not an object, 422 for a field that breaks a rule).
    static std::optional<ApiError> parse(const QByteArray& body, OrderRequest* out);
};

} // namespace packdesk::sync
