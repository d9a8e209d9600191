#include "gs1.h"

#include "gs1aitable.h"

#include <array>
#include <string_view>
#include <utility>

namespace packdesk::scanning {

namespace {

// GS1 AI encodable character set 82 (GS1 General Specifications 7.11, figure 7.11-1).
constexpr std::array<bool, 128> kCset82 = [] {
    std::array<bool, 128> table{};
    for (char c : std::string_view("!\"%&'()*+,-./:;<=>?_"))
        table[std::size_t(c)] = true;
    for (char c = '0'; c <= '9'; ++c)
        table[std::size_t(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c) {
        table[std::size_t(c)] = true;
        table[std::size_t(c - 'A' + 'a')] = true;
    }
    return table;
}();

// GS1 AI encodable character set 39 (figure 7.11-2): # - / 0-9 A-Z.
constexpr std::array<bool, 128> kCset39 = [] {
    std::array<bool, 128> table{};
    for (char c : std::string_view("#-/"))
        table[std::size_t(c)] = true;
    for (char c = '0'; c <= '9'; ++c)
        table[std::size_t(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c)
        table[std::size_t(c)] = true;
    return table;
}();

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitAt(QStringView text, qsizetype i)
{
    return text[i].unicode() - u'0';
}

int twoDigits(QStringView text, qsizetype i)
{
    return digitAt(text, i) * 10 + digitAt(text, i + 1);
}

Error fail(const char* code, QString message)
{
    return Error{QLatin1String(code), std::move(message)};
}

QString prefix(QStringView ai)
{
    QString text = QStringLiteral("GS1 (");
    text.append(ai).append(QLatin1String("): "));
    return text;
}

// A character as people can read it in a message: control characters as U+XXXX.
QString shown(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7F || !c.isPrint()) {
        return QStringLiteral("U+") +
               QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    }
    return QLatin1Char('"') + c + QLatin1Char('"');
}

// GS1 mod-10 over `digits`: weights 3, 1, 3, ... from the right.
int checkDigitFor(QStringView digits)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i, weight = 4 - weight)
        sum += digitAt(digits, i) * weight;
    return (10 - sum % 10) % 10;
}

bool isValidDate(QStringView text, qsizetype at)
{
    const int year = twoDigits(text, at);
    const int month = twoDigits(text, at + 2);
    const int day = twoDigits(text, at + 4);
    if (month < 1 || month > 12)
        return false;
    // GS1 reads YY within -49/+50 years of today: 2000-2099 for a long while
    // yet, where every fourth year is a leap year (2000 included).
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int days = month == 2 && year % 4 != 0 ? 28 : kDays[std::size_t(month - 1)];
    return day <= days; // DD = 00: "end of the month"
}

bool isValidTime(QStringView text, qsizetype at, qsizetype length)
{
    if (length >= 2 && twoDigits(text, at) > 23)
        return false;
    if (length >= 4 && twoDigits(text, at + 2) > 59)
        return false;
    if (length >= 6 && twoDigits(text, at + 4) > 59)
        return false;
    return true;
}

// `value` is all digits here.
bool isValidDateField(Gs1DateFormat format, QStringView value)
{
    const qsizetype length = value.size();
    switch (format) {
    case Gs1DateFormat::None:
        return true;
    case Gs1DateFormat::Yymmdd:
        return isValidDate(value, 0);
    case Gs1DateFormat::YymmddHhmm:
        return isValidDate(value, 0) && isValidTime(value, 6, 4);
    case Gs1DateFormat::YymmddOrRange:
        return (length == 6 || length == 12) && isValidDate(value, 0) &&
               (length == 6 || isValidDate(value, 6));
    case Gs1DateFormat::YymmddHhOptMinSec:
        return length % 2 == 0 && isValidDate(value, 0) && isValidTime(value, 6, length - 6);
    }
    return false;
}

const char* dateFormatName(Gs1DateFormat format)
{
    switch (format) {
    case Gs1DateFormat::None:
    case Gs1DateFormat::Yymmdd:
        return "YYMMDD";
    case Gs1DateFormat::YymmddHhmm:
        return "YYMMDDHHMM";
    case Gs1DateFormat::YymmddOrRange:
        return "YYMMDD or YYMMDDYYMMDD";
    case Gs1DateFormat::YymmddHhOptMinSec:
        return "YYMMDDHH[MM[SS]]";
    }
    return "";
}

// Checks one value against its AI. Only on failure does anything allocate.
std::optional<Error> validate(const Gs1AiSpec& spec, QStringView ai, QStringView value, bool hriForm)
{
    const qsizetype length = value.size();
    if (length == 0)
        return fail("gs1_truncated", prefix(ai) + QStringLiteral("the value is empty"));
    if (length < spec.minLength) {
        return fail("gs1_truncated",
                    prefix(ai) + QStringLiteral("%1 characters, expected %2%3")
                                     .arg(length)
                                     .arg(spec.isFixedLength() ? QString() : QStringLiteral("at least "))
                                     .arg(spec.minLength));
    }
    if (length > spec.maxLength) {
        if (spec.isFixedLength()) {
            return fail("gs1_missing_separator",
                        prefix(ai) +
                            QStringLiteral("%1 characters, expected %2").arg(length).arg(spec.maxLength));
        }
        // With GS the value was read only one past the maximum: its real length is unknown.
        if (hriForm) {
            return fail("gs1_missing_separator",
                        prefix(ai) +
                            QStringLiteral("%1 characters, at most %2 allowed; is the next \"(AI)\" missing?")
                                .arg(length)
                                .arg(spec.maxLength));
        }
        return fail(
            "gs1_missing_separator",
            prefix(ai) +
                QStringLiteral("longer than %1 characters; is the separator (FNC1/GS) after it missing?")
                    .arg(spec.maxLength));
    }

    const bool numeric = spec.charset == Gs1Charset::Numeric;
    const auto& allowed = spec.charset == Gs1Charset::Cset39 ? kCset39 : kCset82;
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = value[i];
        const bool digitsOnly = numeric || i < spec.numericPrefix;
        const bool ok = digitsOnly ? isDigit(c) : c.unicode() < 128 && allowed[std::size_t(c.unicode())];
        if (!ok) {
            const QString what = digitsOnly ? QStringLiteral("digits only")
                                 : spec.charset == Gs1Charset::Cset39
                                     ? QStringLiteral("GS1 character set 39")
                                     : QStringLiteral("GS1 character set 82");
            return fail("gs1_bad_character",
                        prefix(ai) + QStringLiteral("character %1 at position %2 is not allowed (%3)")
                                         .arg(shown(c))
                                         .arg(i + 1)
                                         .arg(what));
        }
    }

