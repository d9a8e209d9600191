#include "importreport.h"

#include <QStringList>

namespace packdesk {

void ImportReport::add(const UpsertOutcome& outcome)
{
    switch (outcome.kind) {
    case UpsertKind::Created:
        ++created;
        break;
    case UpsertKind::Updated:
        ++updated;
        break;
    case UpsertKind::Unchanged:
        ++unchanged;
        break;
    case UpsertKind::SkippedPacked:
        ++skippedPacked;
        break;
    case UpsertKind::SkippedInProgress:
        ++skippedInProgress;
        break;
    }
    outcomes.push_back(outcome);
}

QString ImportReport::summary() const
{
    const QString head =
        records == 1 ? QStringLiteral("1 record") : QStringLiteral("%1 records").arg(records);
    if (fileRejected)
        return QStringLiteral("nothing imported: the file was rejected");
    if (strictRefused) {
        return QStringLiteral("%1: nothing imported (strict), %2 with problems")
            .arg(head)
            .arg(rejectedRecords);
    }
    if (storageFailed)
        return QStringLiteral("%1: nothing imported, storing the orders failed").arg(head);
    QStringList parts;
    const auto part = [&parts](int count, const char* text) {
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(QLatin1String(text));
    };
    part(created, "created");
    part(updated, "updated");
    part(unchanged, "unchanged");
    part(skippedPacked, "skipped (packed or cancelled)");
    part(skippedInProgress, "skipped (being packed)");
    part(rejectedRecords, "rejected");
    if (parts.isEmpty())
        parts << QStringLiteral("nothing imported");
    return head + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

} // namespace packdesk
