#include "folderprinter.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace packdesk::app {

namespace {
/// Shop ids and order numbers come from shops: keep them from naming other
/// directories or unportable files.
QString safeForFileName(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text)
        safe += (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) ? c : QLatin1Char('_');
    return safe;
}

Error offline(const QString& directory, const QString& why)
{
    return Error{QStringLiteral("offline"), QStringLiteral("Cannot write to the print folder %1: %2").arg(directory, why)};
}
} // namespace

FolderPrinter::FolderPrinter(QString directory, Renderer render, PrintJobStore* jobs, QString station)
    : m_directory(std::move(directory)), m_render(std::move(render)), m_jobs(jobs), m_station(std::move(station))
{
}

QString FolderPrinter::pathFor(const Order& order, const QString& document, printing::DocumentFormat format) const
{
    return QStringLiteral("%1/%2-%3-%4.%5")
        .arg(m_directory, safeForFileName(order.shop), safeForFileName(order.number), safeForFileName(document),
             printing::formatName(format));
}

Result<void> FolderPrinter::write(const Order& order, const QString& document, printing::DocumentFormat format,
                                  const QByteArray& bytes) const
{
    if (!QDir().mkpath(m_directory))
        return offline(m_directory, QStringLiteral("the folder cannot be created"));
    // QSaveFile: a document is there whole or not at all, like a page that
    // either came out of the printer or did not.
    QSaveFile file(pathFor(order, document, format));
    if (!file.open(QIODevice::WriteOnly))
        return offline(m_directory, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return offline(m_directory, file.errorString());
    return {};
}

Result<void> FolderPrinter::print(const Order& order, const QStringList& documents)
{
    for (const QString& document : documents) {
        const auto kind = printing::parseDocumentKind(document);
        if (!kind)
            return kind.error();
        auto rendered = m_render(order, kind.value());
        if (!rendered)
            return rendered.error();
        if (auto written = write(order, document, rendered->format, rendered->bytes); !written)
            return written;
        if (!m_jobs)
            continue;
        PrintJob job;
        job.orderId = order.id;
        job.station = m_station;
        job.document = printing::documentName(kind.value());
        job.printer = QStringLiteral("folder");
        job.format = printing::formatName(rendered->format);
        job.content = rendered->bytes;
        job.state = PrintJobState::Completed;
        if (auto recorded = m_jobs->add(job); !recorded)
            return recorded.error();
    }
    return {};
}

Result<void> FolderPrinter::reprint(const Order& order, const QStringList& documents, const QString& byBadge)
{
    if (!m_jobs)
        return Error{QStringLiteral("nothing_to_reprint"), QStringLiteral("This printer keeps no record to reprint from.")};
    auto jobs = m_jobs->forOrder(order.id);
    if (!jobs)
        return jobs.error();
    for (const QString& name : documents) {
        const auto kind = printing::parseDocumentKind(name);
        if (!kind)
            return kind.error();
        const QString document = printing::documentName(kind.value());
        const auto newest = std::find_if(jobs->rbegin(), jobs->rend(),
                                         [&](const PrintJob& job) { return job.document == document; });
        printing::DocumentFormat format;
        if (newest == jobs->rend() || !printing::documentFormatFromName(newest->format, &format))
            return Error{QStringLiteral("nothing_to_reprint"),
                         QStringLiteral("The %1 of order %2 was never printed here.").arg(document, order.reference())};
        if (auto written = write(order, document, format, newest->content); !written)
            return written;
        auto again = m_jobs->addReprint(newest->id, byBadge, m_station, QDateTime::currentMSecsSinceEpoch());
        if (!again)
            return again.error();
        PrintJob done = again.value();
        done.state = PrintJobState::Completed;
        if (auto updated = m_jobs->update(done); !updated)
            return updated;
    }
    return {};
}

} // namespace packdesk::app
