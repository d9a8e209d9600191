#include "templatetext.h"

namespace packdesk::printing {

Result<TemplateText> TemplateText::parse(const QString& text, const QStringList& knownFields, const QString& where)
{
    TemplateText parsed;
    parsed.m_where = where;
    QString literal;
    const auto badPlaceholder = [&](qsizetype at, const QString& why) {
        return Error{QStringLiteral("bad_placeholder"),
                     QStringLiteral("%1: %2 at character %3. Write {field} for a value, {{ and }} for braces.")
                         .arg(where, why)
                         .arg(at + 1)};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
                literal += c;
                ++i;
                continue;
            }
            return badPlaceholder(i, QStringLiteral("a } without its {"));
        }
        if (c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return badPlaceholder(i, QStringLiteral("a { that is never closed"));
        const QString field = text.mid(i + 1, close - i - 1).trimmed();
        if (!knownFields.contains(field))
            return Error{QStringLiteral("unknown_field"),
                         QStringLiteral("%1: {%2} is not a field this document knows. Known fields: %3.")
                             .arg(where, field, knownFields.join(QStringLiteral(", ")))};
        if (!literal.isEmpty())
            parsed.m_parts.push_back({literal, false});
        literal.clear();
        parsed.m_parts.push_back({field, true});
        i = close;
    }
    if (!literal.isEmpty())
        parsed.m_parts.push_back({literal, false});
    return parsed;
}

QStringList TemplateText::fields() const
{
    QStringList fields;
    for (const Part& part : m_parts)
        if (part.isField && !fields.contains(part.text))
            fields << part.text;
    return fields;
}

Result<QString> TemplateText::render(const QHash<QString, QString>& values) const
{
    QString out;
    for (const Part& part : m_parts) {
        if (!part.isField) {
            out += part.text;
            continue;
        }
        const QString value = plainValue(values.value(part.text));
        if (value.isEmpty())
            return Error{QStringLiteral("missing_field"),
                         QStringLiteral("%1 uses {%2}, but this order has no value for it. Add it to the order or "
                                        "change the template.")
                             .arg(m_where, part.text)};
        out += value;
    }
    return out;
}

QString TemplateText::plainValue(const QString& value)
{
    QString plain;
    plain.reserve(value.size());
    for (const QChar c : value) {
        // Line and paragraph separators and every other control or format
        // character (bidi overrides included) could move text around.
        const QChar::Category category = c.category();
        const bool breaksLayout = category == QChar::Other_Control || category == QChar::Other_Format
                                  || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
        plain += breaksLayout ? QLatin1Char(' ') : c;
    }
    return plain.simplified();
}

} // namespace packdesk::printing
