#include "sqlitestatsqueries.h"

#include "stats/reportbuilder.h"
#include "store/migrations.h"
#include "store/sqlitedatabase.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace packdesk::stats {

namespace {
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

// Empty lists mean "all"; values are bound as JSON arrays, never spliced in.
#define PACKDESK_STATS_FILTER(shop, station, packer)                                                                \
    " AND (?10 = '[]' OR " shop " IN (SELECT value FROM json_each(?10)))"                                         \
    " AND (?11 = '[]' OR " station " IN (SELECT value FROM json_each(?11)))"                                      \
    " AND (?12 = '[]' OR " packer " IN (SELECT value FROM json_each(?12)))"

#define PACKDESK_STATS_COUNTS                                                                                          \
    "orders, items, items_scanned, mis_scans, weight_failures, overrides, exceptions, defects, print_failures, durations"

QByteArray jsonList(const QStringList& values)
{
    return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}

FactCounts countsAt(const store::SqliteStatement& row, int firstColumn)
{
    FactCounts counts;
    int column = firstColumn;
    for (int SessionCounts::*count : SessionCounts::kColumns)
        counts.*count = row.int32(column++);
    return counts;
}

Error invalidFilter(const QString& message)
{
    return Error{QStringLiteral("invalid_filter"), message};
}
} // namespace

Result<std::unique_ptr<StatsQueries>> StatsQueries::open(const QString& dbPath)
{
    auto db = store::SqliteDatabase::open(dbPath);
    if (!db)
        return db.error();
    // The stats tables arrive with schema v6; a station that never ran this
    // build gets them here.
    if (auto migrated = store::Migrations::migrate(*db.value()); !migrated)
        return migrated.error();
    // A long-lived reader (the dashboard, the lead view): 64 MB of page cache
    // keeps a week of session facts and a quarter of rollups in memory
    // between reports. PRAGMA takes no parameters; the value is a constant.
    if (auto cache = db.value()->exec("PRAGMA cache_size = -65536"); !cache)
        return cache.error();
    return std::unique_ptr<StatsQueries>(new SqliteStatsQueries(std::move(db.value())));
}

SqliteStatsQueries::SqliteStatsQueries(std::unique_ptr<store::SqliteDatabase> db)
    : m_db(std::move(db))
    , m_indexer(*m_db)
{
}

SqliteStatsQueries::~SqliteStatsQueries() = default;

Result<QHash<QString, QString>> SqliteStatsQueries::packerNames()
{
    auto st = m_db->prepare("SELECT badge, name FROM packers");
    if (!st)
        return st.error();
    QHash<QString, QString> names;
    auto read = st->forEachRow([&](store::SqliteStatement& row) { names.insert(row.text(0), row.text(1)); });
    if (!read)
        return read.error();
    return names;
}

Result<StatsReport> SqliteStatsQueries::report(const StatsFilter& filter)
{
    if (filter.toMs <= filter.fromMs)
        return invalidFilter(QStringLiteral("The end of the period must be after its start."));
    if (filter.toMs - filter.fromMs > kMaxRangeMs)
        return invalidFilter(QStringLiteral("A report covers at most 400 days; choose a shorter period."));
    if (auto caughtUp = m_indexer.catchUp(); !caughtUp)
        return caughtUp.error();
    auto names = packerNames();
    if (!names)
        return names.error();
    const qint64 range = filter.toMs - filter.fromMs;
    const FilterJson json{jsonList(filter.shops), jsonList(filter.stations), jsonList(filter.packers)};
    ReportBuilder builder(filter, range <= kExactRangeMs ? kHourMs : kDayMs, std::move(names.value()));

    // One read snapshot, so the facts, the rollups and the outbox agree.
    auto tx = store::Transaction::begin(*m_db, store::Transaction::Mode::Read);
    if (!tx)
        return tx.error();
    // Long ranges: the whole hours from the rollups, the cut hours at either end from the facts.
    qint64 hoursFrom = filter.toMs;
    qint64 hoursTo = filter.toMs;
    if (range > kExactRangeMs) {
        hoursFrom = (filter.fromMs + kHourMs - 1) / kHourMs * kHourMs;
        hoursTo = filter.toMs / kHourMs * kHourMs;
    }
    if (auto read = readSessions(builder, json, filter.fromMs, hoursFrom); !read)
        return read.error();
    if (hoursFrom < hoursTo) {
        if (auto read = readHours(builder, json, hoursFrom, hoursTo); !read)
            return read.error();
        if (auto read = readSessions(builder, json, hoursTo, filter.toMs); !read)
            return read.error();
    }
    if (auto read = readReprints(builder, json, filter.fromMs, filter.toMs); !read)
        return read.error();
    // The outbox has two rows per order and wide rows: past a day, the whole
    // hours come from the webhook rollup (lag percentiles then bucketed).
    qint64 webhookHoursFrom = hoursFrom;
    qint64 webhookHoursTo = hoursTo;
    if (range > kExactWebhookRangeMs && range <= kExactRangeMs) {
        webhookHoursFrom = (filter.fromMs + kHourMs - 1) / kHourMs * kHourMs;
        webhookHoursTo = filter.toMs / kHourMs * kHourMs;
    }
    if (auto read = readWebhooks(builder, json, filter.fromMs, filter.toMs, webhookHoursFrom, webhookHoursTo); !read)
        return read.error();
    return builder.finish();
}

