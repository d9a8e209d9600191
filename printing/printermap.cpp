#include "printermap.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace packdesk::printing {

namespace {
Error invalid(const QString& source, const QString& sentence)
{
    return Error{QStringLiteral("printer_map_invalid"), QStringLiteral("%1: %2").arg(source, sentence)};
}

/// The first key of object that is not in allowed, or "".
QString unknownKey(const QJsonObject& object, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    return {};
}

Result<PrinterRoute> parseRoute(DocumentKind kind, const QJsonValue& value, const QString& source)
{
    const QString path = QStringLiteral("documents.") + documentName(kind);
    if (!value.isObject())
        return invalid(source, QStringLiteral("%1 must be an object").arg(path));
    const QJsonObject object = value.toObject();
    if (const QString key = unknownKey(object, {QStringLiteral("printer"), QStringLiteral("format"),
                                                QStringLiteral("paper"), QStringLiteral("dpi")});
        !key.isEmpty())
        return invalid(source, QStringLiteral("%1.%2 is not a known field (printer, format, paper, dpi)").arg(path, key));

    PrinterRoute route;
    route.document = kind;
    route.printer = object.value(QStringLiteral("printer")).toString();
    if (route.printer.isEmpty())
        return invalid(source, QStringLiteral("%1.printer must name a CUPS queue").arg(path));
    if (!documentFormatFromName(object.value(QStringLiteral("format")).toString(), &route.format))
        return invalid(source, QStringLiteral("%1.format must be \"pdf\" or \"zpl\"").arg(path));
    if (!paperSizeFromName(object.value(QStringLiteral("paper")).toString(), &route.paper))
        return invalid(source, QStringLiteral("%1.paper must be \"a6\" or \"4x6\"").arg(path));
    const QJsonValue dpi = object.value(QStringLiteral("dpi"));
    if (route.format == DocumentFormat::Zpl) {
        route.dpi = dpi.toInt(0);
        if (route.dpi != 203 && route.dpi != 300)
            return invalid(source, QStringLiteral("%1.dpi must be 203 or 300 for a ZPL printer").arg(path));
    } else if (!dpi.isUndefined()) {
        return invalid(source, QStringLiteral("%1.dpi only applies to \"zpl\"; remove it for \"pdf\"").arg(path));
    }
    return route;
}
} // namespace

QString PrinterRoute::cupsMedia() const
{
    if (format == DocumentFormat::Zpl)
        return {};
    return paper == PaperSize::A6 ? QStringLiteral("iso_a6_105x148mm") : QStringLiteral("na_index-4x6_4x6in");
}

Result<PrinterMap> PrinterMap::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("printer_map_unreadable"),
                     QStringLiteral("Cannot read the printer mapping %1: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

Result<PrinterMap> PrinterMap::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(source, QStringLiteral("not valid JSON at offset %1 (%2)")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(source, QStringLiteral("the mapping must be a JSON object"));
    const QJsonObject root = document.object();
    if (const QString key = unknownKey(root, {QStringLiteral("station"), QStringLiteral("documents")}); !key.isEmpty())
        return invalid(source, QStringLiteral("%1 is not a known field (station, documents)").arg(key));

    PrinterMap map;
    const QJsonValue station = root.value(QStringLiteral("station"));
    if (!station.isUndefined() && !station.isString())
        return invalid(source, QStringLiteral("station must be a string"));
    map.m_station = station.toString();
    if (!root.value(QStringLiteral("documents")).isObject())
        return invalid(source, QStringLiteral("documents must be an object mapping card/return_label to a printer"));
    const QJsonObject documents = root.value(QStringLiteral("documents")).toObject();
    if (documents.isEmpty())
        return invalid(source, QStringLiteral("documents maps no document to a printer"));
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        DocumentKind kind;
        if (!documentKindFromName(it.key(), &kind))
            return invalid(source, QStringLiteral("documents.%1 is not a known document (card, return_label)").arg(it.key()));
        auto route = parseRoute(kind, it.value(), source);
        if (!route)
            return route.error();
        map.m_routes[kind] = route.value();
    }
    return map;
}

std::optional<PrinterRoute> PrinterMap::route(DocumentKind document) const
{
    const auto it = m_routes.find(document);
    if (it == m_routes.end())
        return std::nullopt;
    return it->second;
}

QStringList PrinterMap::printers() const
{
    QStringList names;
    for (const auto& [kind, route] : m_routes)
        if (!names.contains(route.printer))
            names << route.printer;
    names.sort();
    return names;
}

} // namespace packdesk::printing
