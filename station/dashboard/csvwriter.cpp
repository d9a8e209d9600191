#include "csvwriter.h"

namespace packdesk::dashboard {

QString CsvWriter::cell(const QString& value)
{
    QString out = value;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!out.isEmpty() && kFormulaStarts.contains(out.front()))
        out.prepend(QLatin1Char('\''));
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n')) ||
        out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1Char('"'), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QByteArray CsvWriter::write(const DataTable& table)
{
    QString out;
    auto writeRow = [&out](const QStringList& row) {
        QStringList cells;
        for (const QString& value : row)
            cells << cell(value);
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    writeRow(table.columns);
    for (const QStringList& row : table.rows)
        writeRow(row);
    return out.toUtf8();
}

} // namespace packdesk::dashboard
