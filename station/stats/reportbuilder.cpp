#include "reportbuilder.h"

#include "stats/percentile.h"

#include <algorithm>
#include <array>

namespace packdesk::stats {

namespace {
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

const QString& hourOfDay(qint64 atMs)
{
    // Made once: formatting a label per row was a tenth of a long report's time.
    static const std::array<QString, 24> kLabels = [] {
        std::array<QString, 24> labels;
        for (int h = 0; h < 24; ++h)
            labels[std::size_t(h)] = QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        return labels;
    }();
    return kLabels[std::size_t(((atMs % kDayMs) + kDayMs) % kDayMs / kHourMs)];
}

qint64 floorTo(qint64 ms, qint64 step)
{
    return ms - (((ms % step) + step) % step);
}
} // namespace

ReportBuilder::ReportBuilder(const StatsFilter& filter, qint64 throughputBucketMs, QHash<QString, QString> packerNames)
    : m_packerNames(std::move(packerNames))
{
    m_report.filter = filter;
    m_report.throughputBucketMs = throughputBucketMs;
    for (qint64 start = floorTo(filter.fromMs, throughputBucketMs); start < filter.toMs; start += throughputBucketMs)
        m_report.throughput.push_back(ThroughputPoint{start, 0, 0});
}

template<typename AddTo>
void ReportBuilder::forEachGroup(const RowOrigin& origin, AddTo&& addTo, unsigned groups)
{
    if (groups & TotalsGroup)
        addTo(m_totals);
    if (groups & PackerGroup)
        addTo(m_byPacker[origin.packer]);
    if (groups & StationGroup)
        addTo(m_byStation[origin.station]);
    if (groups & ShopGroup)
        addTo(m_byShop[origin.shop]);
    if (groups & HourOfDayGroup)
        addTo(m_byHourOfDay[hourOfDay(origin.atMs)]);
}

void ReportBuilder::addThroughput(qint64 atMs, const FactCounts& counts)
{
    if (counts.orders == 0 || m_report.throughput.empty())
        return;
    const qint64 index = (atMs - m_report.throughput.front().startMs) / m_report.throughputBucketMs;
    if (index < 0 || index >= qint64(m_report.throughput.size()))
        return;
    m_report.throughput[std::size_t(index)].ordersPacked += counts.orders;
    m_report.throughput[std::size_t(index)].itemsPacked += counts.items;
}

void ReportBuilder::addSession(const RowOrigin& origin, const FactCounts& counts, std::optional<qint64> durationMs)
{
    forEachGroup(origin, [&](GroupAccumulator& group) { group.addSession(counts, durationMs); });
    addThroughput(origin.atMs, counts);
}

void ReportBuilder::addHour(const RowOrigin& origin, const FactCounts& counts, const QByteArray& durations,
                            unsigned groups)
{
    forEachGroup(origin, [&](GroupAccumulator& group) { group.addHour(counts, durations); }, groups);
    if (groups & TotalsGroup)
        addThroughput(origin.atMs, counts);
}

void ReportBuilder::addReprint(const RowOrigin& origin)
{
    forEachGroup(origin, [](GroupAccumulator& group) { group.addReprint(); });
}

void ReportBuilder::addException(const QString& reason, int count)
{
    m_exceptions[reason] += count;
}

void ReportBuilder::addDefect(const QString& kind, int count)
{
    m_defects[kind] += count;
}

void ReportBuilder::addDeliveredWebhook(qint64 lagMs)
{
    ++m_webhooks.delivered;
    m_exactLags.push_back(lagMs);
    m_lags.add(lagMs);
}

void ReportBuilder::addDeliveredWebhooks(int count, const QByteArray& lags)
{
    m_webhooks.delivered += count;
    if (!lags.isEmpty()) {
        m_lags.addEncoded(lags);
        m_lagsBucketed = true;
    }
}

std::vector<GroupFigures> ReportBuilder::groups(const QHash<QString, GroupAccumulator>& accumulators, bool named) const
{
    std::vector<GroupFigures> out;
    out.reserve(std::size_t(accumulators.size()));
    for (auto it = accumulators.cbegin(); it != accumulators.cend(); ++it) {
        const QString label = named ? m_packerNames.value(it.key(), it.key()) : it.key();
        out.push_back(GroupFigures{it.key(), label, it.value().figures()});
    }
    std::sort(out.begin(), out.end(), [](const GroupFigures& a, const GroupFigures& b) { return a.key < b.key; });
    return out;
}

std::vector<ParetoEntry> ReportBuilder::pareto(const std::map<QString, int>& counts)
{
    std::vector<ParetoEntry> entries;
    int total = 0;
    for (const auto& [kind, count] : counts) {
        if (count <= 0)
            continue;
        entries.push_back(ParetoEntry{kind, count, 0});
        total += count;
    }
    // std::map gives them by name; a stable sort by count keeps names ascending on ties.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ParetoEntry& a, const ParetoEntry& b) { return a.count > b.count; });
    int running = 0;
    for (auto& entry : entries) {
        running += entry.count;
        entry.cumulativeShare = double(running) / total;
    }
    return entries;
}

StatsReport ReportBuilder::finish()
{
    m_report.totals = m_totals.figures();
    m_report.byPacker = groups(m_byPacker, true);
    m_report.byStation = groups(m_byStation, false);
    m_report.byShop = groups(m_byShop, false);
    m_report.byHourOfDay = groups(m_byHourOfDay, false);
    m_report.exceptionsByReason = pareto(m_exceptions);
    m_report.defectsByKind = pareto(m_defects);
    if (m_lagsBucketed) {
        m_webhooks.medianLagMs = m_lags.percentile(0.5);
        m_webhooks.p90LagMs = m_lags.percentile(0.9);
    } else {
        m_webhooks.medianLagMs = percentileOf(m_exactLags, 0.5);
        m_webhooks.p90LagMs = percentileOf(m_exactLags, 0.9);
    }
    m_report.webhooks = m_webhooks;
    return std::move(m_report);
}

} // namespace packdesk::stats
