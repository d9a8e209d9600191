#include "orderfilereader.h"

#include "csvorderreader.h"
#include "jsonarrayreader.h"
#include "jsonlinesreader.h"
#include "ordervalidator.h"
#include "recordsink.h"
#include "stringpool.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <deque>

namespace packdesk {

namespace {

ImportProblem fileProblem(const char* code, QString message)
{
    ImportProblem problem;
    problem.scope = ImportProblem::Scope::File;
    problem.code = QLatin1String(code);
    problem.message = std::move(message);
    return problem;
}

/// Validates each record as it arrives, so a streaming reader never needs
/// more than the valid orders in memory.
class ValidatingSink : public RecordSink
{
public:
    ValidatingSink(OrderFileContents& contents, int maxProblems)
        : m_contents(contents), m_maxProblems(maxProblems)
    {
    }

    bool takeRecord(OrderRecord&& record) override;
    /// Moves the collected orders into the contents, in file order.
    void finish();
    void takeFileProblem(ImportProblem&& problem) override
    {
        m_contents.problems.push_back(std::move(problem));
        m_contents.fileRejected = true;
    }

private:
    struct FirstSeen
    {
        int record;
        int line;
    };

    OrderFileContents& m_contents;
    int m_maxProblems;
    QHash<QString, FirstSeen> m_seen; ///< "shop\nnumber" -> where the order first appeared
    StringPool m_pool;
    /// A deque while reading: growing it never moves the orders already read,
    /// which for 100,000 orders costs more than reading them.
    std::deque<Order> m_orders;
};

void ValidatingSink::finish()
{
    m_contents.orders.reserve(m_orders.size());
    for (Order& order : m_orders)
        m_contents.orders.push_back(std::move(order));
    m_orders.clear();
}

bool ValidatingSink::takeRecord(OrderRecord&& record)
{
    if (++m_contents.records > ImportLimits::maxRecordsPerFile) {
        ImportProblem problem =
            fileProblem("too_many_records", QStringLiteral("the file holds more than %1 orders; split it")
                                                .arg(ImportLimits::maxRecordsPerFile));
        problem.line = record.line;
        takeFileProblem(std::move(problem));
        return false;
    }
    auto& problems = m_contents.problems;
    std::optional<Order> order = OrderValidator::validate(record, &problems, &m_pool);
    if (record.parsed) {
        // Invalid records take part too: a later valid copy is still a duplicate.
        const QString shop = order ? order->shop : OrderValidator::keyText(record.order.shop);
        const QString number = order ? order->number : OrderValidator::keyText(record.order.number);
        if (!shop.isEmpty() && !number.isEmpty()) {
            const QString key = shop + QLatin1Char('\n') + number;
            const auto seen = m_seen.constFind(key);
            if (seen == m_seen.constEnd()) {
                m_seen.insert(key, FirstSeen{record.index, record.line});
            } else {
                // Which of two versions is meant is a guess we do not make;
                // the first stays, the second is reported.
                ImportProblem problem;
                problem.code = QStringLiteral("duplicate_order");
                problem.record = record.index;
                problem.line = record.line;
                problem.shop = shop;
                problem.number = number;
                problem.message =
                    QStringLiteral("order %1/%2 already appears in record %3 (line %4); an order may "
                                   "appear only once in a file")
                        .arg(shop, number)
                        .arg(seen->record)
                        .arg(seen->line);
                problems.push_back(std::move(problem));
                order.reset();
            }
        }
    }
    if (order)
        m_orders.push_back(std::move(*order));
    else
        ++m_contents.rejectedRecords;
    if (m_maxProblems > 0 && problems.size() > size_t(m_maxProblems)) {
        ImportProblem problem =
            fileProblem("too_many_problems",
                        QStringLiteral("more than %1 problems, stopped reading at record %2; nothing is "
                                       "imported from this file. Is it the right file and format?")
                            .arg(m_maxProblems)
                            .arg(record.index));
        problem.line = record.line;
        takeFileProblem(std::move(problem));
        return false;
    }
    return true;
}

bool isBlank(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

OrderFileContents OrderFileReader::read(const QString& path, ImportFormat format, int maxProblems)
{
    if (QFileInfo(path).isDir()) {
        OrderFileContents contents;
        contents.problems.push_back(
            fileProblem("cannot_open", QStringLiteral("%1 is a directory").arg(path)));
        contents.fileRejected = true;
        return contents;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OrderFileContents contents;
        contents.problems.push_back(
            fileProblem("cannot_open", QStringLiteral("cannot open %1: %2").arg(path, file.errorString())));
        contents.fileRejected = true;
        return contents;
    }
    if (format == ImportFormat::Auto)
        format = importFormatFromPath(path);
    return read(file, format, maxProblems);
}

OrderFileContents OrderFileReader::read(QIODevice& device, ImportFormat format, int maxProblems)
{
    OrderFileContents contents;
    const auto noOrders = [&contents] {
        contents.problems.push_back(fileProblem("empty_file", QStringLiteral("the file holds no orders")));
        contents.fileRejected = true;
    };
    if (format == ImportFormat::Auto) {
        constexpr qint64 kSniffBytes = 4096;
        const QByteArray head = device.peek(kSniffBytes);
        format = sniffImportFormat(head);
        if (format == ImportFormat::Auto) {
            if (head.size() < kSniffBytes && isBlank(head)) {
                noOrders();
            } else {
                contents.problems.push_back(fileProblem(
                    "unknown_format",
                    QStringLiteral("cannot tell the file's format: name it .json, .jsonl or .csv, "
                                   "or pass --format json, jsonl or csv")));
                contents.fileRejected = true;
            }
            return contents;
        }
    }
    contents.format = format;
    ValidatingSink sink(contents, maxProblems);
    switch (format) {
    case ImportFormat::Json:
        JsonArrayReader::read(device, sink);
        break;
    case ImportFormat::JsonLines:
        JsonLinesReader::read(device, sink);
        break;
    case ImportFormat::Csv:
        CsvOrderReader::read(device, sink);
        break;
    case ImportFormat::Auto:
        break;
    }
    sink.finish();
    if (!contents.fileRejected && contents.records == 0)
        noOrders();
    return contents;
}

} // namespace packdesk
