#include "packingstats.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace packdesk {

namespace {
constexpr qint64 kHourMs = 3'600'000;

int itemsIn(const DomainEvent& packed)
{
    int items = 0;
    for (const auto& item : packed.details.value(QStringLiteral("items")).toArray())
        items += item.toObject().value(QStringLiteral("quantity")).toInt();
    return items;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

std::optional<qint64> medianOf(std::vector<qint64> values)
{
    if (values.empty())
        return std::nullopt;
    const auto middle = values.begin() + (values.size() - 1) / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

PackingStats PackingStats::compute(const DomainEvents& events)
{
    PackingStats stats;
    std::map<std::pair<QString, qint64>, HourlyCount> hourly;
    std::map<QString, std::vector<qint64>> durationsByPacker;
    std::map<QString, PackerSummary> packers;
    std::vector<qint64> allDurations;

    for (const auto& event : events) {
        if (event.type == EventTypes::OrderPacked) {
            const qint64 hour = event.atMs - event.atMs % kHourMs;
            const int items = itemsIn(event);
            auto& count = hourly[{event.packer, hour}];
            count.packer = event.packer;
            count.hourStartMs = hour;
            ++count.orders;
            count.items += items;
            auto& summary = packers[event.packer];
            summary.packer = event.packer;
            ++summary.orders;
            summary.items += items;
            const qint64 duration = event.details.value(QStringLiteral("duration_ms")).toInteger(-1);
            if (duration >= 0) {
                durationsByPacker[event.packer].push_back(duration);
                allDurations.push_back(duration);
            }
            ++stats.ordersPacked;
        } else if (event.type == EventTypes::OrderException) {
            ++stats.exceptionsByReason[event.details.value(QStringLiteral("reason")).toString()];
            packers[event.packer].packer = event.packer;
        }
    }
    for (auto& [key, count] : hourly)
        stats.hourly.push_back(count);
    for (auto& [badge, summary] : packers) {
        summary.medianPackMs = medianOf(durationsByPacker[badge]);
        stats.packers.push_back(summary);
    }
    stats.medianPackMs = medianOf(std::move(allDurations));
    return stats;
}

QJsonObject PackingStats::toJson() const
{
    QJsonArray hourlyJson;
    for (const auto& row : hourly) {
        hourlyJson.append(QJsonObject{{QStringLiteral("packer"), row.packer},
                                      {QStringLiteral("hour"), isoUtc(row.hourStartMs)},
                                      {QStringLiteral("orders"), row.orders},
                                      {QStringLiteral("items"), row.items}});
    }
    QJsonArray packerJson;
    for (const auto& row : packers) {
        QJsonObject item{{QStringLiteral("packer"), row.packer},
                         {QStringLiteral("orders"), row.orders},
                         {QStringLiteral("items"), row.items}};
        item.insert(QStringLiteral("median_pack_ms"), row.medianPackMs ? QJsonValue(*row.medianPackMs) : QJsonValue());
        packerJson.append(item);
    }
    QJsonObject exceptions;
    for (const auto& [reason, count] : exceptionsByReason)
        exceptions.insert(reason, count);
    return QJsonObject{
        {QStringLiteral("orders_packed"), ordersPacked},
        {QStringLiteral("median_pack_ms"), medianPackMs ? QJsonValue(*medianPackMs) : QJsonValue()},
        {QStringLiteral("per_packer"), packerJson},
        {QStringLiteral("per_packer_hour"), hourlyJson},
        {QStringLiteral("exceptions_by_reason"), exceptions},
    };
}

} // namespace packdesk
