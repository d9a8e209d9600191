#pragma once

#include "core/scale.h"

#include <cstdint>
#include <deque>

namespace packdesk::devices {

/// Decides stability for scales without a stable flag: the weight is stable
/// once every reading of the last `forMs` lies within `bandGrams` of each
/// other (and readings cover at least that long).
class StabilityDetector
{
public:
    StabilityDetector(double bandGrams, int forMs);

    /// Adds a reading; returns whether the weight is stable now.
    bool add(double grams, std::int64_t atMs);
    /// One poll of a scale: the device's own flag when it has one, else this
    /// detector's rule; a failed poll is never stable and starts over (the
    /// readings before and after a failure are not one steady load).
    bool judge(const ScaleReading& reading, std::int64_t atMs);
    void reset();
    bool stable() const { return m_stable; }

private:
    struct Sample
    {
        double grams;
        std::int64_t atMs;
    };
    double m_bandGrams;
    int m_forMs;
    std::deque<Sample> m_samples;
    bool m_stable = false;
};

} // namespace packdesk::devices
