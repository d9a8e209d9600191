#pragma once

#include <QByteArray>
#include <QString>

namespace packdesk {

/// Where a print job is. Queued: stored, not yet accepted by the print
/// server. Submitted: the server has it. Held: the printer cannot print it
/// now (offline, out of paper, paused); it is retried, never dropped.
/// Completed/Aborted/Cancelled are final.
enum class PrintJobState { Queued, Submitted, Held, Completed, Aborted, Cancelled };

QString toString(PrintJobState state);
bool printJobStateFromString(const QString& text, PrintJobState* state);
inline bool isFinal(PrintJobState state)
{
    return state == PrintJobState::Completed || state == PrintJobState::Aborted || state == PrintJobState::Cancelled;
}

/// One document sent (or to be sent) to one printer, persisted from the
/// moment it is rendered until the printer has finished it.
struct PrintJob
{
    qint64 id = 0; ///< store's key; 0 until stored
    qint64 orderId = 0;
    qint64 sessionId = 0; ///< 0 for prints outside a pack session (CLI, reprints)
    QString station;
    QString document; ///< "card" or "return_label"
    QString printer;  ///< CUPS queue name
    QString format;   ///< "pdf" or "zpl"
    QByteArray content; ///< the rendered document, exactly as sent
    PrintJobState state = PrintJobState::Queued;
    int cupsJobId = 0;
    int attempts = 0;
    QString reason; ///< the printer's state reason or the last error code, "" when none
    qint64 reprintOf = 0; ///< the job this one repeats, 0 for a first print
    QString requestedBy;  ///< badge of whoever asked for a reprint
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

} // namespace packdesk
