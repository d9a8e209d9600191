#include "dashboardquery.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QUrlQuery>

namespace packdesk::dashboard {

namespace {
constexpr qint64 kDayMs = 86'400'000;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QDate todayUtc(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
}

qint64 startOfDayMs(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QStringList nonEmpty(const QStringList& values)
{
    QStringList out;
    for (const QString& value : values) {
        if (!value.trimmed().isEmpty())
            out << value.trimmed();
    }
    return out;
}
} // namespace

DashboardQuery DashboardQuery::withRange(const QString& quickRange, qint64 nowMs) const
{
    DashboardQuery query = *this;
    const QDate today = todayUtc(nowMs);
    int days = 7;
    if (quickRange == QLatin1String("today"))
        days = 1;
    else if (quickRange == QLatin1String("30d"))
        days = 30;
    else if (quickRange == QLatin1String("90d"))
        days = 90;
    query.range = quickRanges().contains(quickRange) ? quickRange : QStringLiteral("7d");
    query.from = today.addDays(1 - days).toString(kDateFormat);
    query.to = today.toString(kDateFormat);
    return query;
}

DashboardQuery DashboardQuery::parse(const QString& rawQuery, qint64 nowMs)
{
    // Forms send spaces as '+', which QUrlQuery leaves alone.
    QString raw = rawQuery;
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    const QUrlQuery url(raw);
    DashboardQuery query;
    auto values = [&url](const char* key) {
        return nonEmpty(url.allQueryItemValues(QLatin1String(key), QUrl::FullyDecoded));
    };
    query.shops = values("shop");
    query.stations = values("station");
    query.packers = values("packer");
    const QString range = url.queryItemValue(QStringLiteral("range"), QUrl::FullyDecoded);
    const QDate from =
        QDate::fromString(url.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded), kDateFormat);
    const QDate to =
        QDate::fromString(url.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), kDateFormat);
    if (!quickRanges().contains(range) && from.isValid() && to.isValid() && from <= to) {
        query.from = from.toString(kDateFormat);
        query.to = to.toString(kDateFormat);
        return query;
    }
    return query.withRange(range, nowMs);
}

stats::StatsFilter DashboardQuery::toFilter() const
{
    stats::StatsFilter filter;
    filter.fromMs = startOfDayMs(QDate::fromString(from, kDateFormat));
    filter.toMs = startOfDayMs(QDate::fromString(to, kDateFormat)) + kDayMs;
    filter.shops = shops;
    filter.stations = stations;
    filter.packers = packers;
    return filter;
}

QString DashboardQuery::toQueryString() const
{
    // Encoded by hand: QUrlQuery leaves '&', '=' and '+' inside values as they are.
    QStringList items;
    auto add = [&items](const char* key, const QString& value) {
        items << QLatin1String(key) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    if (!range.isEmpty()) {
        add("range", range);
    } else {
        add("from", from);
        add("to", to);
    }
    for (const QString& shop : shops)
        add("shop", shop);
    for (const QString& station : stations)
        add("station", station);
    for (const QString& packer : packers)
        add("packer", packer);
    return items.join(QLatin1Char('&'));
}

} // namespace packdesk::dashboard
