#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace packdesk::stats {

/// The nearest-rank percentile (0 < share <= 1): the value at rank
/// ceil(share * n), so it is always a value that was measured. For share 0.5
/// that is the lower middle of an even count, the codebase's median
/// convention. None for an empty list.
std::optional<qint64> percentileOf(std::vector<qint64>& values, double share);

/// The median (lower middle for an even count), or none for an empty list.
std::optional<qint64> medianOf(std::vector<qint64> values);

} // namespace packdesk::stats
