#include "jsoncursor.h"

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace packdesk {

bool JsonCursor::fail(const char* reason)
{
    if (m_errorReason.isEmpty()) {
        m_errorOffset = m_p - m_begin;
        m_errorReason = QLatin1String(reason);
    }
    return false;
}

bool JsonCursor::parseLiteral(const char* word)
{
    const size_t length = std::strlen(word);
    if (size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
        return fail("expected a value");
    m_p += length;
    return true;
}

bool JsonCursor::parseNumber(double* out)
{
    // RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char* start = m_p;
    const auto digits = [this] {
        const char* from = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > from;
    };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else if (!digits())
        return fail("expected a value");
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (!digits())
            return fail("expected digits after the decimal point");
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return fail("expected digits in the exponent");
    }
    const std::from_chars_result result = std::from_chars(start, m_p, *out);
    if (result.ec == std::errc::result_out_of_range) {
        // Valid JSON, just too large or too small for a double: strtod gives
        // +-HUGE_VAL or 0 as the case may be (rare, so the copy is fine).
        *out = std::strtod(QByteArray(start, m_p - start).constData(), nullptr);
    }
    return true;
}

bool JsonCursor::parseUnicodeEscape(char16_t* unit)
{
    if (m_end - m_p < 4)
        return fail("incomplete \\u escape");
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = *m_p++;
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= char16_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= char16_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= char16_t(c - 'A' + 10);
        else
            return fail("invalid \\u escape");
    }
    *unit = value;
    return true;
}

bool JsonCursor::parseString(QString* out)
{
    ++m_p; // the opening quote
    const char* runStart = m_p;
    // Fast path: most strings hold no escapes and convert in one go.
    while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20)
        ++m_p;
    if (m_p < m_end && *m_p == '"') {
        if (out)
            *out = QString::fromUtf8(runStart, m_p - runStart);
        ++m_p;
        return true;
    }
    QString text = QString::fromUtf8(runStart, m_p - runStart);
    for (;;) {
        if (m_p == m_end)
            return fail("a string is not closed");
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            break;
        }
        if (uchar(c) < 0x20)
            return fail("a control character in a string must be escaped");
        if (c != '\\') {
            runStart = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20)
                ++m_p;
            text += QString::fromUtf8(runStart, m_p - runStart);
            continue;
        }
        if (++m_p == m_end)
            return fail("a string is not closed");
        const char escape = *m_p++;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            text += QLatin1Char(escape);
            break;
        case 'b':
            text += QLatin1Char('\b');
            break;
        case 'f':
            text += QLatin1Char('\f');
            break;
        case 'n':
            text += QLatin1Char('\n');
            break;
        case 'r':
            text += QLatin1Char('\r');
            break;
        case 't':
            text += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            if (!parseUnicodeEscape(&unit))
                return false;
            if (QChar::isLowSurrogate(unit))
                return fail("a \\u escape holds half a character (a lone low surrogate)");
            if (QChar::isHighSurrogate(unit)) {
                char16_t low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail("a \\u escape holds half a character (a lone high surrogate)");
                m_p += 2;
                if (!parseUnicodeEscape(&low))
                    return false;
                if (!QChar::isLowSurrogate(low))
                    return fail("a \\u escape holds half a character (a lone high surrogate)");
                text += QChar(unit);
                text += QChar(low);
            } else {
                text += QChar(unit);
            }
            break;
        }
        default:
            --m_p;
            return fail("invalid escape in a string");
        }
    }
    if (out)
        *out = std::move(text);
    return true;
}

bool JsonCursor::parseKey(QByteArrayView* key)
{
    if (m_p == m_end || *m_p != '"')
        return fail("expected a member name in double quotes");
    const char* start = m_p + 1;
    const char* end = start;
    while (end < m_end && *end != '"' && *end != '\\' && uchar(*end) >= 0x20)
        ++end;
    if (end < m_end && *end == '"') {
        *key = QByteArrayView(start, end - start);
        m_p = end + 1;
        return true;
    }
    // A key with escapes: decode it like any string.
    QString decoded;
    if (!parseString(&decoded))
        return false;
    m_keyBuffer = decoded.toUtf8();
    *key = m_keyBuffer;
    return true;
}

} // namespace packdesk