Result<void> SqliteStatsQueries::readSessions(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs,
                                              qint64 toMs)
{
    if (fromMs >= toMs)
        return {};
    auto st = m_db->prepare(
        "SELECT ended_at, shop, station, packer, outcome = 'packed', items, items_scanned, mis_scans,"
        " weight_failures, overrides, outcome = 'exception', defects, print_failures, duration_ms, exception_reason"
        " FROM stats_sessions WHERE ended_at >= ?1 AND ended_at < ?2" PACKDESK_STATS_FILTER("shop", "station", "packer"));
    if (!st)
        return st.error();
    st->bind(1, fromMs).bind(2, toMs).bindUtf8(10, filter.shops).bindUtf8(11, filter.stations).bindUtf8(12, filter.packers);
    auto read = st->forEachRow([&](store::SqliteStatement& row) {
        const qint64 endedAt = row.int64(0);
        FactCounts counts = countsAt(row, 4);
        counts.hourStartMs = endedAt - endedAt % kHourMs;
        const bool packed = counts.orders > 0;
        if (packed)
            counts.items = row.int32(5);
        else
            counts.items = 0;
        std::optional<qint64> duration;
        if (packed && !row.isNull(13))
            duration = row.int64(13);
        builder.addSession(RowOrigin{row.text(1), row.text(2), row.text(3), endedAt}, counts, duration);
        if (counts.exceptions > 0)
            builder.addException(row.text(14), 1);
    });
    if (!read)
        return read;
    auto defects = m_db->prepare("SELECT kind, COUNT(*) FROM stats_session_defects WHERE ended_at >= ?1 AND ended_at < ?2"
                                 PACKDESK_STATS_FILTER("shop", "station", "packer") " GROUP BY kind");
    if (!defects)
        return defects.error();
    defects->bind(1, fromMs).bind(2, toMs).bindUtf8(10, filter.shops).bindUtf8(11, filter.stations);
    defects->bindUtf8(12, filter.packers);
    return defects->forEachRow([&](store::SqliteStatement& row) { builder.addDefect(row.text(0), row.int32(1)); });
}

