#include "rawvalue.h"

#include <cmath>

namespace packdesk {

QString RawValue::describe() const
{
    switch (kind) {
    case Kind::Absent:
        return QStringLiteral("nothing");
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number:
        if (std::trunc(number) == number && std::fabs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    case Kind::Text: {
        constexpr qsizetype kMax = 60;
        if (text.size() <= kMax)
            return QLatin1Char('"') + text + QLatin1Char('"');
        return QLatin1Char('"') + text.left(kMax) + QStringLiteral("...\" (%1 characters)").arg(text.size());
    }
    case Kind::Object:
        return QStringLiteral("an object");
    case Kind::Array:
        return QStringLiteral("an array");
    }
    return {};
}

} // namespace packdesk
