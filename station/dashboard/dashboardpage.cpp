#include "dashboardpage.h"

#include "filterform.h"
#include "htmlbuilder.h"
#include "pagelayout.h"
#include "paretochart.h"
#include "reporttables.h"
#include "tableview.h"
#include "throughputchart.h"

namespace packdesk::dashboard {

namespace {
HtmlBuilder header(const QString& leadName)
{
    HtmlBuilder html;
    html.open(QStringLiteral("header"), {{QStringLiteral("class"), QStringLiteral("top")}});
    html.element(QStringLiteral("h1"), QStringLiteral("Packdesk dashboard"));
    html.element(QStringLiteral("span"), {{QStringLiteral("class"), QStringLiteral("who")}},
                 QStringLiteral("Signed in: %1").arg(leadName));
    html.open(QStringLiteral("form"), {{QStringLiteral("method"), QStringLiteral("post")},
                                       {QStringLiteral("action"), QStringLiteral("/dashboard/logout")}});
    html.element(QStringLiteral("button"), {{QStringLiteral("type"), QStringLiteral("submit")}},
                 QStringLiteral("Sign out"));
    html.close();
    html.close();
    return html;
}

void addTile(HtmlBuilder& html, const QString& key, const QString& label, const QString& value)
{
    html.open(QStringLiteral("div"),
              {{QStringLiteral("class"), QStringLiteral("tile")}, {QStringLiteral("data-kpi"), key}});
    html.element(QStringLiteral("span"), {{QStringLiteral("class"), QStringLiteral("value")}},
                 value.isEmpty() ? QStringLiteral("-") : value);
    html.element(QStringLiteral("span"), {{QStringLiteral("class"), QStringLiteral("name")}}, label);
    html.close();
}

HtmlBuilder tiles(const stats::StatsFigures& totals, const stats::WebhookFigures& webhooks)
{
    HtmlBuilder html;
    html.open(QStringLiteral("section"), {{QStringLiteral("class"), QStringLiteral("tiles")}});
    addTile(html, QStringLiteral("orders_packed"), QStringLiteral("Orders packed"),
            QString::number(totals.ordersPacked));
    addTile(html, QStringLiteral("items_packed"), QStringLiteral("Items packed"),
            QString::number(totals.itemsPacked));
    addTile(html, QStringLiteral("orders_per_hour"), QStringLiteral("Orders per hour"),
            ReportTables::decimal(totals.ordersPerHour));
    addTile(html, QStringLiteral("median_pack_s"), QStringLiteral("Median pack time (s)"),
            ReportTables::seconds(totals.medianPackMs));
    addTile(html, QStringLiteral("p90_pack_s"), QStringLiteral("p90 pack time (s)"),
            ReportTables::seconds(totals.p90PackMs));
    addTile(html, QStringLiteral("mis_scans_per_100_items"), QStringLiteral("Mis-scans per 100 items"),
            ReportTables::decimal(totals.misScansPer100Items, 2));
    addTile(html, QStringLiteral("exceptions"), QStringLiteral("Exceptions"),
            QString::number(totals.exceptions));
    addTile(html, QStringLiteral("packaging_defects"), QStringLiteral("Packaging defects"),
            QString::number(totals.packagingDefects));
    addTile(html, QStringLiteral("weight_check_failures"), QStringLiteral("Weight check failures"),
            QString::number(totals.weightCheckFailures));
    addTile(html, QStringLiteral("reprints"), QStringLiteral("Reprints"), QString::number(totals.reprints));
    addTile(html, QStringLiteral("webhook_median_lag_s"), QStringLiteral("Webhook median lag (s)"),
            ReportTables::seconds(webhooks.medianLagMs));
    addTile(html, QStringLiteral("dead_letters"), QStringLiteral("Webhook dead letters"),
            QString::number(webhooks.deadLettered));
    html.close();
    return html;
}

HtmlBuilder chartSection(const QString& title, const HtmlBuilder& chart, const QString& csvLink = {})
{
    HtmlBuilder html;
    html.open(QStringLiteral("section"), {{QStringLiteral("class"), QStringLiteral("chart")}});
    html.open(QStringLiteral("header"));
    html.element(QStringLiteral("h2"), title);
    if (!csvLink.isEmpty())
        html.element(QStringLiteral("a"),
                     {{QStringLiteral("class"), QStringLiteral("csv")}, {QStringLiteral("href"), csvLink}},
                     QStringLiteral("CSV"));
    html.close();
    html.append(chart);
    html.close();
    return html;
}
} // namespace

QString DashboardPage::render(const stats::StatsReport& report, const stats::FilterChoices& choices,
                              const DashboardQuery& query, const QString& leadName, qint64 nowMs)
{
    const QString exportQuery = query.toQueryString();
    HtmlBuilder body;
    body.append(header(leadName));
    body.open(QStringLiteral("main"));
    body.append(FilterForm::render(query, choices, nowMs));
    body.element(QStringLiteral("p"), {{QStringLiteral("class"), QStringLiteral("period")}},
                 QStringLiteral("%1 to %2 (UTC)").arg(query.from, query.to));
    body.append(tiles(report.totals, report.webhooks));
    body.append(chartSection(QStringLiteral("Orders packed over time"),
                             ThroughputChart::render(report.throughput, report.throughputBucketMs),
                             QStringLiteral("/dashboard/export/throughput.csv?") + exportQuery));
    for (const DataTable& table : ReportTables::all(report)) {
        // One row per hour or day: the chart shows it, the CSV has the figures.
        if (table.name == QLatin1String("throughput"))
            continue;
        if (table.name == QLatin1String("exceptions"))
            body.append(chartSection(
                QStringLiteral("Exceptions by reason (Pareto)"),
                ParetoChart::render(report.exceptionsByReason, QStringLiteral("Exceptions by reason"))));
        if (table.name == QLatin1String("defects"))
            body.append(chartSection(
                QStringLiteral("Packaging defects (Pareto)"),
                ParetoChart::render(report.defectsByKind, QStringLiteral("Packaging defects by kind"))));
        body.append(TableView::render(table, exportQuery));
    }
    body.close();
    return PageLayout::page(QStringLiteral("Packdesk dashboard"), body);
}

QString DashboardPage::renderError(const QString& message, const QString& leadName)
{
    HtmlBuilder body;
    body.append(header(leadName));
    body.open(QStringLiteral("main"));
    body.element(QStringLiteral("p"),
                 {{QStringLiteral("class"), QStringLiteral("error")},
                  {QStringLiteral("role"), QStringLiteral("alert")}},
                 message);
    body.element(QStringLiteral("a"), {{QStringLiteral("href"), QStringLiteral("/dashboard")}},
                 QStringLiteral("Back to the last 7 days"));
    body.close();
    return PageLayout::page(QStringLiteral("Packdesk dashboard"), body);
}

} // namespace packdesk::dashboard
