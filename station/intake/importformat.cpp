#include "importformat.h"

#include <QFileInfo>

namespace packdesk {

QString toString(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::Json:
        return QStringLiteral("json");
    case ImportFormat::JsonLines:
        return QStringLiteral("jsonl");
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == QLatin1String("auto"))
        return ImportFormat::Auto;
    if (lower == QLatin1String("json"))
        return ImportFormat::Json;
    if (lower == QLatin1String("jsonl") || lower == QLatin1String("ndjson"))
        return ImportFormat::JsonLines;
    if (lower == QLatin1String("csv"))
        return ImportFormat::Csv;
    return std::nullopt;
}

ImportFormat importFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ImportFormat::Json;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return ImportFormat::JsonLines;
    if (suffix == QLatin1String("csv"))
        return ImportFormat::Csv;
    return ImportFormat::Auto;
}

ImportFormat sniffImportFormat(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    qsizetype i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i == head.size())
        return ImportFormat::Auto;
    if (head[i] == '[')
        return ImportFormat::Json;
    if (head[i] == '{')
        return ImportFormat::JsonLines;
    // A CSV order file starts with its header, which always has a shop column.
    qsizetype end = head.indexOf('\n', i);
    if (end < 0)
        end = head.size();
    const QByteArrayView firstLine = head.sliced(i, end - i);
    if (firstLine.contains(',')) {
        for (const QByteArray& cell : firstLine.toByteArray().split(',')) {
            QByteArray name = cell.trimmed();
            if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
                name = name.sliced(1, name.size() - 2).trimmed();
            if (name.toLower() == "shop")
                return ImportFormat::Csv;
        }
    }
    return ImportFormat::Auto;
}

} // namespace packdesk
