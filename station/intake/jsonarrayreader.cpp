#include "jsonarrayreader.h"

#include "importlimits.h"
#include "jsonorderparser.h"
#include "recordsink.h"
#include "utf8check.h"

#include <QIODevice>

namespace packdesk {

namespace {

QString describeByte(char c)
{
    const auto byte = uchar(c);
    if (byte >= 0x21 && byte < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Walks the array once; m_line and m_lineStart follow m_pos.
class ArrayScanner
{
public:
    ArrayScanner(QByteArrayView data, RecordSink& sink) : m_data(data), m_sink(sink) {}

    void run();

private:
    struct Location
    {
        int line;
        qsizetype column;
    };

    void skipWhitespace();
    bool skipString();
    bool skipValue(int index);
    bool takeElement(int index, qsizetype start, int line, qsizetype lineStart);
    Location locate(qsizetype from, int fromLine, qsizetype fromLineStart, qsizetype offset) const;
    void fail(const char* code, int line, QString message);
    void newlineAt(qsizetype pos)
    {
        ++m_line;
        m_lineStart = pos + 1;
    }

    QByteArrayView m_data;
    RecordSink& m_sink;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

void ArrayScanner::fail(const char* code, int line, QString message)
{
    ImportProblem problem;
    problem.scope = ImportProblem::Scope::File;
    problem.code = QLatin1String(code);
    problem.line = line;
    problem.message = std::move(message);
    m_sink.takeFileProblem(std::move(problem));
}

void ArrayScanner::skipWhitespace()
{
    while (m_pos < m_data.size() && isJsonSpace(m_data[m_pos])) {
        if (m_data[m_pos] == '\n')
            newlineAt(m_pos);
        ++m_pos;
    }
}

bool ArrayScanner::skipString()
{
    const int startLine = m_line;
    ++m_pos; // the opening quote
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c == '\\') {
            m_pos += 2;
            continue;
        }
        ++m_pos;
        if (c == '"')
            return true;
        if (c == '\n')
            newlineAt(m_pos - 1);
    }
    fail("invalid_json", startLine,
         QStringLiteral("not valid JSON: a string starting on this line is never closed"));
    return false;
}

bool ArrayScanner::skipValue(int index)
{
    const char first = m_data[m_pos];
    if (first == '"')
        return skipString();
    if (first != '{' && first != '[') {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size() && !isJsonSpace(m_data[m_pos]) && m_data[m_pos] != ',' &&
               m_data[m_pos] != ']' && m_data[m_pos] != '}')
            ++m_pos;
        if (m_pos == start) {
            fail("invalid_json", m_line,
                 QStringLiteral("not valid JSON at column %1: expected an order, found %2")
                     .arg(locate(m_lineStart, m_line, m_lineStart, m_pos).column)
                     .arg(describeByte(first)));
            return false;
        }
        return true;
    }
    const int startLine = m_line;
    int depth = 0;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c == '"') {
            if (!skipString())
                return false;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                ++m_pos;
                return true;
            }
        } else if (c == '\n') {
            newlineAt(m_pos);
        }
        ++m_pos;
    }
    fail("invalid_json", startLine,
         QStringLiteral("not valid JSON: the file ends inside record %1 (a '}' or ']' is missing)")
             .arg(index));
    return false;
}

ArrayScanner::Location ArrayScanner::locate(qsizetype from, int fromLine, qsizetype fromLineStart,
                                            qsizetype offset) const
{
    Location location{fromLine, 0};
    qsizetype lineStart = fromLineStart;
    for (qsizetype i = from; i < offset && i < m_data.size(); ++i) {
        if (m_data[i] == '\n') {
            ++location.line;
            lineStart = i + 1;
        }
    }
    const qsizetype end = qMin(offset, m_data.size());
    location.column = utf8CharacterCount(m_data.sliced(lineStart, qMax<qsizetype>(end - lineStart, 0))) + 1;
    return location;
}

