#pragma once

#include "order.h"
#include "result.h"

#include <QStringList>

namespace packdesk {

/// Prints an order's documents (thank-you card, return label). Port: the
/// printing issue brings the CUPS adapter; until then a folder printer
/// writes each document to a directory. Blocks: call on a worker thread.
/// Errors carry the printer's reason as Error::code (e.g. "media-empty",
/// "offline") so the station can say what to do.
class DocumentPrinter
{
public:
    virtual ~DocumentPrinter() = default;
    virtual Result<void> print(const Order& order, const QStringList& documents) = 0;
};

} // namespace packdesk
