#pragma once

#include "order.h"
#include "result.h"

#include <QString>

#include <functional>

namespace packdesk {

/// The codes printed on one order's documents: the RMA code on the return
/// label (Code 128 and in the return portal URL) and the unguessable token in
/// the card's survey URL. Made once per order and never changed, so a
/// reprint shows the same codes and a shop can look an RMA up.
struct ParcelCodes
{
    QString rmaCode;
    QString surveyToken;
    qint64 createdMs = 0;

    friend bool operator==(const ParcelCodes&, const ParcelCodes&) = default;
};

/// Port: where the codes are recorded against the order.
class ParcelCodeStore
{
public:
    virtual ~ParcelCodeStore() = default;

    /// The order's codes; made with `generate` (and recorded, with a
    /// return_label.created event, in one transaction) the first time. A
    /// generated code that collides with another order's is drawn again.
    virtual Result<ParcelCodes> codesFor(const Order& order, const std::function<ParcelCodes()>& generate,
                                         qint64 atMs, const QString& station) = 0;
};

} // namespace packdesk
