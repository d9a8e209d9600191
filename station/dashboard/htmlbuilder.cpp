#include "htmlbuilder.h"

namespace packdesk::dashboard {

QString HtmlBuilder::escape(const QString& value)
{
    // toHtmlEscaped covers & < > "; the apostrophe too, so that a value is
    // safe whichever quote an attribute is written with.
    return value.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

void HtmlBuilder::writeStart(const QString& tag, HtmlAttributes attributes)
{
    m_html += QLatin1Char('<') + tag;
    for (const auto& [name, value] : attributes)
        m_html += QLatin1Char(' ') + name + QLatin1String("=\"") + escape(value) + QLatin1Char('"');
}

HtmlBuilder& HtmlBuilder::open(const QString& tag, HtmlAttributes attributes)
{
    writeStart(tag, attributes);
    m_html += QLatin1Char('>');
    m_open.append(tag);
    return *this;
}

HtmlBuilder& HtmlBuilder::close()
{
    if (!m_open.isEmpty())
        m_html += QLatin1String("</") + m_open.takeLast() + QLatin1Char('>');
    return *this;
}

HtmlBuilder& HtmlBuilder::element(const QString& tag, HtmlAttributes attributes, const QString& text)
{
    writeStart(tag, attributes);
    m_html += QLatin1Char('>') + escape(text) + QLatin1String("</") + tag + QLatin1Char('>');
    return *this;
}

HtmlBuilder& HtmlBuilder::empty(const QString& tag, HtmlAttributes attributes)
{
    writeStart(tag, attributes);
    m_html += QLatin1String("/>");
    return *this;
}

HtmlBuilder& HtmlBuilder::text(const QString& value)
{
    m_html += escape(value);
    return *this;
}

HtmlBuilder& HtmlBuilder::append(const HtmlBuilder& other)
{
    m_html += other.html();
    return *this;
}

QString HtmlBuilder::html() const
{
    QString out = m_html;
    for (auto it = m_open.crbegin(); it != m_open.crend(); ++it)
        out += QLatin1String("</") + *it + QLatin1Char('>');
    return out;
}

} // namespace packdesk::dashboard
