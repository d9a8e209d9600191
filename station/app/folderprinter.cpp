#include "folderprinter.h"

#include <QDir>
#include <QSaveFile>

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

FolderPrinter::FolderPrinter(QString directory, Renderer render)
    : m_directory(std::move(directory)), m_render(std::move(render))
{
}

QString FolderPrinter::pathFor(const Order& order, const QString& document, printing::DocumentFormat format) const
{
    return QStringLiteral("%1/%2-%3-%4.%5")
        .arg(m_directory, safeForFileName(order.shop), safeForFileName(order.number), safeForFileName(document),
             printing::formatName(format));
}

Result<void> FolderPrinter::print(const Order& order, const QStringList& documents)
{
    if (!QDir().mkpath(m_directory))
        return offline(m_directory, QStringLiteral("the folder cannot be created"));
    for (const QString& document : documents) {
        printing::DocumentKind kind;
        if (!printing::documentKindFromName(document, &kind))
            return Error{QStringLiteral("unknown_document"),
                         QStringLiteral("The station has no document called %1.").arg(document)};
        auto rendered = m_render(order, kind);
        if (!rendered)
            return rendered.error();
        // QSaveFile: a document is there whole or not at all, like a page
        // that either came out of the printer or did not.
        QSaveFile file(pathFor(order, document, rendered->format));
        if (!file.open(QIODevice::WriteOnly))
            return offline(m_directory, file.errorString());
        file.write(rendered->bytes);
        if (!file.commit())
            return offline(m_directory, file.errorString());
    }
    return {};
}

} // namespace packdesk::app
