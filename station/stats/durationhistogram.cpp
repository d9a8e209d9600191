#include "durationhistogram.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>

namespace packdesk::stats {

namespace {
constexpr int kExactBelow = 128;
constexpr int kSubBuckets = 64; // per power of two above kExactBelow: 1/64 relative width
constexpr int kPairBytes = 6;
} // namespace

int DurationHistogram::bucketOf(qint64 ms)
{
    if (ms < kExactBelow)
        return ms < 0 ? 0 : int(ms);
    if (ms >= (qint64(1) << 31))
        return kBuckets - 1;
    const int shift = int(std::bit_width(quint64(ms))) - 7; // ms >> shift is in [64, 127]
    return kExactBelow + (shift - 1) * kSubBuckets + int((ms >> shift) - kSubBuckets);
}

qint64 DurationHistogram::lowerBoundOf(int bucket)
{
    if (bucket < kExactBelow)
        return bucket;
    const int shift = (bucket - kExactBelow) / kSubBuckets + 1;
    const qint64 sub = (bucket - kExactBelow) % kSubBuckets + kSubBuckets;
    return sub << shift;
}

void DurationHistogram::add(qint64 ms, int count)
{
    const int bucket = bucketOf(ms);
    if (std::size_t(bucket) >= m_counts.size())
        m_counts.resize(std::size_t(bucket) + 1, 0);
    m_counts[std::size_t(bucket)] += count;
    m_total += count;
}

void DurationHistogram::merge(const DurationHistogram& other)
{
    if (other.m_counts.size() > m_counts.size())
        m_counts.resize(other.m_counts.size(), 0);
    for (std::size_t i = 0; i < other.m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_total += other.m_total;
}

std::optional<qint64> DurationHistogram::percentile(double share) const
{
    if (m_total == 0)
        return std::nullopt;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(share * double(m_total))));
    qint64 seen = 0;
    for (std::size_t bucket = 0; bucket < m_counts.size(); ++bucket) {
        seen += m_counts[bucket];
        if (seen >= rank)
            return lowerBoundOf(int(bucket));
    }
    return lowerBoundOf(int(m_counts.size()) - 1);
}

QByteArray DurationHistogram::encode() const
{
    QByteArray bytes;
    bytes.reserve(64);
    char pair[kPairBytes];
    for (std::size_t bucket = 0; bucket < m_counts.size(); ++bucket) {
        if (m_counts[bucket] == 0)
            continue;
        qToLittleEndian<quint16>(quint16(bucket), pair);
        qToLittleEndian<quint32>(quint32(m_counts[bucket]), pair + 2);
        bytes.append(pair, kPairBytes);
    }
    return bytes;
}

DurationHistogram DurationHistogram::decode(const QByteArray& bytes)
{
    DurationHistogram histogram;
    histogram.addEncoded(bytes);
    return histogram;
}

void DurationHistogram::addEncoded(const QByteArray& bytes)
{
    const char* in = bytes.constData();
    for (qsizetype i = 0; i + kPairBytes <= bytes.size(); i += kPairBytes) {
        const int bucket = std::min<int>(qFromLittleEndian<quint16>(in + i), kBuckets - 1);
        const qint64 count = qFromLittleEndian<quint32>(in + i + 2);
        if (std::size_t(bucket) >= m_counts.size())
            m_counts.resize(std::size_t(bucket) + 1, 0);
        m_counts[std::size_t(bucket)] += count;
        m_total += count;
    }
}

} // namespace packdesk::stats
