#pragma once

#include "stats/groupaccumulator.h"
#include "stats/statsreport.h"

#include <QHash>

#include <map>

namespace packdesk::stats {

/// Where a row of the read models belongs: the group keys every figure is split by.
struct RowOrigin
{
    QString shop;
    QString station;
    QString packer;
    qint64 atMs = 0; ///< session end, reprint time, or the start of the rollup's hour
};

/// Which of a report's groups a rollup row feeds: the rollup without shops
/// feeds all but the shop column, the one per shop only that.
enum GroupSet : unsigned {
    TotalsGroup = 1,
    PackerGroup = 2,
    StationGroup = 4,
    ShopGroup = 8,
    HourOfDayGroup = 16,
    AllGroups = 31,
};

/// Collects session facts, hourly rollups, reprints and webhook rows into one
/// StatsReport: totals, every group, the throughput series and the Paretos.
class ReportBuilder
{
public:
    ReportBuilder(const StatsFilter& filter, qint64 throughputBucketMs, QHash<QString, QString> packerNames);

    void addSession(const RowOrigin& origin, const FactCounts& counts, std::optional<qint64> durationMs);
    /// Totals include the throughput.
    void addHour(const RowOrigin& origin, const FactCounts& counts, const QByteArray& durations, unsigned groups);
    void addReprint(const RowOrigin& origin);
    void addException(const QString& reason, int count);
    void addDefect(const QString& kind, int count);

    void addDeliveredWebhook(qint64 lagMs);
    void addDeliveredWebhooks(int count, const QByteArray& lags);
    void addDeadWebhooks(int count) { m_webhooks.deadLettered += count; }
    void addPendingWebhooks(int count) { m_webhooks.pending += count; }

    StatsReport finish();

private:
    template<typename AddTo>
    void forEachGroup(const RowOrigin& origin, AddTo&& addTo, unsigned groups = AllGroups);
    void addThroughput(qint64 atMs, const FactCounts& counts);
    std::vector<GroupFigures> groups(const QHash<QString, GroupAccumulator>& accumulators, bool named) const;
    static std::vector<ParetoEntry> pareto(const std::map<QString, int>& counts);

    StatsReport m_report;
    QHash<QString, QString> m_packerNames;
    GroupAccumulator m_totals;
    // Hashed: a long report looks a group up several hundred thousand times.
    QHash<QString, GroupAccumulator> m_byPacker;
    QHash<QString, GroupAccumulator> m_byStation;
    QHash<QString, GroupAccumulator> m_byShop;
    QHash<QString, GroupAccumulator> m_byHourOfDay;
    std::map<QString, int> m_exceptions;
    std::map<QString, int> m_defects;
    WebhookFigures m_webhooks;
    std::vector<qint64> m_exactLags;
    DurationHistogram m_lags;
    bool m_lagsBucketed = false;
};

} // namespace packdesk::stats
