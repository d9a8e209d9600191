#include "jsonarrayreader.h"

#include "importlimits.h"
#include "jsonerrortext.h"
#include "jsonordermapper.h"
#include "paddedjson.h"
#include "recordsink.h"
#include "textlocator.h"
#include "utf8check.h"

#include <QIODevice>
#include <cstring>
#include <vector>

namespace packdesk {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Reads one padded file: checks its first byte, sets invalid UTF-8 aside,
/// then hands the array's elements to the sink one by one.
class ArrayReader
{
public:
    ArrayReader(PaddedJson& json, RecordSink& sink);

    void run();

private:
    struct BadByte
    {
        qsizetype offset;
        char byte;
    };

    bool startsWithArray();
    void setAsideInvalidUtf8();
    bool readElements(simdjson::ondemand::document& document);
    /// An object element into *order; *end: where it ends; *errorAt: where
    /// reading stopped on an error, when this knows better than the file's pass.
    simdjson::error_code readObject(simdjson::ondemand::value item, RawOrder* order, qsizetype* end,
                                    qsizetype* errorAt);
    /// Reads the element at hand into a record and gives it to the sink.
    bool takeElement(simdjson::ondemand::value item, int index, simdjson::ondemand::document& document);
    /// The first bad byte before end not yet reported, if any; passes all of them.
    bool takeBadByte(qsizetype end, BadByte* bad);
    void reject(OrderRecord* record, const char* code, QString message);
    qsizetype offsetOf(simdjson::ondemand::document& document) const;
    void syntaxError(simdjson::error_code error, qsizetype offset, const QString& where);
    int lineOfStringError();
    void fail(const char* code, int line, QString message);

