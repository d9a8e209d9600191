#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

class QIODevice;

namespace packdesk {

/// One CSV row: its fields as raw bytes (quotes removed, "" unescaped, CRLF
/// inside quotes made LF) and the file lines it spans.
struct CsvRow
{
    QByteArray data;                  ///< all fields back to back
    std::vector<qsizetype> fieldEnds; ///< end offset of each field in data
    int firstLine = 0;
    int lastLine = 0;
    QString problem; ///< a syntax slip inside the row (text after a closing quote)

    qsizetype fieldCount() const { return qsizetype(fieldEnds.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : fieldEnds[size_t(i - 1)];
        return QByteArrayView(data.constData() + begin, fieldEnds[size_t(i)] - begin);
    }
    /// Only separators and white space: an empty line, or ",,," from a spreadsheet.
    bool isBlank() const
    {
        for (const char c : data) {
            if (c != ' ' && c != '\t')
                return false;
        }
        return true;
    }
};

/// Splits RFC 4180 CSV into rows while streaming through a fixed buffer:
/// quoted fields may hold commas, quotes ("") and line breaks; rows end in
/// CRLF, LF or CR; a UTF-8 BOM at the start is skipped. Decoding is left to
/// the caller, which knows which columns it needs.
class CsvRowReader
{
public:
    enum class Status
    {
        Row,
        End,
        Error, ///< unrecoverable (unclosed quote, runaway row, read error): see errorMessage()
    };

    CsvRowReader(QIODevice& device, qsizetype maxRowBytes);

    /// Reuses row's buffers, so reading a million rows allocates little.
    Status next(CsvRow* row);
    QString errorMessage() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    int nextByte();
    bool fill();
    Status fail(int line, QString message);

    QIODevice& m_device;
    qsizetype m_maxRowBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_readError = false;
    bool m_skipLineFeed = false; ///< the last byte was a CR ending a line
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace packdesk
