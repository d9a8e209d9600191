#pragma once

#include "stats/statsreport.h"

#include <QString>
#include <QStringList>

namespace packdesk::dashboard {

/// The dashboard's filters as they travel in the URL
/// (?range=7d or ?from=2026-11-01&to=2026-11-24, shop=, station=, packer=;
/// repeat a key for several values). Dates are whole UTC days, both ends
/// included. The page's form, the quick-range links and the CSV export
/// links all write it, so an export gives exactly what the page shows.
struct DashboardQuery
{
    QString range; ///< "today", "7d", "30d", "90d"; wins over from/to
    QString from;  ///< yyyy-MM-dd
    QString to;    ///< yyyy-MM-dd
    QStringList shops;
    QStringList stations;
    QStringList packers;

    static QStringList quickRanges()
    {
        return {QStringLiteral("today"), QStringLiteral("7d"), QStringLiteral("30d"), QStringLiteral("90d")};
    }

    /// From a raw query string; unknown keys are ignored, bad dates fall back to the last 7 days.
    static DashboardQuery parse(const QString& rawQuery, qint64 nowMs);
    /// The period and choices for StatsQueries::report.
    stats::StatsFilter toFilter() const;
    /// The same query with another range (the quick-range links).
    DashboardQuery withRange(const QString& quickRange, qint64 nowMs) const;
    /// Encoded for a URL (no leading '?').
    QString toQueryString() const;
};

} // namespace packdesk::dashboard
