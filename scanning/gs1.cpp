#include "gs1.h"

namespace packdesk::scanning {

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

Result<Gs1ElementString> parseGs1(QStringView)
{
    return Error{QStringLiteral("gs1_empty"), QStringLiteral("not implemented yet")};
}

} // namespace packdesk::scanning
