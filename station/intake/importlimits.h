#pragma once

#include <QtGlobal>

namespace packdesk {

/// Limits that keep a hostile or broken file from exhausting memory or
/// flooding the operator with messages. docs/order-format.md lists them.
struct ImportLimits
{
    /// A JSON array file is parsed whole; bigger files must be JSON Lines,
    /// which is read one order at a time.
    static constexpr qint64 maxJsonArrayFileBytes = qint64(512) * 1024 * 1024;
    /// One order (a JSON Lines line, a JSON array element, a CSV row) can
    /// never legitimately be this big; beyond it we stop buffering.
    static constexpr qsizetype maxRecordBytes = qsizetype(16) * 1024 * 1024;
    /// An order is 4 levels deep ({ "lines": [ { "barcodes": [ ); far deeper is hostile.
    static constexpr int maxJsonDepth = 64;
    static constexpr int maxLinesPerOrder = 1000;
    static constexpr int maxBarcodesPerLine = 50;
    /// Default for ImportOptions::maxProblems.
    static constexpr int defaultMaxProblems = 1000;
    /// Every valid order is held for the one all-or-nothing write, and a
    /// CSV file must be read to its end before any order is complete.
    static constexpr int maxRecordsPerFile = 1000000;
};

} // namespace packdesk
