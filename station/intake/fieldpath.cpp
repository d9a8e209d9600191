#include "fieldpath.h"

namespace packdesk {

QString FieldPath::toString() const
{
    QString path = parent;
    if (index >= 0)
        path += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!key.isEmpty()) {
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += key;
    }
    if (subIndex >= 0)
        path += QLatin1Char('[') + QString::number(subIndex) + QLatin1Char(']');
    return path;
}

} // namespace packdesk
