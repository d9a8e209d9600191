#include "jsonerrortext.h"

#include "importlimits.h"

namespace packdesk {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// What stands at offset: the end of the text, or the character there. The
/// most common slip, a comma before a closing bracket, gets its own words.
QString unexpectedAt(QByteArrayView text, qsizetype offset)
{
    if (offset < 0)
        return QStringLiteral("unexpected character");
    if (offset >= text.size())
        return QStringLiteral("the text ends before every '{' and '[' is closed");
    const char c = text[offset];
    qsizetype before = offset - 1;
    while (before >= 0 && isJsonSpace(text[before]))
        --before;
    const char previous = before >= 0 ? text[before] : '\0';
    if ((c == ']' || c == '}') && previous == ',')
        return QStringLiteral("a ',' before '%1' (JSON allows no trailing comma)").arg(QLatin1Char(c));
    // A value right after a value: most likely a forgotten separator.
    const auto endsValue = [](char e) { return QByteArrayView("\"}]0123456789el").contains(e); };
    const auto startsValue = [](char s) { return QByteArrayView("\"{[-0123456789tfn").contains(s); };
    if (startsValue(c) && endsValue(previous))
        return QStringLiteral("a ',' or ':' is missing before %1").arg(describeJsonByte(c));
    return QStringLiteral("unexpected character %1").arg(describeJsonByte(c));
}

} // namespace

qsizetype jsonErrorOffset(simdjson::error_code error, QByteArrayView text, qsizetype offset)
{
    if (error != simdjson::STRING_ERROR || offset <= 0 || offset > text.size())
        return offset;
    // Back over white space (and the ':' after a member name) to the
    // string's closing quote, then to the first quote before it that no
    // backslash escapes.
    qsizetype quote = offset - 1;
    while (quote > 0 && isJsonSpace(text[quote]))
        --quote;
    if (quote > 0 && text[quote] == ':') {
        --quote;
        while (quote > 0 && isJsonSpace(text[quote]))
            --quote;
    }
    if (text[quote] != '"')
        return offset;
    for (qsizetype i = quote - 1; i >= 0; --i) {
        if (text[i] != '"')
            continue;
        qsizetype backslashes = 0;
        while (i - backslashes > 0 && text[i - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return i;
    }
    return offset;
}

QString describeJsonByte(char c)
{
    const auto byte = uchar(c);
    if (byte >= 0x21 && byte < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

QString jsonErrorText(simdjson::error_code error, QByteArrayView text, qsizetype offset)
{
    switch (error) {
    case simdjson::TAPE_ERROR:
        return unexpectedAt(text, offset);
    case simdjson::INCORRECT_TYPE: // what a malformed value looks like to On Demand
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        if (offset >= text.size())
            return unexpectedAt(text, offset);
        return QStringLiteral("expected a value (a string, a number, an object, an array, true, false or "
                              "null), found %1")
            .arg(offset >= 0 ? describeJsonByte(text[offset]) : QStringLiteral("something else"));
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral("the text ends before every '{' and '[' is closed");
    case simdjson::TRAILING_CONTENT:
        return QStringLiteral("unexpected text after the end");
    case simdjson::STRING_ERROR:
        return QStringLiteral("invalid string: an unknown escape, or a \\u escape holding half a character");
    case simdjson::UNESCAPED_CHARS:
        return QStringLiteral("a control character (a tab, a line break...) in a string must be escaped, "
                              "e.g. as \\t or \\n");
    case simdjson::UNCLOSED_STRING:
        return QStringLiteral("a string is never closed (a '\"' is missing)");
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return QStringLiteral("invalid number (or too large a number)");
    case simdjson::DEPTH_ERROR:
        return QStringLiteral("nested too deeply (more than %1 levels of '{' and '[')")
            .arg(ImportLimits::maxJsonDepth);
    case simdjson::EMPTY:
        return QStringLiteral("no JSON value");
    case simdjson::UTF8_ERROR:
        return QStringLiteral("not valid UTF-8");
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return QStringLiteral("too large to read");
    default:
        return QString::fromUtf8(simdjson::error_message(error));
    }
}

} // namespace packdesk
