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
    /// Prints the order's documents again, exactly as first printed (a
    /// smudged label, a card that fell behind the bench), and records the
    /// reprint with the badge of whoever asked (document.reprinted).
    /// nothing_to_reprint when a document was never printed.
    virtual Result<void> reprint(const Order& order, const QStringList& documents, const QString& byBadge) = 0;
};

} // namespace packdesk
