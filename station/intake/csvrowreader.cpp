#include "csvrowreader.h"

#include <QIODevice>

namespace packdesk {

namespace {
constexpr qsizetype kChunkBytes = 256 * 1024;
constexpr int kEndOfInput = -1;
constexpr int kReadFailed = -2;

bool isSpecialUnquoted(char c)
{
    return c == ',' || c == '\n' || c == '\r' || c == '"';
}

bool isSpecialQuoted(char c)
{
    return c == '"' || c == '\n' || c == '\r';
}
} // namespace

CsvRowReader::CsvRowReader(QIODevice& device, qsizetype maxRowBytes)
    : m_device(device), m_maxRowBytes(maxRowBytes)
{
}

bool CsvRowReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.resize(kChunkBytes);
    const qint64 got = m_device.read(m_buffer.data(), kChunkBytes);
    if (got <= 0) {
        m_buffer.clear();
        m_pos = 0;
        m_atEnd = true;
        m_readError = got < 0;
        return false;
    }
    m_buffer.resize(qsizetype(got));
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

int CsvRowReader::nextByte()
{
    for (;;) {
        if (m_pos == m_buffer.size() && !fill())
            return m_readError ? kReadFailed : kEndOfInput;
        const auto byte = uchar(m_buffer[m_pos++]);
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (byte == '\n')
                continue; // the LF of a CRLF pair
        }
        return byte;
    }
}

CsvRowReader::Status CsvRowReader::fail(int line, QString message)
{
    m_error = std::move(message);
    m_errorLine = line;
    return Status::Error;
}

CsvRowReader::Status CsvRowReader::next(CsvRow* row)
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    row->data.clear();
    row->fieldEnds.clear();
    row->problem.clear();
    row->firstLine = m_line;
    State state = State::FieldStart;
    int quoteLine = m_line;
    bool rowStarted = false;

    // Copies the run of ordinary bytes that follows, so the state machine
    // handles only the bytes that matter (most bytes are ordinary).
    const auto appendRun = [this, row](bool quoted) {
        const char* begin = m_buffer.constData() + m_pos;
        const char* end = m_buffer.constData() + m_buffer.size();
        const char* p = begin;
        while (p < end && !(quoted ? isSpecialQuoted(*p) : isSpecialUnquoted(*p)))
            ++p;
        row->data.append(begin, p - begin);
        m_pos += p - begin;
    };
    const auto endRow = [this, row](bool lineBreak) {
        row->fieldEnds.push_back(row->data.size());
        row->lastLine = m_line;
        if (lineBreak)
            ++m_line;
        return Status::Row;
    };

    for (;;) {
        if (row->data.size() > m_maxRowBytes) {
            return fail(
                row->firstLine,
                QStringLiteral("the row starting on line %1 is longer than %2 MiB; is a closing quote "
                               "missing?")
                    .arg(row->firstLine)
                    .arg(m_maxRowBytes / (1024 * 1024)));
        }
        const int c = nextByte();
        if (c == kReadFailed)
            return fail(m_line, QStringLiteral("could not read the file: %1").arg(m_device.errorString()));
        switch (state) {
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else if (c == kEndOfInput) {
                return fail(
                    quoteLine,
                    QStringLiteral("the quoted field starting on line %1 is never closed").arg(quoteLine));
            } else if (c == '\r' || c == '\n') {
                // A line break inside a field: store LF whatever the file used,
                // so CRLF and LF files give the same text.
                row->data.append('\n');
                ++m_line;
                m_skipLineFeed = c == '\r';
            } else {
                row->data.append(char(c));
                appendRun(true);
            }
            continue;
        case State::QuoteInQuoted:
            if (c == '"') {
                row->data.append('"'); // "" is one quote
                state = State::Quoted;
                continue;
            }
            if (c != ',' && c != '\n' && c != '\r' && c != kEndOfInput) {
                if (row->problem.isEmpty()) {
                    row->problem =
                        QStringLiteral("text after the closing quote of field %1 (a quote inside a "
                                       "quoted field must be doubled: \"\")")
                            .arg(row->fieldEnds.size() + 1);
                }
                row->data.append(char(c));
                state = State::Unquoted;
                continue;
            }
            break; // a separator: handled below like after an unquoted field
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                rowStarted = true;
                continue;
            }
            if (c == kEndOfInput && !rowStarted)
                return Status::End;
            break;
        case State::Unquoted:
            break;
        }
        // Separators and ordinary bytes outside quotes.
        rowStarted = true;
        if (c == ',') {
            row->fieldEnds.push_back(row->data.size());
            state = State::FieldStart;
        } else if (c == '\n') {
            return endRow(true);
        } else if (c == '\r') {
            m_skipLineFeed = true;
            return endRow(true);
        } else if (c == kEndOfInput) {
            return endRow(false);
        } else {
            // A quote inside an unquoted field is taken literally (12" vinyl).
            row->data.append(char(c));
            state = State::Unquoted;
            appendRun(false);
        }
    }
}

} // namespace packdesk
