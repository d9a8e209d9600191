#pragma once

class QIODevice;

namespace packdesk {

class RecordSink;

/// Reads a CSV order file (one row per order line, docs/order-format.md) and
/// delivers one record per order in the JSON shape, with every value as text.
///
/// Rows are grouped by (shop, number) and need not be adjacent, so records
/// are delivered only when the whole file has been read; rows themselves are
/// streamed. Order-level values that differ between the rows of one order
/// reject that order.
class CsvOrderReader
{
public:
    static void read(QIODevice& device, RecordSink& sink);
};

} // namespace packdesk
