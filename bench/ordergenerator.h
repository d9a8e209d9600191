#pragma once

#include "core/order.h"

#include <QString>

#include <random>
#include <vector>

namespace packdesk::bench {

/// Deterministic, realistic orders for benchmarks: 1-5 lines (about 3 on
/// average), EAN-13 barcodes with valid check digits, UTF-8 names, a few shops.
class OrderGenerator
{
public:
    explicit OrderGenerator(unsigned seed = 42) : m_random(seed) {}

    Order next(qint64 sequence);
    std::vector<Order> batch(qint64 firstSequence, int count);

    /// The order number of order `sequence` (what a benchmark scans).
    static QString numberFor(qint64 sequence);
    static QString shopFor(qint64 sequence);

    /// Writes `count` orders as JSON Lines (docs/order-format.md).
    static bool writeJsonLines(const QString& path, int count, unsigned seed = 42);

private:
    std::mt19937 m_random;
};

/// A valid EAN-13 for a product number (12 digits + check digit).
QString ean13For(qint64 productNumber);

} // namespace packdesk::bench
