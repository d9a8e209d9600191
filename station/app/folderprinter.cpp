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

QString firstName(const QString& name)
{
    return name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

QString renderCard(const Order& order)
{
    QString text;
    const QString name = firstName(order.customer.name);
    text += name.isEmpty() ? QStringLiteral("Thank you!\n") : QStringLiteral("Thank you, %1!\n").arg(name);
    if (!order.giftMessage.isEmpty())
        text += QStringLiteral("\n%1\n").arg(order.giftMessage);
    text += QStringLiteral("\nIn your parcel:\n");
    for (const OrderLine& line : order.lines)
        text += QStringLiteral("  %1 x %2\n").arg(line.quantity).arg(line.name);
    if (!order.discountCode.isEmpty())
        text += QStringLiteral("\nYour code for next time: %1\n").arg(order.discountCode);
    return text;
}

QString renderReturnLabel(const Order& order)
{
    QString text = QStringLiteral("Return within %1 days.\n").arg(order.returnWindowDays);
    if (!order.returnPortalUrlTemplate.isEmpty())
        text += QStringLiteral("Start a return at %1\n").arg(order.returnPortalUrlTemplate);
    return text;
}
} // namespace

FolderPrinter::FolderPrinter(QString directory) : m_directory(std::move(directory)) {}

QString FolderPrinter::pathFor(const Order& order, const QString& document) const
{
    return QStringLiteral("%1/%2-%3-%4.txt")
        .arg(m_directory, safeForFileName(order.shop), safeForFileName(order.number), safeForFileName(document));
}

QString FolderPrinter::render(const Order& order, const QString& document)
{
    QString text = QStringLiteral("=== %1 - order %2 ===\n\n").arg(document.toUpper(), order.reference());
    if (document == QLatin1String("card"))
        text += renderCard(order);
    else if (document == QLatin1String("return_label") || document == QLatin1String("return-label"))
        text += renderReturnLabel(order);
    else
        text += QStringLiteral("%1 item(s)\n").arg(order.totalItems());
    return text;
}

Result<void> FolderPrinter::print(const Order& order, const QStringList& documents)
{
    if (!QDir().mkpath(m_directory))
        return Error{QStringLiteral("offline"), QStringLiteral("cannot create the print folder %1").arg(m_directory)};
    for (const QString& document : documents) {
        // QSaveFile: a document is there whole or not at all, like a page
        // that either came out of the printer or did not.
        QSaveFile file(pathFor(order, document));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return Error{QStringLiteral("offline"),
                         QStringLiteral("cannot write to the print folder %1: %2").arg(m_directory, file.errorString())};
        file.write(render(order, document).toUtf8());
        if (!file.commit())
            return Error{QStringLiteral("offline"),
                         QStringLiteral("cannot write to the print folder %1: %2").arg(m_directory, file.errorString())};
    }
    return {};
}

} // namespace packdesk::app
