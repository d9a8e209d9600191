#pragma once

#include "core/result.h"
#include "templatetext.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace packdesk::printing {

/// The captions of a return label in one language, from a shop's
/// label.<lang>.json (format in docs/printing-labels.md). Every key is
/// required and no other key is allowed, so a typo in a shop's file shows
/// when the label is made instead of as a missing caption on a parcel.
class LabelTemplate
{
public:
    /// The fields a caption may use: order_number, return_date, rma_code, shop_name.
    static QStringList knownFields();
    /// The keys of the file, in the order they appear on the label.
    static QStringList keys();

    /// invalid_label_template (naming the file and the key) for a missing,
    /// unknown or non-string key; unknown_field / bad_placeholder from TemplateText.
    static Result<LabelTemplate> fromJson(const QJsonObject& json, const QString& sourcePath);

    /// The caption for `key` (one of keys()) with the fields filled in;
    /// missing_field when it uses a field without a value.
    Result<QString> caption(const QString& key, const QHash<QString, QString>& values) const;

private:
    QHash<QString, TemplateText> m_captions;
};

} // namespace packdesk::printing
