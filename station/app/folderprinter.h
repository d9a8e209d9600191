#pragma once

#include "core/documentprinter.h"
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

    FolderPrinter(QString directory, Renderer render);

    Result<void> print(const Order& order, const QStringList& documents) override;

    const QString& directory() const { return m_directory; }
    /// Where `document` of `order` is written in this format.
    QString pathFor(const Order& order, const QString& document, printing::DocumentFormat format) const;

private:
    QString m_directory;
    Renderer m_render;
};

} // namespace packdesk::app
