#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace packdesk::bench {

/// Collects one duration per operation and reports percentiles as benchmark
/// counters (microseconds): targets are stated as p99, not as a mean.
class Latencies
{
public:
    using Clock = std::chrono::steady_clock;

    void add(Clock::duration d) { m_us.push_back(std::chrono::duration<double, std::micro>(d).count()); }

    double percentile(double p)
    {
        if (m_us.empty())
            return 0;
        std::sort(m_us.begin(), m_us.end());
        const auto index = std::min(m_us.size() - 1, std::size_t(p / 100.0 * double(m_us.size())));
        return m_us[index];
    }

    void report(benchmark::State& state)
    {
        state.counters["p50_us"] = percentile(50);
        state.counters["p99_us"] = percentile(99);
        state.counters["max_us"] = percentile(100);
        state.counters["ops"] = double(m_us.size());
    }

private:
    std::vector<double> m_us;
};

} // namespace packdesk::bench
