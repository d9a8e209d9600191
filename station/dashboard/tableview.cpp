#include "tableview.h"

namespace packdesk::dashboard {

HtmlBuilder TableView::render(const DataTable& table, const QString& exportQuery)
{
    HtmlBuilder html;
    html.open(QStringLiteral("section"), {{QStringLiteral("class"), QStringLiteral("table")}});
    html.open(QStringLiteral("header"));
    html.element(QStringLiteral("h2"), table.title);
    html.element(
        QStringLiteral("a"),
        {{QStringLiteral("class"), QStringLiteral("csv")},
         {QStringLiteral("href"), QStringLiteral("/dashboard/export/%1.csv?%2").arg(table.name, exportQuery)},
         {QStringLiteral("download"), table.name + QStringLiteral(".csv")}},
        QStringLiteral("CSV"));
    html.close();
    if (table.rows.isEmpty()) {
        html.element(QStringLiteral("p"), {{QStringLiteral("class"), QStringLiteral("empty")}},
                     QStringLiteral("None in this period."));
        html.close();
        return html;
    }
    html.open(QStringLiteral("div"), {{QStringLiteral("class"), QStringLiteral("scroll")}});
    html.open(QStringLiteral("table"), {{QStringLiteral("id"), QStringLiteral("table-") + table.name}});
    html.open(QStringLiteral("thead"));
    html.open(QStringLiteral("tr"));
    for (const QString& column : table.columns)
        html.element(QStringLiteral("th"), {{QStringLiteral("scope"), QStringLiteral("col")}},
                     QString(column).replace(QLatin1Char('_'), QLatin1Char(' ')));
    html.close();
    html.close();
    html.open(QStringLiteral("tbody"));
    for (const QStringList& row : table.rows) {
        html.open(QStringLiteral("tr"));
        for (const QString& cell : row)
            html.element(QStringLiteral("td"), cell);
        html.close();
    }
    html.close();
    html.close();
    html.close();
    html.close();
    return html;
}

} // namespace packdesk::dashboard
