#include "jsonlinesreader.h"

#include "importlimits.h"
#include "jsonerrortext.h"
#include "jsonordermapper.h"
#include "linereader.h"
#include "paddedjson.h"
#include "recordsink.h"
#include "utf8check.h"

#include <QIODevice>

namespace packdesk {

namespace {

ImportProblem recordProblem(const OrderRecord& record, const char* code, QString message)
{
    ImportProblem problem;
    problem.code = QLatin1String(code);
    problem.record = record.index;
    problem.line = record.line;
    problem.message = std::move(message);
    return problem;
}

qsizetype firstNonSpace(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c != ' ' && c != '\t' && c != '\r')
            return i;
    }
    return -1;
}

/// Turns lines into records' orders with one simdjson parser and one
/// buffer, both reused: a line needs no allocation once they have grown.
class LineParser
{
public:
    /// Fills record->order, or adds a problem saying why the line is no order.
    void parse(QByteArrayView line, OrderRecord* record);

private:
    /// The order object on the line; *errorAt: where parsing stopped.
    simdjson::error_code readLine(OrderRecord* record, qsizetype* errorAt);

    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_document;
    PaddedJson m_text;
};

simdjson::error_code LineParser::readLine(OrderRecord* record, qsizetype* errorAt)
{
    simdjson::error_code error =
        m_parser.iterate(m_text.data(), size_t(m_text.size()), m_text.capacity()).get(m_document);
    if (error)
        return error; // found while indexing the line: simdjson cannot say where
    simdjson::ondemand::json_type type;
    error = m_document.type().get(type);
    if (!error && type != simdjson::ondemand::json_type::object) {
        record->parsed = false;
        record->problems.push_back(recordProblem(
            *record, "invalid_json", QStringLiteral("must be a JSON object {...}, one order per line")));
        return simdjson::SUCCESS;
    }
    // get_value() rather than get_object(): reading a line cut short still
    // fills in the members before the cut, so the message names the order.
    // The spaces after the text (PaddedJson) stop the reading there.
    simdjson::ondemand::value root;
    if (!error)
        error = m_document.get_value().get(root);
    if (!error)
        error = JsonOrderMapper::readOrder(root, &record->order);
    const char* location = nullptr;
    const bool stopped = m_document.current_location().get(location) == simdjson::SUCCESS;
    if (!error && stopped)
        error = simdjson::TRAILING_CONTENT;
    *errorAt = stopped ? location - m_text.data() : m_text.size();
    return error;
}

void LineParser::parse(QByteArrayView line, OrderRecord* record)
{
    m_text.assign(line);
    qsizetype errorAt = -1;
    const simdjson::error_code error = readLine(record, &errorAt);
    if (!error)
        return;
    record->parsed = false;
    if (error == simdjson::UTF8_ERROR) {
        const qsizetype bad = firstInvalidUtf8Byte(line);
        record->problems.push_back(
            recordProblem(*record, "invalid_utf8",
                          QStringLiteral("not valid UTF-8 (byte 0x%1 at column %2); save the file as UTF-8")
                              .arg(uchar(line[qMax<qsizetype>(bad, 0)]), 2, 16, QLatin1Char('0'))
                              .arg(bad + 1)));
        return;
    }
    errorAt = jsonErrorOffset(error, line, errorAt);
    QString message = QStringLiteral("not valid JSON: ") + jsonErrorText(error, line, errorAt);
    if (errorAt >= 0)
        message += QStringLiteral(" (at column %1)").arg(utf8CharacterCount(line.first(errorAt)) + 1);
    record->problems.push_back(recordProblem(*record, "invalid_json", std::move(message)));
}

} // namespace

void JsonLinesReader::read(QIODevice& device, RecordSink& sink)
{
    LineReader lines(device, ImportLimits::maxRecordBytes);
    LineParser parser;
    int index = 0;
    QByteArrayView line;
    for (;;) {
        const LineReader::Status status = lines.next(&line);
        if (status == LineReader::Status::End)
            return;
        if (status == LineReader::Status::ReadError) {
            ImportProblem problem;
            problem.scope = ImportProblem::Scope::File;
            problem.code = QStringLiteral("cannot_read");
            problem.line = lines.lineNumber();
            problem.message = QStringLiteral("could not read the file: %1").arg(lines.errorString());
            sink.takeFileProblem(std::move(problem));
            return;
        }
        OrderRecord record;
        record.line = lines.lineNumber();
        if (status == LineReader::Status::TooLong) {
            record.index = ++index;
            record.parsed = false;
            record.problems.push_back(
                recordProblem(record, "record_too_large",
                              QStringLiteral("the line is longer than %1 MiB; one order cannot be that big")
                                  .arg(ImportLimits::maxRecordBytes / (1024 * 1024))));
            if (!sink.takeRecord(std::move(record)))
                return;
            continue;
        }
        if (record.line == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype first = firstNonSpace(line);
        if (first < 0)
            continue; // blank lines separate nothing and are allowed anywhere
        if (index == 0 && line[first] == '[') {
            // A pretty-printed JSON array would otherwise give one error per line.
            ImportProblem problem;
            problem.scope = ImportProblem::Scope::File;
            problem.code = QStringLiteral("wrong_format");
            problem.line = record.line;
            problem.message = QStringLiteral("this looks like a JSON array file (it starts with '['), not "
                                             "JSON Lines; name it .json or pass --format json");
            sink.takeFileProblem(std::move(problem));
            return;
        }
        record.index = ++index;
        parser.parse(line, &record);
        if (!sink.takeRecord(std::move(record)))
            return;
    }
}

} // namespace packdesk