Result<void> SqliteStatsQueries::readHours(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs, qint64 toMs)
{
    const QByteArray all = "[]";
    const bool byShop = filter.shops != all;
    const bool byStationOrPacker = filter.stations != all || filter.packers != all;
    auto rows = [&](const char* sql, int firstCount, unsigned groups, auto origin) -> Result<void> {
        auto st = m_db->prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, fromMs).bind(2, toMs).bindUtf8(10, filter.shops).bindUtf8(11, filter.stations);
        st->bindUtf8(12, filter.packers);
        return st->forEachRow([&](store::SqliteStatement& row) {
            FactCounts counts = countsAt(row, firstCount);
            counts.hourStartMs = row.int64(0);
            builder.addHour(origin(row), counts, row.blob(firstCount + 9), groups);
        });
    };
    auto fullOrigin = [](store::SqliteStatement& row) {
        return RowOrigin{row.text(1), row.text(2), row.text(3), row.int64(0)};
    };
    const char* fullSql =
        "SELECT hour, shop, station, packer, " PACKDESK_STATS_COUNTS " FROM stats_hourly WHERE hour >= ?1 AND hour < ?2"
        PACKDESK_STATS_FILTER("shop", "station", "packer");
    if (byShop) {
        if (auto read = rows(fullSql, 4, AllGroups, fullOrigin); !read)
            return read;
    } else {
        // Without a shop filter a packer-hour is one row, not one per shop.
        auto read = rows("SELECT hour, station, packer, " PACKDESK_STATS_COUNTS " FROM stats_hourly_packers"
                         " WHERE hour >= ?1 AND hour < ?2" PACKDESK_STATS_FILTER("''", "station", "packer"),
                         3, AllGroups & ~ShopGroup, [](store::SqliteStatement& row) {
                             return RowOrigin{QString(), row.text(1), row.text(2), row.int64(0)};
                         });
        if (!read)
            return read;
        if (byStationOrPacker)
            read = rows(fullSql, 4, ShopGroup, fullOrigin);
        else
            read = rows("SELECT hour, shop, " PACKDESK_STATS_COUNTS " FROM stats_hourly_shops WHERE hour >= ?1 AND hour < ?2"
                        PACKDESK_STATS_FILTER("shop", "''", "''"),
                        2, ShopGroup, [](store::SqliteStatement& row) {
                            return RowOrigin{row.text(1), QString(), QString(), row.int64(0)};
                        });
        if (!read)
            return read;
    }
    auto kinds = m_db->prepare("SELECT category, kind, SUM(count) FROM stats_hourly_kinds WHERE hour >= ?1 AND hour < ?2"
                               PACKDESK_STATS_FILTER("shop", "station", "packer") " GROUP BY category, kind");
    if (!kinds)
        return kinds.error();
    kinds->bind(1, fromMs).bind(2, toMs).bindUtf8(10, filter.shops).bindUtf8(11, filter.stations);
    kinds->bindUtf8(12, filter.packers);
    return kinds->forEachRow([&](store::SqliteStatement& row) {
        if (row.text(0) == QLatin1String("exception"))
            builder.addException(row.text(1), row.int32(2));
        else
            builder.addDefect(row.text(1), row.int32(2));
    });
}

Result<void> SqliteStatsQueries::readReprints(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs,
                                              qint64 toMs)
{
    // Reprints are rare (a few per hundred orders): every one is read, from
    // the indexer's copy through a covering index.
    auto st = m_db->prepare("SELECT at, shop, station, packer FROM stats_reprints WHERE at >= ?1 AND at < ?2"
                            PACKDESK_STATS_FILTER("shop", "station", "packer"));
    if (!st)
        return st.error();
    st->bind(1, fromMs).bind(2, toMs).bindUtf8(10, filter.shops).bindUtf8(11, filter.stations).bindUtf8(12, filter.packers);
    return st->forEachRow([&](store::SqliteStatement& row) {
        builder.addReprint(RowOrigin{row.text(1), row.text(2), row.text(3), row.int64(0)});
    });
}

