#include "ordercatalog.h"

namespace packdesk {

QString toString(UpsertKind kind)
{
    switch (kind) {
    case UpsertKind::Created:
        return QStringLiteral("created");
    case UpsertKind::Updated:
        return QStringLiteral("updated");
    case UpsertKind::Unchanged:
        return QStringLiteral("unchanged");
    case UpsertKind::SkippedPacked:
        return QStringLiteral("skipped_packed");
    case UpsertKind::SkippedInProgress:
        return QStringLiteral("skipped_in_progress");
    }
    return {};
}

} // namespace packdesk
