#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace packdesk {

/// The file formats an order file may have (docs/order-format.md).
enum class ImportFormat
{
    Auto,      ///< decide from the extension, then from the first bytes
    Json,      ///< one top-level array of order objects
    JsonLines, ///< one order object per line
    Csv,       ///< RFC 4180, one row per order line
};

/// "auto", "json", "jsonl" or "csv": the names --format takes.
QString toString(ImportFormat format);

/// Parses a --format value (case-insensitive; "ndjson" means JSON Lines).
std::optional<ImportFormat> importFormatFromName(QStringView name);

/// From the file name's extension: .json, .jsonl/.ndjson, .csv; else Auto.
ImportFormat importFormatFromPath(const QString& path);

/// From the first bytes (a BOM and white space skipped): '[' is a JSON array,
/// '{' is JSON Lines, a first line naming a "shop" column is CSV; else Auto.
ImportFormat sniffImportFormat(QByteArrayView head);

} // namespace packdesk
