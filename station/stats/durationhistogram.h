#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>
#include <optional>

namespace packdesk::stats {

/// Counts of durations in buckets no wider than 1/64 of their value (exact
/// below 128 ms), so a median or p90 over millions of orders costs a few
/// hundred numbers instead of a sort. A percentile read from it is the lower
/// bound of the bucket holding the nearest-rank value: at most 1.6% below
/// the exact one (under a second for pack times below a minute).
class DurationHistogram
{
public:
    void add(qint64 ms, int count = 1);
    void merge(const DurationHistogram& other);
    bool isEmpty() const { return m_total == 0; }
    qint64 total() const { return m_total; }
    std::optional<qint64> percentile(double share) const;

    /// Sparse little-endian (uint16 bucket, uint32 count) pairs, as stored in
    /// the stats rollup tables.
    QByteArray encode() const;
    static DurationHistogram decode(const QByteArray& bytes);
    /// Adds an encoded histogram without decoding it into a new object: the
    /// queries merge a hundred thousand rollup rows per long report.
    void addEncoded(const QByteArray& bytes);

    static int bucketOf(qint64 ms);
    static qint64 lowerBoundOf(int bucket);
    /// Durations from 2^31 ms (about 25 days) on share the last bucket.
    static constexpr int kBuckets = 128 + 24 * 64;

private:
    /// Dense by bucket, grown on demand (at most kBuckets).
    std::vector<qint64> m_counts;
    qint64 m_total = 0;
};

} // namespace packdesk::stats
