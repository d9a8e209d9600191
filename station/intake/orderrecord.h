#pragma once

#include "importproblem.h"
#include "raworder.h"

#include <vector>

namespace packdesk {

/// One order as a reader found it, before validation, with where it came
/// from: the same RawOrder whatever the file format, so that one
/// OrderValidator serves JSON, JSON Lines and CSV alike.
struct OrderRecord
{
    int index = 0; ///< 1-based position among the file's records
    int line = 0;  ///< file line where the record starts
    RawOrder order;
    /// False when the reader could not make an order at all (bad JSON, bad
    /// UTF-8); problems then say why and there is nothing to validate.
    bool parsed = true;
    /// CSV: numbers and booleans arrive as text and are parsed by the validator.
    bool textValues = false;
    /// CSV: the file line of each line item's row, so a problem in
    /// lines[i] points at the row to fix.
    std::vector<int> itemLines;
    /// CSV: maps a field path to the column that holds it, for messages.
    QString (*columnForPath)(QStringView path) = nullptr;
    /// Found while reading (invalid UTF-8, conflicting CSV values...).
    std::vector<ImportProblem> problems;
};

} // namespace packdesk
