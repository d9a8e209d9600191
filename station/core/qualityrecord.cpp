#include "qualityrecord.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace packdesk {

int QualityRecord::defectCount() const
{
    int count = 0;
    for (const auto& answer : answers)
        count += answer.passed ? 0 : 1;
    return count;
}

QJsonObject QualityRecord::toJson() const
{
    QJsonArray list;
    for (const auto& answer : answers) {
        QJsonObject item{{QStringLiteral("key"), answer.key}, {QStringLiteral("passed"), answer.passed}};
        if (!answer.passed)
            item.insert(QStringLiteral("defect"), answer.defectKind);
        list.append(item);
    }
    QJsonObject json{{QStringLiteral("answers"), list}, {QStringLiteral("defects"), defectCount()}};
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    if (!photoPath.isEmpty()) {
        json.insert(QStringLiteral("photo"), photoPath);
        json.insert(QStringLiteral("photo_sha256"), photoSha256);
    }
    return json;
}

QualityRecord QualityRecord::fromJson(const QJsonObject& json)
{
    QualityRecord record;
    for (const auto& value : json.value(QStringLiteral("answers")).toArray()) {
        const QJsonObject item = value.toObject();
        record.answers.push_back({item.value(QStringLiteral("key")).toString(),
                                  item.value(QStringLiteral("passed")).toBool(),
                                  item.value(QStringLiteral("defect")).toString()});
    }
    record.note = json.value(QStringLiteral("note")).toString();
    record.photoPath = json.value(QStringLiteral("photo")).toString();
    record.photoSha256 = json.value(QStringLiteral("photo_sha256")).toString();
    return record;
}

Result<void> QualityRecord::validateAgainst(const std::vector<ChecklistItem>& checklist) const
{
    QSet<QString> answered;
    for (const auto& answer : answers) {
        bool known = false;
        for (const auto& item : checklist)
            known = known || item.key == answer.key;
        if (!known)
            return Result<void>::failure(QStringLiteral("quality_unknown_item"),
                                         QStringLiteral("'%1' is not on this shop's checklist").arg(answer.key));
        if (answered.contains(answer.key))
            return Result<void>::failure(QStringLiteral("quality_duplicate_answer"),
                                         QStringLiteral("'%1' is answered twice").arg(answer.key));
        answered.insert(answer.key);
        if (!answer.passed && answer.defectKind.trimmed().isEmpty())
            return Result<void>::failure(QStringLiteral("quality_defect_kind_missing"),
                                         QStringLiteral("'%1' failed: say which defect").arg(answer.key));
    }
    for (const auto& item : checklist) {
        if (!answered.contains(item.key))
            return Result<void>::failure(QStringLiteral("quality_incomplete"),
                                         QStringLiteral("'%1' is not answered yet").arg(item.label));
    }
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!photoPath.isEmpty() && !sha256.match(photoSha256).hasMatch())
        return Result<void>::failure(QStringLiteral("quality_photo_hash"),
                                     QStringLiteral("the photo needs its SHA-256 (64 lowercase hex digits)"));
    return {};
}

} // namespace packdesk
