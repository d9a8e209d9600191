#include "percentile.h"

#include <algorithm>
#include <cmath>

namespace packdesk::stats {

std::optional<qint64> percentileOf(std::vector<qint64>& values, double share)
{
    if (values.empty())
        return std::nullopt;
    const auto rank = static_cast<std::size_t>(std::ceil(share * double(values.size())));
    const auto index = std::clamp<std::size_t>(rank, 1, values.size()) - 1;
    std::nth_element(values.begin(), values.begin() + qint64(index), values.end());
    return values[index];
}

std::optional<qint64> medianOf(std::vector<qint64> values)
{
    return percentileOf(values, 0.5);
}

} // namespace packdesk::stats
