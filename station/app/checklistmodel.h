#pragma once

#include "core/qualityrecord.h"
#include "core/shopsettings.h"

#include <QAbstractListModel>

namespace packdesk::app {

/// The packaging checklist: roles key, label (English; QML translates by
/// key), answer ("", "ok", "defect"), defectKind. Every question must be
/// answered before the record can be submitted.
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool complete READ complete NOTIFY completeChanged)
public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, AnswerRole, DefectKindRole };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A new checklist (new order or shop): all answers cleared.
    void setItems(const std::vector<ChecklistItem>& items);
    Q_INVOKABLE void answerOk(int row);
    /// kind: e.g. box_too_big, protection_missing, seal_open, card_missing, label_crooked
    Q_INVOKABLE void answerDefect(int row, const QString& kind);
    Q_INVOKABLE QStringList defectKinds(int row) const;
    bool complete() const;
    /// The answers as the domain's record (photo added by the caller).
    QualityRecord record() const;

Q_SIGNALS:
    void completeChanged();

private:
    struct Entry
    {
        ChecklistItem item;
        QString answer;
        QString defectKind;
    };
    std::vector<Entry> m_entries;
};

} // namespace packdesk::app