    if (spec.checkDigitLength > 0) {
        const qsizetype at = spec.checkDigitLength - 1;
        const int expected = checkDigitFor(value.first(at));
        const int actual = digitAt(value, at);
        if (actual != expected) {
            return fail("gs1_check_digit",
                        prefix(ai) +
                            QStringLiteral("check digit is %1, expected %2").arg(actual).arg(expected));
        }
    }

    if (spec.date != Gs1DateFormat::None && !isValidDateField(spec.date, value)) {
        return fail("gs1_bad_date",
                    prefix(ai) + QStringLiteral("%1 is not a valid date (%2)")
                                     .arg(value.toString(), QLatin1String(dateFormatName(spec.date))));
    }
    return std::nullopt;
}

// "(" + 2-4 digits + ")" at `at`: where a value in the "(AI)" form ends.
bool isAiGroupAt(QStringView data, qsizetype at)
{
    if (at >= data.size() || data[at] != u'(')
        return false;
    qsizetype i = at + 1;
    while (i < data.size() && i - at - 1 < 4 && isDigit(data[i]))
        ++i;
    const qsizetype digits = i - at - 1;
    return digits >= 2 && i < data.size() && data[i] == u')';
}

Result<Gs1ElementString> parseHumanReadable(QStringView data)
{
    Gs1ElementString result;
    result.elements.reserve(4);
    qsizetype pos = 0;
    const qsizetype n = data.size();
    while (pos < n) {
        if (!isAiGroupAt(data, pos)) {
            return fail("gs1_unknown_ai",
                        QStringLiteral("GS1: expected \"(AI)\" at \"%1\"").arg(data.sliced(pos).left(8)));
        }
        const qsizetype close = data.indexOf(u')', pos);
        const QStringView ai = data.sliced(pos + 1, close - pos - 1);
        const Gs1AiMatch match = matchGs1Ai(ai);
        if (!match.spec || match.aiLength != ai.size())
            return fail("gs1_unknown_ai", QStringLiteral("GS1: unknown application identifier (%1)").arg(ai));
        const qsizetype start = close + 1;
        qsizetype end = start;
        while (end < n && !isAiGroupAt(data, end))
            ++end;
        const QStringView value = data.sliced(start, end - start);
        if (auto error = validate(*match.spec, ai, value, true))
            return *error;
        result.elements.push_back({ai.toString(), value.toString()});
        pos = end;
    }
    return result;
}

