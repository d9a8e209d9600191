#pragma once

#include "core/documentprinter.h"
#include "core/printjobstore.h"
#include "printing/rendereddocument.h"

#include <QString>

#include <functional>

namespace packdesk::app {

/// A DocumentPrinter that saves each rendered document into a directory
/// ("<dir>/<shop>-<number>-<document>.pdf" or ".zpl"): the station without a
/// printer, the demo and the screenshots print the real card and label this
/// way. A directory that cannot be written is the printer being "offline",
/// so the station offers retry or override.
class FolderPrinter final : public DocumentPrinter
{
public:
    using Renderer = std::function<Result<printing::RenderedDocument>(const Order&, printing::DocumentKind)>;

    /// With `jobs`, every document written is recorded as a completed print
    /// job of `station` (printer "folder"), so reprints work as with CUPS.
    FolderPrinter(QString directory, Renderer render, PrintJobStore* jobs = nullptr, QString station = {});

    Result<void> print(const Order& order, const QStringList& documents) override;
    /// Writes each document's newest recorded bytes again and records the reprint.
    Result<void> reprint(const Order& order, const QStringList& documents, const QString& byBadge) override;

    const QString& directory() const { return m_directory; }
    /// Where `document` of `order` is written in this format.
    QString pathFor(const Order& order, const QString& document, printing::DocumentFormat format) const;

private:
    Result<void> write(const Order& order, const QString& document, printing::DocumentFormat format,
                       const QByteArray& bytes) const;

    QString m_directory;
    Renderer m_render;
    PrintJobStore* m_jobs;
    QString m_station;
};

} // namespace packdesk::app