bool ArrayScanner::takeElement(int index, qsizetype start, int line, qsizetype lineStart)
{
    const QByteArrayView element = m_data.sliced(start, m_pos - start);
    OrderRecord record;
    record.index = index;
    record.line = line;
    auto recordProblem = [&](const char* code, QString message) {
        ImportProblem problem;
        problem.code = QLatin1String(code);
        problem.record = index;
        problem.line = line;
        problem.message = std::move(message);
        record.parsed = false;
        record.problems.push_back(std::move(problem));
    };
    if (const qsizetype bad = firstInvalidUtf8Byte(element); bad >= 0) {
        const Location at = locate(start, line, lineStart, start + bad);
        recordProblem(
            "invalid_utf8",
            QStringLiteral("not valid UTF-8 (byte 0x%1 at line %2, column %3); save the file as UTF-8")
                .arg(uchar(element[bad]), 2, 16, QLatin1Char('0'))
                .arg(at.line)
                .arg(at.column));
    } else if (element.size() > ImportLimits::maxRecordBytes) {
        recordProblem("record_too_large", QStringLiteral("the order is larger than %1 MiB")
                                              .arg(ImportLimits::maxRecordBytes / (1024 * 1024)));
    } else if (element[0] != '{') {
        recordProblem("not_an_object",
                      QStringLiteral("must be a JSON object {...}, found %1").arg(describeByte(element[0])));
    } else {
        RawValue top;
        JsonOrderParser::Error error;
        if (!JsonOrderParser::parse(element, &record.order, &top, &error)) {
            const Location at = locate(start, line, lineStart, start + error.offset);
            fail("invalid_json", at.line,
                 QStringLiteral("not valid JSON at column %1 (record %2): %3")
                     .arg(at.column)
                     .arg(index)
                     .arg(error.reason));
            return false;
        }
    }
    return m_sink.takeRecord(std::move(record));
}

void ArrayScanner::run()
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = m_lineStart = 3;
    skipWhitespace();
    if (m_pos == m_data.size())
        return; // nothing at all: the caller reports an empty file
    if (m_data[m_pos] != '[') {
        if (m_data[m_pos] == '{') {
            fail("wrong_format", m_line,
                 QStringLiteral("expected a JSON array [...] of orders, but the file starts with '{'; if it "
                                "holds one order per line, name it .jsonl or pass --format jsonl"));
        } else {
            fail("invalid_json", m_line,
                 QStringLiteral("not a JSON order file: it must start with '[', found %1")
                     .arg(describeByte(m_data[m_pos])));
        }
        return;
    }
    ++m_pos;
    skipWhitespace();
    int index = 0;
    if (m_pos < m_data.size() && m_data[m_pos] == ']') {
        ++m_pos;
    } else {
        for (;;) {
            skipWhitespace();
            if (m_pos == m_data.size()) {
                fail("invalid_json", m_line,
                     QStringLiteral("not valid JSON: the file ends before the array is closed with ']'"));
                return;
            }
            if (m_data[m_pos] == ']') {
                fail("invalid_json", m_line,
                     QStringLiteral("not valid JSON: a ',' before ']' (JSON allows no trailing comma)"));
                return;
            }
            const qsizetype start = m_pos;
            const int line = m_line;
            const qsizetype lineStart = m_lineStart;
            if (!skipValue(index + 1) || !takeElement(++index, start, line, lineStart))
                return;
            skipWhitespace();
            if (m_pos == m_data.size()) {
                fail("invalid_json", m_line,
                     QStringLiteral("not valid JSON: the file ends before the array is closed with ']'"));
                return;
            }
            const char c = m_data[m_pos++];
            if (c == ']')
                break;
            if (c != ',') {
                fail("invalid_json", m_line,
                     QStringLiteral(
                         "not valid JSON at column %1: expected ',' or ']' after record %2, found %3")
                         .arg(locate(m_lineStart, m_line, m_lineStart, m_pos - 1).column)
                         .arg(index)
                         .arg(describeByte(c)));
                return;
            }
        }
    }
    skipWhitespace();
    if (m_pos != m_data.size()) {
        fail("invalid_json", m_line,
             QStringLiteral("not valid JSON: unexpected %1 after the closing ']'")
                 .arg(describeByte(m_data[m_pos])));
    }
}

} // namespace

void JsonArrayReader::read(QIODevice& device, RecordSink& sink)
{
    const auto tooLarge = [&sink](qint64 size) {
        ImportProblem problem;
        problem.scope = ImportProblem::Scope::File;
        problem.code = QStringLiteral("file_too_large");
        problem.message =
            QStringLiteral("the file is %1 MiB; a JSON array file may be at most %2 MiB. Use JSON "
                           "Lines (.jsonl, one order per line), which is read one order at a time")
                .arg(size / (1024 * 1024))
                .arg(ImportLimits::maxJsonArrayFileBytes / (1024 * 1024));
        sink.takeFileProblem(std::move(problem));
    };
    if (!device.isSequential() && device.size() > ImportLimits::maxJsonArrayFileBytes) {
        tooLarge(device.size());
        return;
    }
    const QByteArray data = device.readAll();
    if (data.size() > ImportLimits::maxJsonArrayFileBytes) {
        tooLarge(data.size());
        return;
    }
    parse(data, sink);
}

void JsonArrayReader::parse(QByteArrayView data, RecordSink& sink)
{
    ArrayScanner(data, sink).run();
}

} // namespace packdesk
