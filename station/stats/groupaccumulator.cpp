#include "groupaccumulator.h"

#include "stats/percentile.h"

#include <algorithm>

namespace packdesk::stats {

void GroupAccumulator::addCounts(const FactCounts& counts)
{
    m_figures.ordersPacked += counts.orders;
    m_figures.itemsPacked += counts.items;
    m_figures.itemsScanned += counts.itemsScanned;
    m_figures.misScans += counts.misScans;
    m_figures.weightCheckFailures += counts.weightFailures;
    m_figures.overrides += counts.overrides;
    m_figures.exceptions += counts.exceptions;
    m_figures.packagingDefects += counts.defects;
    m_figures.printFailures += counts.printFailures;
    if (counts.orders > 0 && (m_hoursWithOrders.empty() || m_hoursWithOrders.back() != counts.hourStartMs))
        m_hoursWithOrders.push_back(counts.hourStartMs);
}

void GroupAccumulator::addSession(const FactCounts& counts, std::optional<qint64> durationMs)
{
    addCounts(counts);
    if (durationMs) {
        m_exactDurations.push_back(*durationMs);
        m_durations.add(*durationMs);
    }
}

void GroupAccumulator::addHour(const FactCounts& counts, const QByteArray& durations)
{
    addCounts(counts);
    if (!durations.isEmpty()) {
        m_durations.addEncoded(durations);
        m_bucketed = true;
    }
}

StatsFigures GroupAccumulator::figures() const
{
    StatsFigures figures = m_figures;
    std::vector<qint64> distinct = m_hoursWithOrders;
    std::sort(distinct.begin(), distinct.end());
    const auto hours = double(std::unique(distinct.begin(), distinct.end()) - distinct.begin());
    if (hours > 0) {
        figures.ordersPerHour = figures.ordersPacked / hours;
        figures.itemsPerHour = figures.itemsPacked / hours;
    }
    if (figures.itemsScanned > 0)
        figures.misScansPer100Items = 100.0 * figures.misScans / figures.itemsScanned;
    if (m_bucketed) {
        figures.medianPackMs = m_durations.percentile(0.5);
        figures.p90PackMs = m_durations.percentile(0.9);
    } else {
        std::vector<qint64> values = m_exactDurations;
        figures.medianPackMs = percentileOf(values, 0.5);
        figures.p90PackMs = percentileOf(values, 0.9);
    }
    return figures;
}

} // namespace packdesk::stats
