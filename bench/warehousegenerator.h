#pragma once

#include <QString>

#include <cstdint>

namespace packdesk::bench {

/// The shape of a generated warehouse.
struct WarehouseShape
{
    int days = 90;
    int stations = 50;
    int packers = 200;
    int orders = 1'000'000;
    std::uint64_t seed = 20260101;
};

/// What generating took, for the benchmark's report.
struct WarehouseFacts
{
    qint64 orders = 0;
    qint64 events = 0;
    qint64 outboxRows = 0;
    qint64 startMs = 0; ///< first day, 00:00 UTC
    qint64 endMs = 0;   ///< end of the last day
    double generateSeconds = 0;
    double indexSeconds = 0;
    qint64 fileBytes = 0;
};

/// Writes a realistic, deterministic (seeded) warehouse into a station
/// database: three 8-hour shifts a day at every station, 200 packers rotating
/// through them, ~20 events per order (login, scans with some rejections,
/// weight checks with failures and overrides, quality checks with defects,
/// prints with failures, exceptions, reprints, return labels) and an outbox
/// row per outbound event, mostly delivered. Orders have no lines and outbox
/// payloads are empty: the stats never read them. Written with prepared
/// statements, one transaction per day, synchronous=OFF (generation only).
class WarehouseGenerator
{
public:
    explicit WarehouseGenerator(WarehouseShape shape = {});

    /// The cached database for this shape under benchDataDir(), generated and
    /// indexed (StatsQueries) on first use. Empty on failure.
    QString cachedDatabase(WarehouseFacts* facts);

private:
    bool generate(const QString& path, WarehouseFacts& facts);

    WarehouseShape m_shape;
};

} // namespace packdesk::bench