Result<Gs1ElementString> parseElementString(QStringView data)
{
    Gs1ElementString result;
    result.elements.reserve(4);
    qsizetype pos = 0;
    const qsizetype n = data.size();
    while (pos < n) {
        // A leading FNC1, the GS after a fixed-length field, a trailing GS.
        if (data[pos] == kGroupSeparator) {
            ++pos;
            continue;
        }
        qsizetype aiEnd = pos;
        while (aiEnd < n && aiEnd - pos < 4 && data[aiEnd] != kGroupSeparator)
            ++aiEnd;
        const QStringView candidate = data.sliced(pos, aiEnd - pos);
        const Gs1AiMatch match = matchGs1Ai(candidate);
        if (!match.spec) {
            if (match.truncated) {
                return fail("gs1_truncated",
                            QStringLiteral("GS1: the data ends inside an application identifier (\"%1\")")
                                .arg(candidate));
            }
            return fail("gs1_unknown_ai",
                        QStringLiteral("GS1: no known application identifier at \"%1\"").arg(candidate));
        }
        const Gs1AiSpec& spec = *match.spec;
        const QStringView ai = data.sliced(pos, match.aiLength);
        const qsizetype start = pos + match.aiLength;
        qsizetype end = start;
        // A fixed-length field ends after its length (or, cut short, at a GS);
        // a variable-length one at the GS. Reading one character past the
        // maximum is enough to say the GS is missing.
        const qsizetype limit = spec.isFixedLength() ? spec.maxLength : spec.maxLength + 1;
        while (end < n && end - start < limit && data[end] != kGroupSeparator)
            ++end;
        const QStringView value = data.sliced(start, end - start);
        if (auto error = validate(spec, ai, value, false))
            return *error;
        result.elements.push_back({ai.toString(), value.toString()});
        pos = end;
    }
    if (result.elements.empty())
        return fail("gs1_empty", QStringLiteral("GS1: the element string has no data"));
    return result;
}

} // namespace

std::optional<QString> Gs1ElementString::value(QStringView ai) const
{
    for (const Gs1Element& element : elements) {
        if (element.ai == ai)
            return element.value;
    }
    return std::nullopt;
}

QString Gs1ElementString::humanReadable() const
{
    QString text;
    for (const Gs1Element& element : elements)
        text += QLatin1Char('(') + element.ai + QLatin1Char(')') + element.value;
    return text;
}

QString Gs1ElementString::elementString() const
{
    QString text;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const Gs1Element& element = elements[i];
        text += element.ai + element.value;
        if (i + 1 == elements.size())
            break;
        const Gs1AiMatch match = matchGs1Ai(element.ai);
        const bool predefined = match.spec && match.spec->isFixedLength() && hasPredefinedLength(element.ai);
        if (!predefined)
            text += QChar(kGroupSeparator);
    }
    return text;
}

Result<Gs1ElementString> parseGs1(QStringView data)
{
    if (data.isEmpty())
        return fail("gs1_empty", QStringLiteral("GS1: the element string is empty"));
    if (data[0] == u'(')
        return parseHumanReadable(data);
    return parseElementString(data);
}

} // namespace packdesk::scanning
