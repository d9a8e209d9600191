#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace packdesk {

/// JSON text in a buffer followed by the padding simdjson needs: it reads
/// whole blocks, so SIMDJSON_PADDING bytes past the end must be readable.
/// The padding is spaces, not zeros: a text cut short then ends in white
/// space, and simdjson says "ends early" at the end of the text instead of
/// complaining about a number or word that runs into a zero byte.
class PaddedJson
{
public:
    /// Copies text in (one JSON Lines line); the buffer is reused.
    void assign(QByteArrayView text);
    /// Takes over a whole file's bytes (a JSON array file), padding them.
    void adopt(QByteArray&& bytes);

    const char* data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_size; }
    QByteArrayView view() const { return {data(), m_size}; }
    /// Bytes readable from data(): the text and at least the padding.
    size_t capacity() const { return size_t(m_bytes.size()); }
    /// For blanking out bytes in place before parsing (invalid UTF-8).
    char* mutableData() { return m_bytes.data(); }

private:
    void padAfter(qsizetype size);

    QByteArray m_bytes; ///< the text, then padding
    qsizetype m_size = 0;
};

} // namespace packdesk
