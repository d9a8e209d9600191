#pragma once

#include "csvcolumns.h"
#include "orderrecord.h"

#include <QByteArray>
#include <array>
#include <bitset>
#include <vector>

namespace packdesk {

/// The rows of one order in a CSV file seen so far, kept as the raw bytes of
/// the cells: every order of a CSV file is pending until the file's end, and
/// raw bytes take a fraction of the memory of strings or JSON objects.
struct CsvPendingOrder
{
    static constexpr size_t kItemColumns = CsvColumns::Count - CsvColumns::orderLevelCount;

    int index = 0;                       ///< 1-based record number
    int line = 0;                        ///< the file line of the order's first row
    std::vector<int> itemLines;          ///< the file line of each kept row
    std::vector<ImportProblem> problems; ///< found in the rows so far
    QByteArray orderCells;               ///< the first row's order-level cells, back to back
    std::array<int, CsvColumns::orderLevelCount> orderEnds{};
    QByteArray itemCells; ///< each row's line-level cells, back to back
    std::vector<int> itemEnds;
    std::bitset<CsvColumns::orderLevelCount> conflictReported;
    int lineCount = 0; ///< rows seen, including any past the line limit

    QByteArrayView orderCell(int id) const
    {
        const int begin = id == 0 ? 0 : orderEnds[size_t(id - 1)];
        return QByteArrayView(orderCells.constData() + begin, orderEnds[size_t(id)] - begin);
    }
    QByteArrayView itemCell(size_t row, int id) const
    {
        const size_t i = row * kItemColumns + size_t(id - CsvColumns::orderLevelCount);
        const int begin = i == 0 ? 0 : itemEnds[i - 1];
        return QByteArrayView(itemCells.constData() + begin, itemEnds[i] - begin);
    }

    /// The record to validate: every value text, empty cells absent,
    /// barcodes split on "|". Moves the line numbers and problems out.
    OrderRecord toRecord();
};

} // namespace packdesk
