#include "checklistmodel.h"

namespace packdesk::app {

namespace {
const QString kOk = QStringLiteral("ok");
const QString kDefect = QStringLiteral("defect");
} // namespace

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    // Plain bounds: a delegate may ask with a stale index while the list changes.
    if (!index.isValid() || index.parent().isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Entry& entry = m_entries[std::size_t(index.row())];
    switch (role) {
    case KeyRole:
        return entry.item.key;
    case Qt::DisplayRole:
    case LabelRole:
        return entry.item.label;
    case AnswerRole:
        return entry.answer;
    case DefectKindRole:
        return entry.defectKind;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {AnswerRole, "answer"}, {DefectKindRole, "defectKind"}};
}

void ChecklistModel::setItems(const std::vector<ChecklistItem>& items)
{
    const bool wasComplete = complete();
    beginResetModel();
    m_entries.clear();
    for (const ChecklistItem& item : items)
        m_entries.push_back(Entry{item, {}, {}});
    endResetModel();
    if (complete() != wasComplete)
        Q_EMIT completeChanged();
}

void ChecklistModel::answerOk(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const bool wasComplete = complete();
    Entry& entry = m_entries[std::size_t(row)];
    entry.answer = kOk;
    entry.defectKind.clear();
    Q_EMIT dataChanged(index(row), index(row), {AnswerRole, DefectKindRole});
    if (complete() != wasComplete)
        Q_EMIT completeChanged();
}

void ChecklistModel::answerDefect(int row, const QString& kind)
{
    if (row < 0 || row >= rowCount())
        return;
    const bool wasComplete = complete();
    Entry& entry = m_entries[std::size_t(row)];
    entry.answer = kDefect;
    // A defect must be named (the stats group by it): unnamed is "other".
    entry.defectKind = kind.trimmed().isEmpty() ? QStringLiteral("other") : kind.trimmed();
    Q_EMIT dataChanged(index(row), index(row), {AnswerRole, DefectKindRole});
    if (complete() != wasComplete)
        Q_EMIT completeChanged();
}

QStringList ChecklistModel::defectKinds(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QString& key = m_entries[std::size_t(row)].item.key;
    if (key == QLatin1String("right_box_size"))
        return {QStringLiteral("box_too_big"), QStringLiteral("box_too_small")};
    if (key == QLatin1String("protection"))
        return {QStringLiteral("protection_missing")};
    if (key == QLatin1String("seal"))
        return {QStringLiteral("seal_open"), QStringLiteral("tape_torn")};
    if (key == QLatin1String("card_inserted"))
        return {QStringLiteral("card_missing")};
    if (key == QLatin1String("label_placement"))
        return {QStringLiteral("label_crooked"), QStringLiteral("label_covered")};
    // A shop's own question: the packer can still name it a defect.
    return {QStringLiteral("other")};
}

bool ChecklistModel::complete() const
{
    for (const Entry& entry : m_entries) {
        if (entry.answer.isEmpty())
            return false;
    }
    return !m_entries.empty();
}

QualityRecord ChecklistModel::record() const
{
    QualityRecord record;
    for (const Entry& entry : m_entries) {
        // Unanswered questions are left out: the domain refuses the record
        // as incomplete and says so.
        if (entry.answer.isEmpty())
            continue;
        const bool passed = entry.answer == kOk;
        record.answers.push_back(QualityAnswer{entry.item.key, passed, passed ? QString() : entry.defectKind});
    }
    return record;
}

} // namespace packdesk::app
