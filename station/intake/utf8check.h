#pragma once

#include <QByteArrayView>

namespace packdesk {

/// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when the
/// bytes are valid. Why our own check: Qt's decoders silently substitute
/// U+FFFD, and an order must be rejected rather than stored with a mangled name.
qsizetype firstInvalidUtf8Byte(QByteArrayView bytes);

inline bool isValidUtf8(QByteArrayView bytes)
{
    return firstInvalidUtf8Byte(bytes) < 0;
}

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