    PaddedJson& m_json;
    RecordSink& m_sink;
    qsizetype m_begin = 0; ///< where the JSON starts in m_json (after a byte order mark)
    QByteArrayView m_text; ///< the JSON text
    TextLocator m_locator;
    std::vector<BadByte> m_badBytes;           ///< invalid UTF-8, blanked out in m_json, in file order
    size_t m_nextBadByte = 0;                  ///< the first not yet past a record
    simdjson::ondemand::parser m_parser;       ///< the whole file
    simdjson::ondemand::parser m_objectParser; ///< one object element at a time
    simdjson::ondemand::document m_object;
};

ArrayReader::ArrayReader(PaddedJson& json, RecordSink& sink)
    : m_json(json), m_sink(sink), m_begin(json.view().startsWith("\xEF\xBB\xBF") ? 3 : 0),
      m_text(json.view().sliced(m_begin)), m_locator(m_text)
{
}

void ArrayReader::fail(const char* code, int line, QString message)
{
    ImportProblem problem;
    problem.scope = ImportProblem::Scope::File;
    problem.code = QLatin1String(code);
    problem.line = line;
    problem.message = std::move(message);
    m_sink.takeFileProblem(std::move(problem));
}

bool ArrayReader::startsWithArray()
{
    qsizetype first = 0;
    while (first < m_text.size() && isJsonSpace(m_text[first]))
        ++first;
    if (first == m_text.size())
        return false; // nothing at all: the caller reports an empty file
    const int line = m_locator.lineAt(first);
    if (m_text[first] == '{') {
        fail("wrong_format", line,
             QStringLiteral("expected a JSON array [...] of orders, but the file starts with '{'; if it "
                            "holds one order per line, name it .jsonl or pass --format jsonl"));
        return false;
    }
    if (m_text[first] != '[') {
        fail("invalid_json", line,
             QStringLiteral("not a JSON order file: it must start with '[', found %1")
                 .arg(describeJsonByte(m_text[first])));
        return false;
    }
    return true;
}

void ArrayReader::setAsideInvalidUtf8()
{
    char* const bytes = m_json.mutableData() + m_begin;
    qsizetype from = 0;
    for (;;) {
        const qsizetype bad = firstInvalidUtf8Byte(m_text.sliced(from));
        if (bad < 0)
            return;
        m_badBytes.push_back({from + bad, bytes[from + bad]});
        bytes[from + bad] = ' ';
        from += bad + 1;
    }
}

qsizetype ArrayReader::offsetOf(simdjson::ondemand::document& document) const
{
    const char* location = nullptr;
    if (document.current_location().get(location) != simdjson::SUCCESS)
        return m_text.size(); // past the last token
    return location - m_text.data();
}

void ArrayReader::syntaxError(simdjson::error_code error, qsizetype offset, const QString& where)
{
    offset = jsonErrorOffset(error, m_text, offset);
    const TextLocator::Position at = m_locator.positionOf(offset);
    fail("invalid_json", at.line,
         QStringLiteral("not valid JSON at column %1 (%2): %3")
             .arg(at.column)
             .arg(where, jsonErrorText(error, m_text, offset)));
}

int ArrayReader::lineOfStringError()
{
    // A JSON string cannot span lines, so the first line that simdjson's
    // indexing rejects on its own holds the string at fault.
    qsizetype start = 0;
    for (int line = 1; start < m_text.size(); ++line) {
        const void* newline = std::memchr(m_text.data() + start, '\n', size_t(m_text.size() - start));
        const qsizetype end = newline ? static_cast<const char*>(newline) - m_text.data() : m_text.size();
        simdjson::ondemand::document document;
        const simdjson::error_code error =
            m_parser.iterate(m_text.data() + start, size_t(end - start), m_json.capacity() - m_begin - start)
                .get(document);
        if (error == simdjson::UNCLOSED_STRING || error == simdjson::UNESCAPED_CHARS)
            return line;
        start = end + 1;
    }
    return 0;
}

bool ArrayReader::takeBadByte(qsizetype end, BadByte* bad)
{
    // Bad bytes between records (outside any value) count to the next one.
    if (m_nextBadByte == m_badBytes.size() || m_badBytes[m_nextBadByte].offset >= end)
        return false;
    *bad = m_badBytes[m_nextBadByte];
    while (m_nextBadByte < m_badBytes.size() && m_badBytes[m_nextBadByte].offset < end)
        ++m_nextBadByte;
    return true;
}

void ArrayReader::reject(OrderRecord* record, const char* code, QString message)
{
    ImportProblem problem;
    problem.code = QLatin1String(code);
    problem.record = record->index;
    problem.line = record->line;
    problem.message = std::move(message);
    record->problems.push_back(std::move(problem));
    record->parsed = false;
}

simdjson::error_code ArrayReader::readObject(simdjson::ondemand::value item, RawOrder* order, qsizetype* end,
                                             qsizetype* errorAt)
{
    // The pass over the whole file only skips the object to find its end; a
    // second, small parser reads it. Its strings then reuse one small buffer
    // instead of filling one as large as the file: less memory, less time.
    simdjson::ondemand::object object;
    std::string_view text;
    simdjson::error_code error = item.get_object().get(object);
    if (!error)
        error = object.raw_json().get(text);
    if (error)
        return error; // *errorAt stays -1: the whole-file pass knows where
    const qsizetype start = text.data() - m_text.data();
    *end = start + qsizetype(text.size());
    const size_t readable = m_json.capacity() - size_t(m_begin + start);
    simdjson::ondemand::value root;
    error = m_objectParser.iterate(text.data(), text.size(), readable).get(m_object);
    if (!error)
        error = m_object.get_value().get(root);
    if (!error)
        error = JsonOrderMapper::readOrder(root, order);
    const char* location = nullptr;
    const bool stopped = m_object.current_location().get(location) == simdjson::SUCCESS;
    if (!error && stopped)
        error = simdjson::TRAILING_CONTENT;
    if (error)
        *errorAt = stopped ? location - m_text.data() : *end;
    return error;
}

bool ArrayReader::takeElement(simdjson::ondemand::value item, int index,
                              simdjson::ondemand::document& document)
{
    const std::string_view token = item.raw_json_token();
    const qsizetype start = token.data() - m_text.data();
    OrderRecord record;
    record.index = index;
    record.line = m_locator.lineAt(start);
    simdjson::ondemand::json_type type = simdjson::ondemand::json_type::null;
    simdjson::error_code error = item.type().get(type);
    const bool isObject = type == simdjson::ondemand::json_type::object;
    qsizetype end = -1;
    qsizetype errorAt = -1;
    if (!error) {
        error = isObject ? readObject(item, &record.order, &end, &errorAt)
                         : JsonOrderMapper::readValue(item, nullptr, 1);
    }
    if (error) {
        syntaxError(error, errorAt >= 0 ? errorAt : offsetOf(document),
                    QStringLiteral("record %1").arg(index));
        return false;
    }
    if (!isObject)
        end = offsetOf(document); // the ',' or ']' after the element
    BadByte bad{};
    if (takeBadByte(end, &bad)) {
        const TextLocator::Position at = m_locator.positionOf(bad.offset);
        reject(&record, "invalid_utf8",
               QStringLiteral("not valid UTF-8 (byte 0x%1 at line %2, column %3); save the file as UTF-8")
                   .arg(uchar(bad.byte), 2, 16, QLatin1Char('0'))
                   .arg(at.line)
                   .arg(at.column));
        record.order = RawOrder(); // read from blanked-out text: not to be shown
    } else if (end - start > ImportLimits::maxRecordBytes) {
        reject(&record, "record_too_large",
               QStringLiteral("the order is larger than %1 MiB")
                   .arg(ImportLimits::maxRecordBytes / (1024 * 1024)));
    } else if (!isObject) {
        reject(&record, "not_an_object",
               QStringLiteral("must be a JSON object {...}, found %1").arg(describeJsonByte(token[0])));
    }
    return m_sink.takeRecord(std::move(record));
}

bool ArrayReader::readElements(simdjson::ondemand::document& document)
{
    // get_value() rather than get_array(): a file cut short is then read up
    // to the cut, and the message says where it ends (in which record).
    simdjson::ondemand::value root;
    simdjson::ondemand::array array;
    simdjson::error_code error = document.get_value().get(root);
    if (!error)
        error = root.get_array().get(array);
    if (error) {
        syntaxError(error, offsetOf(document), QStringLiteral("before record 1"));
        return false;
    }
    int index = 0;
    for (auto element : array) {
        simdjson::ondemand::value item;
        if ((error = std::move(element).get(item))) {
            syntaxError(error, offsetOf(document),
                        index == 0 ? QStringLiteral("before record 1")
                                   : QStringLiteral("after record %1").arg(index));
            return false;
        }
        if (!takeElement(item, ++index, document))
            return false;
    }
    return true;
}

void ArrayReader::run()
{
    if (!startsWithArray())
        return;
    simdjson::ondemand::document document;
    const auto index = [&] {
        return m_parser.iterate(m_text.data(), size_t(m_text.size()), m_json.capacity() - size_t(m_begin))
            .get(document);
    };
    simdjson::error_code error = index();
    if (error == simdjson::UTF8_ERROR) {
        // simdjson refuses a whole text over one bad byte, but a bad byte
        // must reject only its record: note each one, blank it out with a
        // space (which keeps the JSON around it as it was), and index again.
        setAsideInvalidUtf8();
        error = index();
    }
    if (error) {
        // Found while indexing the whole text: simdjson cannot say where.
        const bool stringError = error == simdjson::UNCLOSED_STRING || error == simdjson::UNESCAPED_CHARS;
        fail("invalid_json", stringError ? lineOfStringError() : 0,
             QStringLiteral("not valid JSON: ") + jsonErrorText(error, m_text, -1));
        return;
    }
    if (!readElements(document))
        return;
    const qsizetype rest = offsetOf(document);
    if (rest < m_text.size()) {
        fail("invalid_json", m_locator.lineAt(rest),
             QStringLiteral("not valid JSON: unexpected %1 after the closing ']'")
                 .arg(describeJsonByte(m_text[rest])));
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
    QByteArray data = device.readAll();
    if (data.size() > ImportLimits::maxJsonArrayFileBytes) {
        tooLarge(data.size());
        return;
    }
    PaddedJson json;
    json.adopt(std::move(data));
    ArrayReader(json, sink).run();
}

} // namespace packdesk
