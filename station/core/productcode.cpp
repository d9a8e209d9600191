#include "productcode.h"

namespace packdesk {

bool ProductCode::isValidGtin(const QString& digits)
{
    const auto length = digits.size();
    if (length != 8 && length != 12 && length != 13 && length != 14)
        return false;
    int sum = 0;
    // GS1 mod 10: weights 3,1,3,1... from the digit left of the check digit.
    for (qsizetype i = length - 2, weight = 3; i >= 0; --i, weight = 4 - weight) {
        const QChar c = digits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        sum += (c.unicode() - '0') * weight;
    }
    const QChar check = digits.at(length - 1);
    if (check < QLatin1Char('0') || check > QLatin1Char('9'))
        return false;
    return (10 - sum % 10) % 10 == check.unicode() - '0';
}

ProductCode ProductCode::fromText(const QString& text)
{
    ProductCode code;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return code;
    if (isValidGtin(trimmed)) {
        code.m_isGtin = true;
        code.m_key = QStringLiteral("gtin:") + trimmed.rightJustified(14, QLatin1Char('0'));
    } else {
        code.m_key = QStringLiteral("code:") + trimmed;
    }
    return code;
}

} // namespace packdesk
