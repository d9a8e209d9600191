#pragma once

#include "result.h"
#include "shopsettings.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace packdesk {

/// The answer to one checklist question: passed, or a defect of some kind
/// (e.g. "box_too_big", "tape_torn"). Defect kinds are free text keys so a
/// shop can add its own; the stats group by them.
struct QualityAnswer
{
    QString key;
    bool passed = true;
    QString defectKind; ///< empty when passed
};

/// The packaging quality record of one parcel.
struct QualityRecord
{
    std::vector<QualityAnswer> answers;
    QString note;
    QString photoPath;   ///< optional
    QString photoSha256; ///< hex, required with a photo so the file can be verified later

    int defectCount() const;
    QJsonObject toJson() const;
    static QualityRecord fromJson(const QJsonObject& json);

    /// Every checklist question answered once, nothing unknown, defects named.
    Result<void> validateAgainst(const std::vector<ChecklistItem>& checklist) const;
};

} // namespace packdesk
