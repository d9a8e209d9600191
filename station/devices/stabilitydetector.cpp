#include "stabilitydetector.h"

#include <algorithm>

namespace packdesk::devices {

StabilityDetector::StabilityDetector(double bandGrams, int forMs) : m_bandGrams(bandGrams), m_forMs(forMs) {}

bool StabilityDetector::add(double grams, std::int64_t atMs)
{
    m_samples.push_back(Sample{grams, atMs});
    // Keep the newest sample that is at least forMs old: it proves the
    // window is covered.
    while (m_samples.size() > 1 && atMs - m_samples[1].atMs >= m_forMs)
        m_samples.pop_front();
    const bool covered = atMs - m_samples.front().atMs >= m_forMs;
    const auto [low, high] = std::minmax_element(m_samples.begin(), m_samples.end(),
                                                 [](const Sample& a, const Sample& b) { return a.grams < b.grams; });
    m_stable = covered && high->grams - low->grams <= m_bandGrams;
    return m_stable;
}

bool StabilityDetector::judge(const ScaleReading& reading, std::int64_t atMs)
{
    if (!reading.ok()) {
        reset();
        return false;
    }
    const bool settled = add(*reading.grams, atMs);
    return reading.hasStableFlag ? reading.deviceStable : settled;
}

void StabilityDetector::reset()
{
    m_samples.clear();
    m_stable = false;
}

} // namespace packdesk::devices
