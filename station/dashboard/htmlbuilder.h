#pragma once

#include <QString>
#include <QStringList>
#include <initializer_list>
#include <utility>

namespace packdesk::dashboard {

/// One attribute of an element; the value is escaped when written.
using HtmlAttribute = std::pair<QString, QString>;
using HtmlAttributes = std::initializer_list<HtmlAttribute>;

/// Builds HTML (and the inline SVG inside it) with escaping by default:
/// every text and every attribute value goes through toHtmlEscaped, so no
/// call site can forget it. Markup only enters through tag names, which
/// are code, or through another HtmlBuilder (append), which escaped its own
/// values. Customers' and packers' names are shown as text, never run.
class HtmlBuilder
{
public:
    /// <tag attr="value" ...>; close it with close().
    HtmlBuilder& open(const QString& tag, HtmlAttributes attributes = {});
    HtmlBuilder& close();
    /// <tag ...>text</tag>
    HtmlBuilder& element(const QString& tag, HtmlAttributes attributes, const QString& text);
    HtmlBuilder& element(const QString& tag, const QString& text) { return element(tag, {}, text); }
    /// <tag .../> (SVG) or a void HTML element (<input>, <meta>, <link>).
    HtmlBuilder& empty(const QString& tag, HtmlAttributes attributes = {});
    /// Escaped text.
    HtmlBuilder& text(const QString& text);
    /// Markup built by another builder (already escaped).
    HtmlBuilder& append(const HtmlBuilder& other);
    /// The markup; elements still open are closed.
    QString html() const;

    /// Escapes & < > " ' for text and double-quoted attribute values.
    static QString escape(const QString& value);

private:
    void writeStart(const QString& tag, HtmlAttributes attributes);

    QString m_html;
    QStringList m_open;
};

} // namespace packdesk::dashboard
