#pragma once

#include <QByteArrayView>
#include <QString>
#include <simdjson.h>

namespace packdesk {

/// Why simdjson rejected a JSON text, in a few words for the person fixing
/// the file (simdjson's own messages name its internals, e.g. "tape error").
/// offset is where parsing stopped in text, or -1 when simdjson cannot say
/// (faults it finds while indexing the whole text, like an unclosed string).
QString jsonErrorText(simdjson::error_code error, QByteArrayView text, qsizetype offset);

/// Where a person should look for the error simdjson stopped at offset:
/// for a bad string that is where the string starts (simdjson stops after it).
qsizetype jsonErrorOffset(simdjson::error_code error, QByteArrayView text, qsizetype offset);

/// One byte as a person would want it named: '{' or "byte 0x07".
QString describeJsonByte(char c);

} // namespace packdesk
