#include "pagelayout.h"

namespace packdesk::dashboard {

QString PageLayout::page(const QString& title, const HtmlBuilder& body)
{
    HtmlBuilder html;
    html.open(QStringLiteral("html"), {{QStringLiteral("lang"), QStringLiteral("en")}});
    html.open(QStringLiteral("head"));
    html.empty(QStringLiteral("meta"), {{QStringLiteral("charset"), QStringLiteral("utf-8")}});
    html.empty(QStringLiteral("meta"),
               {{QStringLiteral("name"), QStringLiteral("viewport")},
                {QStringLiteral("content"), QStringLiteral("width=device-width, initial-scale=1")}});
    html.element(QStringLiteral("title"), title);
    html.empty(QStringLiteral("link"), {{QStringLiteral("rel"), QStringLiteral("stylesheet")},
                                        {QStringLiteral("href"), QLatin1String(kStylesheetPath)}});
    html.close();
    html.open(QStringLiteral("body"));
    html.append(body);
    html.close();
    html.close();
    return QStringLiteral("<!DOCTYPE html>\n") + html.html();
}

} // namespace packdesk::dashboard
