#include "filterform.h"

namespace packdesk::dashboard {

namespace {
void addSelect(HtmlBuilder& form, const QString& name, const QString& label, const QStringList& values,
               const QStringList& labels, const QStringList& selected)
{
    form.open(QStringLiteral("label"));
    form.text(label);
    form.open(QStringLiteral("select"),
              {{QStringLiteral("name"), name}, {QStringLiteral("id"), QStringLiteral("filter-") + name}});
    form.element(QStringLiteral("option"), {{QStringLiteral("value"), QString()}}, QStringLiteral("All"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString& value = values.at(i);
        const QString text = i < labels.size() && !labels.at(i).isEmpty()
                                 ? QStringLiteral("%1 (%2)").arg(labels.at(i), value)
                                 : value;
        if (selected.contains(value))
            form.element(
                QStringLiteral("option"),
                {{QStringLiteral("value"), value}, {QStringLiteral("selected"), QStringLiteral("selected")}},
                text);
        else
            form.element(QStringLiteral("option"), {{QStringLiteral("value"), value}}, text);
    }
    form.close();
    form.close();
}

void addDate(HtmlBuilder& form, const QString& name, const QString& label, const QString& value)
{
    form.open(QStringLiteral("label"));
    form.text(label);
    form.empty(QStringLiteral("input"), {{QStringLiteral("type"), QStringLiteral("date")},
                                         {QStringLiteral("name"), name},
                                         {QStringLiteral("id"), QStringLiteral("filter-") + name},
                                         {QStringLiteral("value"), value}});
    form.close();
}
} // namespace

HtmlBuilder FilterForm::render(const DashboardQuery& query, const stats::FilterChoices& choices, qint64 nowMs)
{
    HtmlBuilder html;
    html.open(QStringLiteral("form"), {{QStringLiteral("class"), QStringLiteral("filters")},
                                       {QStringLiteral("method"), QStringLiteral("get")},
                                       {QStringLiteral("action"), QStringLiteral("/dashboard")}});
    addDate(html, QStringLiteral("from"), QStringLiteral("From"), query.from);
    addDate(html, QStringLiteral("to"), QStringLiteral("To"), query.to);
    addSelect(html, QStringLiteral("shop"), QStringLiteral("Shop"), choices.shops, {}, query.shops);
    addSelect(html, QStringLiteral("station"), QStringLiteral("Station"), choices.stations, {},
              query.stations);
    addSelect(html, QStringLiteral("packer"), QStringLiteral("Packer"), choices.packers, choices.packerNames,
              query.packers);
    html.element(
        QStringLiteral("button"),
        {{QStringLiteral("type"), QStringLiteral("submit")}, {QStringLiteral("id"), QStringLiteral("apply")}},
        QStringLiteral("Apply"));
    html.close();

    html.open(QStringLiteral("nav"), {{QStringLiteral("class"), QStringLiteral("ranges")}});
    static const QStringList kLabels = {QStringLiteral("Today"), QStringLiteral("7 days"),
                                        QStringLiteral("30 days"), QStringLiteral("90 days")};
    const QStringList ranges = DashboardQuery::quickRanges();
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const DashboardQuery ranged = query.withRange(ranges.at(i), nowMs);
        const bool current = query.range == ranges.at(i);
        html.element(QStringLiteral("a"),
                     {{QStringLiteral("href"), QStringLiteral("/dashboard?") + ranged.toQueryString()},
                      {QStringLiteral("class"), current ? QStringLiteral("current") : QString()}},
                     kLabels.at(i));
    }
    html.close();
    return html;
}

} // namespace packdesk::dashboard
