#pragma once

class QIODevice;

namespace packdesk {

class RecordSink;

/// Reads a JSON file holding one top-level array of order objects.
///
/// The file is loaded whole (at most ImportLimits::maxJsonArrayFileBytes)
/// and walked once with simdjson's On Demand API, element by element, so
/// each record knows the line it starts on. Invalid UTF-8 rejects only the
/// record it is in. A syntax error anywhere rejects the file: its structure
/// cannot be trusted past the error.
class JsonArrayReader
{
public:
    static void read(QIODevice& device, RecordSink& sink);
};

} // namespace packdesk
