#pragma once

#include "core/documentprinter.h"

#include <QString>

namespace packdesk::app {

/// A DocumentPrinter that writes each document as a short text file into a
/// directory ("<dir>/<shop>-<number>-<document>.txt"), until the CUPS
/// adapter arrives: the demo and a station without a printer still show
/// what would have been printed. A directory that cannot be written is the
/// printer being "offline", so the station offers retry or override.
class FolderPrinter final : public DocumentPrinter
{
public:
    explicit FolderPrinter(QString directory);

    Result<void> print(const Order& order, const QStringList& documents) override;

    const QString& directory() const { return m_directory; }
    /// Where `document` of `order` is written.
    QString pathFor(const Order& order, const QString& document) const;
    /// The readable rendering of one document (tests, previews).
    static QString render(const Order& order, const QString& document);

private:
    QString m_directory;
};

} // namespace packdesk::app
