#include "texttable.h"

#include <algorithm>

namespace packdesk::cli {

void TextTable::print(QTextStream& out) const
{
    std::vector<qsizetype> widths(m_headers.size());
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        widths[i] = m_headers[i].size();
    for (const auto& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < qsizetype(widths.size()); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < qsizetype(widths.size()); ++i)
            line += cells.value(i).leftJustified(widths[i] + 2);
        out << line.trimmed() << QLatin1Char('\n');
    };
    printRow(m_headers);
    QStringList rule;
    for (auto width : widths)
        rule << QString(width, QLatin1Char('-'));
    printRow(rule);
    for (const auto& row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace packdesk::cli
