#include "parcelcodegenerator.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace packdesk::printing {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kRadix = 32;
const QChar kPrefix = QLatin1Char('R');

int symbolValue(QChar c)
{
    for (int i = 0; i < kRadix; ++i)
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    return -1;
}

/// Luhn mod N (N = 32): detects every single-character substitution and
/// every transposition of adjacent characters except of two symbols whose
/// values sum to N - 1 swapped in the doubled position pair (rare).
QChar checkCharacter(const QString& data)
{
    int sum = 0;
    bool doubleIt = true; // the rightmost data character is doubled
    for (qsizetype i = data.size() - 1; i >= 0; --i) {
        int addend = symbolValue(data.at(i));
        if (doubleIt) {
            addend *= 2;
            addend = addend / kRadix + addend % kRadix;
        }
        sum += addend;
        doubleIt = !doubleIt;
    }
    return QLatin1Char(kAlphabet[(kRadix - sum % kRadix) % kRadix]);
}
} // namespace

QString ParcelCodeGenerator::newRmaCode()
{
    // 64 random bits, of which 55 are used: 11 symbols of 5 bits each.
    quint64 bits = QRandomGenerator::system()->generate64();
    QString data;
    data.reserve(kRmaRandomChars);
    for (int i = 0; i < kRmaRandomChars; ++i) {
        data += QLatin1Char(kAlphabet[bits & 31u]);
        bits >>= 5;
    }
    return kPrefix + data + checkCharacter(data);
}

QString ParcelCodeGenerator::newSurveyToken()
{
    std::array<quint32, kSurveyTokenBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), kSurveyTokenBytes);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ParcelCodes ParcelCodeGenerator::newCodes()
{
    return ParcelCodes{newRmaCode(), newSurveyToken(), 0};
}

bool ParcelCodeGenerator::isValidRmaCode(const QString& code)
{
    if (code.size() != 1 + kRmaRandomChars + 1 || code.at(0) != kPrefix)
        return false;
    const QString data = code.mid(1, kRmaRandomChars);
    for (const QChar c : data)
        if (symbolValue(c) < 0)
            return false;
    return code.back() == checkCharacter(data);
}

QString ParcelCodeGenerator::normalizeRmaCode(const QString& typed)
{
    QString code;
    code.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (code.isEmpty()) { // the prefix is a letter, not a digit
            code += c;
            continue;
        }
        if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        else if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        code += c;
    }
    return code;
}

} // namespace packdesk::printing
