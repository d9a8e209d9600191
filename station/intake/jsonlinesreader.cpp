#include "jsonlinesreader.h"

#include "importlimits.h"
#include "jsonorderparser.h"
#include "linereader.h"
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

/// Turns one line into the record's object, or into a problem saying why not.
void parseLine(QByteArrayView line, OrderRecord* record)
{
    if (const qsizetype bad = firstInvalidUtf8Byte(line); bad >= 0) {
        record->parsed = false;
        record->problems.push_back(
            recordProblem(*record, "invalid_utf8",
                          QStringLiteral("not valid UTF-8 (byte 0x%1 at column %2); save the file as UTF-8")
                              .arg(uchar(line[bad]), 2, 16, QLatin1Char('0'))
                              .arg(bad + 1)));
        return;
    }
    RawValue top;
    JsonOrderParser::Error error;
    if (!JsonOrderParser::parse(line, &record->order, &top, &error)) {
        record->parsed = false;
        record->problems.push_back(
            recordProblem(*record, "invalid_json",
                          QStringLiteral("not valid JSON: %1 (at column %2)")
                              .arg(error.reason)
                              .arg(utf8CharacterCount(line.first(qMin(error.offset, line.size()))) + 1)));
        return;
    }
    if (top.kind != RawValue::Kind::Object) {
        record->parsed = false;
        record->problems.push_back(recordProblem(
            *record, "invalid_json", QStringLiteral("must be a JSON object {...}, one order per line")));
    }
}

} // namespace

void JsonLinesReader::read(QIODevice& device, RecordSink& sink)
{
    LineReader lines(device, ImportLimits::maxRecordBytes);
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
        parseLine(line, &record);
        if (!sink.takeRecord(std::move(record)))
            return;
    }
}

} // namespace packdesk
