#include "cupsdocumentprinter.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace packdesk::printing {

CupsDocumentPrinter::CupsDocumentPrinter(PrintSpooler& spooler, PrinterMap map, DocumentRenderer renderer,
                                         CupsPrinterOptions options)
    : m_spooler(spooler), m_map(std::move(map)), m_renderer(std::move(renderer)), m_options(options)
{
}

Result<void> CupsDocumentPrinter::print(const Order& order, const QStringList& documents)
{
    return print(order, 0, documents);
}

Result<std::optional<PrintJob>> CupsDocumentPrinter::existingJob(qint64 orderId, qint64 sessionId,
                                                                 const QString& document)
{
    auto jobs = m_spooler.store().forOrder(orderId);
    if (!jobs)
        return jobs.error();
    std::optional<PrintJob> newest;
    for (const PrintJob& job : jobs.value()) {
        // Reprints are someone's explicit wish, not this print; an aborted or
        // cancelled job did not print, so a new one is due.
        if (job.document != document || job.reprintOf != 0 || (sessionId != 0 && job.sessionId != sessionId)
            || job.state == PrintJobState::Aborted || job.state == PrintJobState::Cancelled)
            continue;
        newest = job; // oldest first: the last one wins
    }
    return newest;
}

Result<void> CupsDocumentPrinter::print(const Order& order, qint64 sessionId, const QStringList& documents)
{
    std::vector<qint64> jobIds;
    std::vector<qint64> followed;
    for (const QString& name : documents) {
        const auto kind = parseDocumentKind(name);
        if (!kind)
            return kind.error();
        const QString document = documentName(kind.value());
        auto existing = existingJob(order.id, sessionId, document);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            jobIds.push_back(existing.value()->id);
            followed.push_back(existing.value()->id);
            continue;
        }
        const std::optional<PrinterRoute> route = m_map.route(kind.value());
        if (!route)
            return Error{QStringLiteral("printer_not_mapped"),
                         QStringLiteral("No printer is set up for the %1 at this station. Ask a lead to add it to "
                                        "the printer mapping.")
                             .arg(document == QLatin1String("card") ? QStringLiteral("card") : QStringLiteral("return label"))};
        auto rendered = m_renderer(order, kind.value(), route.value());
        if (!rendered)
            return rendered.error();
        PrintJob job;
        job.orderId = order.id;
        job.sessionId = sessionId;
        job.document = document;
        job.printer = route->printer;
        job.format = formatName(route->format);
        job.content = rendered->bytes;
        auto queued = m_spooler.enqueue(job);
        if (!queued)
            return queued.error();
        jobIds.push_back(queued->id);
    }
    // A retry means "the printer should be fine now": try held jobs at once.
    m_spooler.retryNow(followed);
    return waitFor(jobIds);
}

Result<void> CupsDocumentPrinter::reprint(const Order& order, const QStringList& documents, const QString& byBadge)
{
    auto jobs = m_spooler.store().forOrder(order.id);
    if (!jobs)
        return jobs.error();
    std::vector<qint64> jobIds;
    for (const QString& name : documents) {
        const auto kind = parseDocumentKind(name);
        if (!kind)
            return kind.error();
        const QString document = documentName(kind.value());
        // The newest job of the document: a reprint of a reprint repeats the same bytes.
        const auto newest = std::find_if(jobs->rbegin(), jobs->rend(),
                                         [&](const PrintJob& job) { return job.document == document; });
        if (newest == jobs->rend())
            return Error{QStringLiteral("nothing_to_reprint"),
                         QStringLiteral("The %1 of order %2 was never printed here.").arg(document, order.reference())};
        auto again = m_spooler.reprint(newest->id, byBadge);
        if (!again)
            return again.error();
        jobIds.push_back(again->id);
    }
    return waitFor(jobIds);
}

Result<void> CupsDocumentPrinter::waitFor(const std::vector<qint64>& jobIds)
{
    const QDeadlineTimer deadline(m_options.waitMs);
    for (;;) {
        if (auto pumped = m_spooler.pump(); !pumped)
            return pumped.error();
        bool allDone = true;
        for (qint64 id : jobIds) {
            auto job = m_spooler.store().find(id);
            if (!job)
                return job.error();
            if (!job.value())
                return Error{QStringLiteral("job_not_found"), QStringLiteral("Print job %1 disappeared.").arg(id)};
            const PrintJob& current = *job.value();
            switch (current.state) {
            case PrintJobState::Completed: continue;
            case PrintJobState::Held:
            case PrintJobState::Aborted:
            case PrintJobState::Cancelled:
                return Error{current.reason.isEmpty() ? toString(current.state) : current.reason,
                             packerMessage(current.reason.isEmpty() ? toString(current.state) : current.reason,
                                           current.document)};
            case PrintJobState::Queued:
            case PrintJobState::Submitted: allDone = false; break;
            }
        }
        if (allDone)
            return {};
        if (deadline.hasExpired())
            return Error{QStringLiteral("print_slow"),
                         QStringLiteral("The printer has not finished yet. Check that it is printing; the documents "
                                        "print as soon as it is ready.")};
        QThread::msleep(quint32(m_options.pollMs));
    }
}

QString CupsDocumentPrinter::packerMessage(const QString& reason, const QString& document)
{
    const bool card = document == QLatin1String("card");
    const QString printer = card ? QStringLiteral("card printer") : QStringLiteral("label printer");
    const QString thing = card ? QStringLiteral("card") : QStringLiteral("label");
    const QString later = QStringLiteral("the %1 prints as soon as the printer is ready.").arg(thing);
    if (reason == QLatin1String("media-empty"))
        return QStringLiteral("The %1 is out of paper. Load %2s; %3").arg(printer, thing, later);
    if (reason == QLatin1String("offline"))
        return QStringLiteral("The %1 is offline. Switch it on and check its cable; %2").arg(printer, later);
    if (reason == QLatin1String("paused"))
        return QStringLiteral("The %1 is paused. Ask a lead to resume it; %2").arg(printer, later);
    if (reason == QLatin1String("media-jam"))
        return QStringLiteral("Paper is jammed in the %1. Clear it; %2").arg(printer, later);
    if (reason == QLatin1String("printer_not_accepting"))
        return QStringLiteral("The %1 does not accept jobs. Ask a lead to enable it; %2").arg(printer, later);
    if (reason == QLatin1String("cups_unreachable"))
        return QStringLiteral("The print server is not running. Ask a lead to start it; %1").arg(later);
    if (reason == QLatin1String("printer_not_found"))
        return QStringLiteral("The %1 is not set up on the print server. Ask a lead to check the printer mapping; %2")
            .arg(printer, later);
    if (reason.startsWith(QLatin1String("aborted")) || reason == QLatin1String("aborted"))
        return QStringLiteral("The %1 gave up on the %2. Check the printer and print again.").arg(printer, thing);
    if (reason.contains(QLatin1String("cancel")))
        return QStringLiteral("The %1 was cancelled on the printer. Print again.").arg(thing);
    return QStringLiteral("The %1 cannot print now (%2). Check it; %3").arg(printer, reason, later);
}

} // namespace packdesk::printing
