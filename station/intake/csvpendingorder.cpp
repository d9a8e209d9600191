#include "csvpendingorder.h"

#include "importlimits.h"

namespace packdesk {

namespace {

RawValue cellValue(QByteArrayView cell)
{
    if (cell.isEmpty())
        return {}; // an empty cell is an absent field
    return RawValue::fromText(QString::fromUtf8(cell));
}

} // namespace

OrderRecord CsvPendingOrder::toRecord()
{
    OrderRecord record;
    record.index = index;
    record.line = line;
    record.textValues = true;
    record.columnForPath = &CsvColumns::columnForPath;
    record.problems = std::move(problems);
    RawOrder& order = record.order;
    // The objects and the array exist in a CSV record by construction, so a
    // missing value is reported by its own name ("customer.name is required").
    order.customer = RawValue::ofKind(RawValue::Kind::Object);
    order.shippingAddress = RawValue::ofKind(RawValue::Kind::Object);
    order.lines = RawValue::ofKind(RawValue::Kind::Array);
    for (int id = 0; id < CsvColumns::orderLevelCount; ++id)
        order.*(CsvColumns::at(id).orderField) = cellValue(orderCell(id));

    order.lineCount = lineCount;
    order.items.resize(itemLines.size());
    for (size_t row = 0; row < order.items.size(); ++row) {
        RawOrderLine& line = order.items[row];
        line.self = RawValue::ofKind(RawValue::Kind::Object);
        for (int id = CsvColumns::orderLevelCount; id < CsvColumns::Count; ++id) {
            if (id != CsvColumns::Barcodes) {
                line.*(CsvColumns::at(id).lineField) = cellValue(itemCell(row, id));
                continue;
            }
            const QByteArrayView codes = itemCell(row, id);
            if (codes.isEmpty())
                continue;
            line.barcodes = RawValue::ofKind(RawValue::Kind::Array);
            qsizetype start = 0;
            while (start <= codes.size()) {
                qsizetype end = codes.indexOf('|', start);
                if (end < 0)
                    end = codes.size();
                const QByteArrayView code = codes.sliced(start, end - start).trimmed();
                start = end + 1;
                if (code.isEmpty())
                    continue;
                if (line.barcodeItems.size() > size_t(ImportLimits::maxBarcodesPerLine))
                    break; // rejected anyway; the message needs no more
                line.barcodeItems.push_back(RawValue::fromText(QString::fromUtf8(code)));
            }
        }
    }
    record.itemLines = std::move(itemLines);
    return record;
}

} // namespace packdesk