Result<void> SqliteStatsQueries::readWebhooks(ReportBuilder& builder, const FilterJson& filter, qint64 fromMs,
                                              qint64 toMs, qint64 hoursFromMs, qint64 hoursToMs)
{
    auto cursor = m_indexer.outboxPosition();
    if (!cursor)
        return cursor.error();
    // Webhooks belong to a shop, not to a station or packer: only the shop filter applies.
    auto settled = m_db->prepare(
        "SELECT state, created_at, COALESCE(delivered_at, created_at) FROM outbox"
        " WHERE state IN ('delivered', 'dead') AND created_at >= ?1 AND created_at < ?2 AND id <= ?3"
        " AND (?10 = '[]' OR shop IN (SELECT value FROM json_each(?10)))");
    auto unsettled = m_db->prepare(
        "SELECT state, created_at, COALESCE(delivered_at, created_at) FROM outbox"
        " WHERE id > ?3 AND created_at >= ?1 AND created_at < ?2"
        " AND (?10 = '[]' OR shop IN (SELECT value FROM json_each(?10)))");
    if (!settled)
        return settled.error();
    if (!unsettled)
        return unsettled.error();
    auto onRow = [&](store::SqliteStatement& row) {
        const QString state = row.text(0);
        if (state == QLatin1String("delivered"))
            builder.addDeliveredWebhook(row.int64(2) - row.int64(1));
        else if (state == QLatin1String("dead"))
            builder.addDeadWebhooks(1);
        else if (state == QLatin1String("pending"))
            builder.addPendingWebhooks(1);
    };
    const std::pair<qint64, qint64> rawRanges[] = {{fromMs, std::min(hoursFromMs, toMs)}, {hoursToMs, toMs}};
    for (const auto& [from, to] : rawRanges) {
        if (from >= to)
            continue;
        settled->bind(1, from).bind(2, to).bind(3, cursor.value()).bindUtf8(10, filter.shops);
        if (auto read = settled->forEachRow(onRow); !read)
            return read;
        settled->reset();
    }
    unsettled->bind(1, fromMs).bind(2, toMs).bind(3, cursor.value()).bindUtf8(10, filter.shops);
    if (auto read = unsettled->forEachRow(onRow); !read)
        return read;
    if (hoursFromMs >= hoursToMs)
        return {};
    auto hours = m_db->prepare("SELECT delivered, dead, lags FROM stats_webhooks_hourly WHERE hour >= ?1 AND hour < ?2"
                               " AND (?10 = '[]' OR shop IN (SELECT value FROM json_each(?10)))");
    if (!hours)
        return hours.error();
    hours->bind(1, hoursFromMs).bind(2, hoursToMs).bindUtf8(10, filter.shops);
    return hours->forEachRow([&](store::SqliteStatement& row) {
        builder.addDeliveredWebhooks(row.int32(0), row.blob(2));
        builder.addDeadWebhooks(row.int32(1));
    });
}

Result<FilterChoices> SqliteStatsQueries::choices()
{
    if (auto caughtUp = m_indexer.catchUp(); !caughtUp)
        return caughtUp.error();
    FilterChoices choices;
    // Shops known to the station, and every station and packer that ever packed
    // here. Distinct values by hopping through an index (one seek per value)
    // rather than reading a million orders.
    auto shops = m_db->prepare(
        "WITH RECURSIVE s(shop) AS (SELECT MIN(shop) FROM orders"
        " UNION ALL SELECT (SELECT MIN(shop) FROM orders WHERE shop > s.shop) FROM s WHERE s.shop IS NOT NULL)"
        " SELECT shop FROM s WHERE shop IS NOT NULL UNION SELECT code FROM shops ORDER BY 1");
    if (!shops)
        return shops.error();
    if (auto read = shops->forEachRow([&](store::SqliteStatement& row) { choices.shops.append(row.text(0)); }); !read)
        return read.error();
    auto stations = m_db->prepare(
        "WITH RECURSIVE s(station) AS (SELECT MIN(station) FROM stats_hourly"
        " UNION ALL SELECT (SELECT MIN(station) FROM stats_hourly WHERE station > s.station) FROM s"
        " WHERE s.station IS NOT NULL) SELECT station FROM s WHERE station IS NOT NULL ORDER BY 1");
    if (!stations)
        return stations.error();
    if (auto read = stations->forEachRow([&](store::SqliteStatement& row) { choices.stations.append(row.text(0)); });
        !read)
        return read.error();
    auto packers = m_db->prepare("SELECT badge, name FROM packers ORDER BY badge");
    if (!packers)
        return packers.error();
    if (auto read = packers->forEachRow([&](store::SqliteStatement& row) {
            choices.packers.append(row.text(0));
            choices.packerNames.append(row.text(1));
        });
        !read)
        return read.error();
    return choices;
}

} // namespace packdesk::stats
