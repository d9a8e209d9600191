#pragma once

#include "dashboard/datatable.h"

#include <QByteArray>

namespace packdesk::dashboard {

/// Writes a DataTable as CSV (RFC 4180: CRLF line ends, fields with a comma,
/// quote or line break quoted, quotes doubled; UTF-8). A cell that starts
/// with = + - @ (or a tab or CR) gets a leading apostrophe: a spreadsheet
/// would otherwise run a packer's or customer's text as a formula.
class CsvWriter
{
public:
    static QByteArray write(const DataTable& table);
    static QString cell(const QString& value);
};

} // namespace packdesk::dashboard
