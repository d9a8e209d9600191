#pragma once

#include "stats/statsindexer.h"
#include "stats/statsqueries.h"

#include <memory>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::stats {

class ReportBuilder;

/// StatsQueries on the station's SQLite file: catches the read models up
/// (StatsIndexer), then reads session facts for short ranges and the edges of
/// long ones, and hourly rollups for the whole hours of ranges over 7 days.
class SqliteStatsQueries final : public StatsQueries
{
public:
    /// Ranges up to this long are read from session facts: exact percentiles.
    static constexpr qint64 kExactRangeMs = 7LL * 24 * 3'600'000;
    /// Webhook rows are read one by one (exact lag) for ranges up to a day.
    static constexpr qint64 kExactWebhookRangeMs = 24LL * 3'600'000;
    static constexpr qint64 kMaxRangeMs = 400LL * 24 * 3'600'000;

    explicit SqliteStatsQueries(std::unique_ptr<store::SqliteDatabase> db);
    ~SqliteStatsQueries() override;

    Result<StatsReport> report(const StatsFilter& filter) override;
    Result<FilterChoices> choices() override;

private:
    struct FilterJson
    {
        QByteArray shops;
        QByteArray stations;
        QByteArray packers;
    };

    Result<QHash<QString, QString>> packerNames();
    Result<void> readSessions(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs, qint64 toMs);
    Result<void> readHours(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs, qint64 toMs);
    Result<void> readReprints(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs, qint64 toMs);
    Result<void> readWebhooks(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs, qint64 toMs,
                              qint64 hoursFromMs, qint64 hoursToMs);

    std::unique_ptr<store::SqliteDatabase> m_db;
    StatsIndexer m_indexer;
};

} // namespace packdesk::stats
