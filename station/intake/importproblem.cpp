#include "importproblem.h"

#include <QStringList>

namespace packdesk {

QString ImportProblem::toString() const
{
    QStringList where;
    if (line > 0)
        where << QStringLiteral("line %1").arg(line);
    if (record > 0) {
        QString recordText = QStringLiteral("record %1").arg(record);
        if (!shop.isEmpty() || !number.isEmpty())
            recordText += QStringLiteral(" (%1/%2)").arg(shop, number);
        where << recordText;
    }
    if (!field.isEmpty()) {
        QString fieldText = field;
        if (!column.isEmpty() && column != field)
            fieldText += QStringLiteral(" [column %1]").arg(column);
        where << fieldText;
    } else if (!column.isEmpty()) {
        where << QStringLiteral("column %1").arg(column);
    }
    if (where.isEmpty())
        return message;
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
}

} // namespace packdesk
