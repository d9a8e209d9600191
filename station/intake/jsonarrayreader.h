#pragma once

#include <QByteArrayView>

class QIODevice;

namespace packdesk {

class RecordSink;

/// Reads a JSON file holding one top-level array of order objects.
///
/// The file is loaded whole (at most ImportLimits::maxJsonArrayFileBytes)
/// and split into its elements by a small scanner that tracks strings and
/// brackets, so each record knows the line it starts on and each element is
/// parsed on its own: invalid UTF-8 rejects one record, not the file. A
/// syntax error anywhere rejects the file: its structure cannot be trusted.
class JsonArrayReader
{
public:
    static void read(QIODevice& device, RecordSink& sink);
    static void parse(QByteArrayView data, RecordSink& sink);
};

} // namespace packdesk
