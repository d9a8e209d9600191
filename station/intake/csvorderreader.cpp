#include "csvorderreader.h"

#include "csvcolumns.h"
#include "csvpendingorder.h"
#include "csvrowreader.h"
#include "importlimits.h"
#include "recordsink.h"
#include "utf8check.h"

#include <QHash>
#include <QStringList>
#include <array>
#include <deque>

namespace packdesk {

namespace {

QString quoted(QByteArrayView bytes)
{
    constexpr qsizetype kMax = 60;
    const QString text = QString::fromUtf8(bytes);
    if (text.size() <= kMax)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kMax) + QStringLiteral("...\"");
}

/// A cell as it may be kept: bytes that are not UTF-8 (already reported)
/// become U+FFFD, so the record stays parseable and its other fields are
/// still checked.
QByteArray storable(QByteArrayView cell)
{
    if (isValidUtf8(cell))
        return QByteArray::fromRawData(cell.data(), cell.size());
    return QString::fromUtf8(cell).toUtf8();
}

ImportProblem fileProblem(const char* code, int line, QString message)
{
    ImportProblem problem;
    problem.scope = ImportProblem::Scope::File;
    problem.code = QLatin1String(code);
    problem.line = line;
    problem.message = std::move(message);
    return problem;
}

class CsvOrderCollector
{
public:
    CsvOrderCollector(QIODevice& device, RecordSink& sink)
        : m_rows(device, ImportLimits::maxRecordBytes), m_sink(sink)
    {
        m_columnIndex.fill(-1);
    }

    void run();

private:
    bool readHeader();
    bool addRow();
    QByteArrayView cell(int column) const;
    void addRowProblem(CsvPendingOrder& order, const char* code, QString field, QString column,
                       QString message);

    CsvRowReader m_rows;
    RecordSink& m_sink;
    CsvRow m_row;
    std::array<int, CsvColumns::Count> m_columnIndex;
    qsizetype m_headerFields = 0;
    std::deque<CsvPendingOrder> m_orders;      ///< a deque: growing it moves nothing
    QHash<QByteArray, qsizetype> m_orderByKey; ///< "shop\nnumber" as written -> position in m_orders
};

bool CsvOrderCollector::readHeader()
{
    CsvRowReader::Status status;
    do {
        status = m_rows.next(&m_row);
    } while (status == CsvRowReader::Status::Row && m_row.isBlank());
    if (status == CsvRowReader::Status::End)
        return false; // no header, no orders: the caller reports an empty file
    if (status == CsvRowReader::Status::Error) {
        m_sink.takeFileProblem(fileProblem("invalid_csv", m_rows.errorLine(), m_rows.errorMessage()));
        return false;
    }
    const int line = m_row.firstLine;
    if (!isValidUtf8(m_row.data)) {
        m_sink.takeFileProblem(fileProblem(
            "invalid_utf8", line,
            QStringLiteral("the header row (line %1) is not valid UTF-8; is this a CSV order file?")
                .arg(line)));
        return false;
    }
    m_headerFields = m_row.fieldCount();
    QStringList found;
    for (qsizetype i = 0; i < m_headerFields; ++i) {
        const QString name = QString::fromUtf8(m_row.field(i)).trimmed().toLower();
        found << name;
        const int id = CsvColumns::find(name);
        if (id < 0)
            continue; // unknown columns are ignored, like unknown JSON fields
        if (m_columnIndex[size_t(id)] >= 0) {
            m_sink.takeFileProblem(fileProblem("invalid_csv", line,
                                               QStringLiteral("the header names column %1 twice").arg(name)));
            return false;
        }
        m_columnIndex[size_t(id)] = int(i);
    }
    QStringList missing;
    for (int id = 0; id < CsvColumns::Count; ++id) {
        if (CsvColumns::at(id).required && m_columnIndex[size_t(id)] < 0)
            missing << CsvColumns::at(id).name;
    }
    if (!missing.isEmpty()) {
        QString foundText = found.join(QStringLiteral(", "));
        if (foundText.size() > 200)
            foundText = foundText.left(200) + QStringLiteral("...");
        m_sink.takeFileProblem(
            fileProblem("missing_columns", line,
                        QStringLiteral("the CSV header lacks the required column%1 %2 (the header has: %3)")
                            .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                                 missing.join(QStringLiteral(", ")), foundText)));
        return false;
    }
    return true;
}

QByteArrayView CsvOrderCollector::cell(int column) const
{
    const int index = m_columnIndex[size_t(column)];
    if (index < 0 || index >= m_row.fieldCount())
        return {};
    return m_row.field(index);
}

void CsvOrderCollector::addRowProblem(CsvPendingOrder& order, const char* code, QString field, QString column,
                                      QString message)
{
    ImportProblem problem;
    problem.code = QLatin1String(code);
    problem.record = order.index;
    problem.line = m_row.firstLine;
    problem.field = std::move(field);
    problem.column = std::move(column);
    problem.message = std::move(message);
    order.problems.push_back(std::move(problem));
}

