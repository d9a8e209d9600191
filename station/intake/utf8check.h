#pragma once

#include <QByteArrayView>

namespace packdesk {

/// Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF). Why check at all: Qt's decoders
/// silently substitute U+FFFD, and an order must be rejected rather than
/// stored with a mangled name. simdjson's SIMD validator does the check.
bool isValidUtf8(QByteArrayView bytes);

/// Offset of the first byte that is not part of well-formed UTF-8, or -1
/// when the bytes are valid: for the message, once isValidUtf8() (or
/// simdjson) said no, since a validator only says whether, not where.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes);

/// Characters (code points) in UTF-8 bytes: for columns in messages, which
/// people count in characters, not bytes.
inline qsizetype utf8CharacterCount(QByteArrayView bytes)
{
    qsizetype count = 0;
    for (const char c : bytes) {
        if ((uchar(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace packdesk
