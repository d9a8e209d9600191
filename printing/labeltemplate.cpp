#include "labeltemplate.h"

namespace packdesk::printing {

QStringList LabelTemplate::knownFields()
{
    return {QStringLiteral("order_number"), QStringLiteral("return_date"), QStringLiteral("rma_code"),
            QStringLiteral("shop_name")};
}

QStringList LabelTemplate::keys()
{
    return {QStringLiteral("return_to"), QStringLiteral("from"),        QStringLiteral("order"),
            QStringLiteral("return_by"), QStringLiteral("return_code"), QStringLiteral("scan_hint")};
}

Result<LabelTemplate> LabelTemplate::fromJson(const QJsonObject& json, const QString& sourcePath)
{
    const QStringList allowed = keys();
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!allowed.contains(it.key()))
            return Error{QStringLiteral("invalid_label_template"),
                         QStringLiteral("%1: \"%2\" is not a label caption. Allowed keys: %3.")
                             .arg(sourcePath, it.key(), allowed.join(QStringLiteral(", ")))};
    LabelTemplate parsed;
    for (const QString& key : allowed) {
        const QJsonValue value = json.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return Error{QStringLiteral("invalid_label_template"),
                         QStringLiteral("%1: \"%2\" is missing or not a non-empty text; every label caption is "
                                        "required.")
                             .arg(sourcePath, key)};
        auto text = TemplateText::parse(value.toString(), knownFields(), sourcePath + QStringLiteral(": ") + key);
        if (!text)
            return text.error();
        parsed.m_captions.insert(key, text.value());
    }
    return parsed;
}

Result<QString> LabelTemplate::caption(const QString& key, const QHash<QString, QString>& values) const
{
    const auto it = m_captions.constFind(key);
    if (it == m_captions.constEnd())
        return Error{QStringLiteral("invalid_label_template"),
                     QStringLiteral("The label has no caption \"%1\".").arg(key)};
    return it->render(values);
}

} // namespace packdesk::printing
