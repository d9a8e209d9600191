#pragma once

class QIODevice;

namespace packdesk {

class RecordSink;

/// Reads JSON Lines (one order object per line, blank lines ignored) one
/// line at a time, so a file of any size needs memory for one order only.
/// A line that is not valid JSON or not UTF-8 rejects that record only.
class JsonLinesReader
{
public:
    static void read(QIODevice& device, RecordSink& sink);
};

} // namespace packdesk
