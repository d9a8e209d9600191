#pragma once

#include "domainevent.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace packdesk {

/// Orders one packer packed in one clock hour (UTC).
struct HourlyCount
{
    QString packer;
    qint64 hourStartMs = 0;
    int orders = 0;
    int items = 0;
};

struct PackerSummary
{
    QString packer;
    int orders = 0;
    int items = 0;
    std::optional<qint64> medianPackMs; ///< none when the packer packed nothing
};

/// The headline numbers computed from the event log of a period.
struct PackingStats
{
    std::vector<HourlyCount> hourly;    ///< by packer, then hour
    std::vector<PackerSummary> packers; ///< by packer badge
    int ordersPacked = 0;
    std::optional<qint64> medianPackMs;
    std::map<QString, int> exceptionsByReason;

    /// From order.packed and order.exception events; others are ignored.
    static PackingStats compute(const DomainEvents& events);
    QJsonObject toJson() const;
};

/// The median of a list of durations (the lower middle for an even count, so
/// the value is always one that was measured), or none for an empty list.
std::optional<qint64> medianOf(std::vector<qint64> values);

} // namespace packdesk
