#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace packdesk::printing {

/// One text of a template file with {field} placeholders, e.g.
/// "Thank you, {first_name}!". "{{" and "}}" stand for literal braces.
///
/// Checked twice, so nothing half-filled is ever printed: parse() refuses a
/// placeholder that names no known field (a typo in a shop's template shows
/// when the template is loaded), render() refuses a field whose value is
/// missing. Values are plain text, never markup: a line break or control
/// character in a value becomes a space, so a customer's name cannot add
/// lines or move anything on the page (renderers draw text as text; the ZPL
/// renderer escapes its own command characters).
class TemplateText
{
public:
    /// `where` names the text in messages, e.g. "card.nl.json: greeting".
    /// unknown_field / bad_placeholder on a bad template.
    static Result<TemplateText> parse(const QString& text, const QStringList& knownFields, const QString& where);

    /// The fields the text refers to, in order of first use.
    QStringList fields() const;
    /// missing_field naming the field and the text when a referenced value
    /// is absent or blank.
    Result<QString> render(const QHash<QString, QString>& values) const;
    const QString& where() const { return m_where; }

    /// A value made safe to place in running text (see the class comment).
    static QString plainValue(const QString& value);

private:
    struct Part
    {
        QString text;
        bool isField = false;
    };
    std::vector<Part> m_parts;
    QString m_where;
};

} // namespace packdesk::printing