bool CsvOrderCollector::addRow()
{
    // The key decides which order the row belongs to; rows without one form
    // an order of their own, which the validator then rejects by name.
    const QByteArrayView shop = cell(CsvColumns::Shop).trimmed();
    const QByteArrayView number = cell(CsvColumns::Number).trimmed();
    const bool keyed = !shop.isEmpty() && !number.isEmpty();
    QByteArray key;
    if (keyed)
        key = shop.toByteArray() + '\n' + number.toByteArray();
    qsizetype position = keyed ? m_orderByKey.value(key, -1) : -1;
    const bool isNew = position < 0;
    if (isNew) {
        if (qsizetype(m_orders.size()) >= ImportLimits::maxRecordsPerFile) {
            m_sink.takeFileProblem(fileProblem("too_many_records", m_row.firstLine,
                                               QStringLiteral("the file holds more than %1 orders; split it")
                                                   .arg(ImportLimits::maxRecordsPerFile)));
            return false;
        }
        position = qsizetype(m_orders.size());
        m_orders.emplace_back();
        CsvPendingOrder& order = m_orders.back();
        order.index = int(position + 1);
        order.line = m_row.firstLine;
        for (int id = 0; id < CsvColumns::orderLevelCount; ++id) {
            order.orderCells.append(storable(cell(id)));
            order.orderEnds[size_t(id)] = int(order.orderCells.size());
        }
        if (keyed)
            m_orderByKey.insert(key, position);
    }
    CsvPendingOrder& order = m_orders[size_t(position)];
    const int itemIndex = order.lineCount++;

    if (!m_row.problem.isEmpty())
        addRowProblem(order, "invalid_csv", {}, {}, m_row.problem);
    if (m_row.fieldCount() != m_headerFields) {
        addRowProblem(order, "invalid_csv", {}, {},
                      QStringLiteral("the row has %1 fields but the header has %2")
                          .arg(m_row.fieldCount())
                          .arg(m_headerFields));
    }
    for (int id = 0; id < CsvColumns::Count; ++id) {
        const QByteArrayView value = cell(id);
        if (const qsizetype bad = firstInvalidUtf8Byte(value); bad >= 0) {
            const QString field =
                id < CsvColumns::orderLevelCount
                    ? QString()
                    : QStringLiteral("lines[%1].%2").arg(itemIndex).arg(CsvColumns::at(id).key);
            addRowProblem(order, "invalid_utf8", field, CsvColumns::at(id).name,
                          QStringLiteral("not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                              .arg(uchar(value[bad]), 2, 16, QLatin1Char('0')));
        }
    }

    // Order-level values come from the first row; the others must repeat them.
    for (int id = 0; !isNew && id < CsvColumns::orderLevelCount; ++id) {
        const QByteArrayView value = cell(id);
        if (value == order.orderCell(id) || order.conflictReported.test(size_t(id)))
            continue;
        order.conflictReported.set(size_t(id));
        const CsvColumns::Column& column = CsvColumns::at(id);
        const QString path = column.parent.isEmpty() ? QString(column.key)
                                                     : QString(column.parent) + QLatin1Char('.') + column.key;
        addRowProblem(order, "conflicting_values", path, column.name,
                      QStringLiteral("differs between the rows of this order: %1 on line %2, %3 on line %4")
                          .arg(quoted(order.orderCell(id)))
                          .arg(order.line)
                          .arg(quoted(value))
                          .arg(m_row.firstLine));
    }

    // Past the limit the order is rejected anyway (see run()): keep no more rows.
    if (order.lineCount > ImportLimits::maxLinesPerOrder)
        return true;
    for (int id = CsvColumns::orderLevelCount; id < CsvColumns::Count; ++id) {
        order.itemCells.append(storable(cell(id)));
        order.itemEnds.push_back(int(order.itemCells.size()));
    }
    order.itemLines.push_back(m_row.firstLine);
    return true;
}

void CsvOrderCollector::run()
{
    if (!readHeader())
        return;
    for (;;) {
        const CsvRowReader::Status status = m_rows.next(&m_row);
        if (status == CsvRowReader::Status::End)
            break;
        if (status == CsvRowReader::Status::Error) {
            m_sink.takeFileProblem(fileProblem("invalid_csv", m_rows.errorLine(), m_rows.errorMessage()));
            return;
        }
        if (m_row.isBlank())
            continue;
        if (!addRow())
            return;
    }
    m_orderByKey.clear();
    while (!m_orders.empty()) {
        OrderRecord record = m_orders.front().toRecord();
        m_orders.pop_front(); // its cells are freed before the next order is validated
        if (!m_sink.takeRecord(std::move(record)))
            return;
    }
}

} // namespace

void CsvOrderReader::read(QIODevice& device, RecordSink& sink)
{
    CsvOrderCollector(device, sink).run();
}

} // namespace packdesk
