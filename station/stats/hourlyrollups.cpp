#include "hourlyrollups.h"

#include "store/sqlitedatabase.h"

#include <QStringList>

namespace packdesk::stats {

namespace {
/// One rollup table: its key columns come first in both statements.
struct Table
{
    const char* read;
    const char* upsert;
};

#define PACKDESK_ROLLUP_COUNTS                                                                                          \
    " orders = orders + excluded.orders, items = items + excluded.items,"                                             \
    " items_scanned = items_scanned + excluded.items_scanned, mis_scans = mis_scans + excluded.mis_scans,"            \
    " weight_failures = weight_failures + excluded.weight_failures, overrides = overrides + excluded.overrides,"      \
    " exceptions = exceptions + excluded.exceptions, defects = defects + excluded.defects,"                           \
    " print_failures = print_failures + excluded.print_failures, durations = excluded.durations"
#define PACKDESK_ROLLUP_COLUMNS                                                                                         \
    "orders, items, items_scanned, mis_scans, weight_failures, overrides, exceptions, defects, print_failures, durations"

constexpr Table kFull{
    "SELECT durations FROM stats_hourly WHERE hour = ?1 AND shop = ?2 AND station = ?3 AND packer = ?4",
    "INSERT INTO stats_hourly (hour, shop, station, packer, " PACKDESK_ROLLUP_COLUMNS ")"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    " ON CONFLICT (hour, shop, station, packer) DO UPDATE SET" PACKDESK_ROLLUP_COUNTS};
constexpr Table kPackers{
    "SELECT durations FROM stats_hourly_packers WHERE hour = ?1 AND station = ?2 AND packer = ?3",
    "INSERT INTO stats_hourly_packers (hour, station, packer, " PACKDESK_ROLLUP_COLUMNS ")"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    " ON CONFLICT (hour, station, packer) DO UPDATE SET" PACKDESK_ROLLUP_COUNTS};
constexpr Table kShops{
    "SELECT durations FROM stats_hourly_shops WHERE hour = ?1 AND shop = ?2",
    "INSERT INTO stats_hourly_shops (hour, shop, " PACKDESK_ROLLUP_COLUMNS ")"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    " ON CONFLICT (hour, shop) DO UPDATE SET" PACKDESK_ROLLUP_COUNTS};

/// Key columns: the hour, then the texts.
using Key = std::pair<qint64, QStringList>;

Result<void> write(store::SqliteDatabase& db, const Table& table, const std::map<Key, HourDelta>& rows)
{
    auto read = db.prepare(table.read);
    if (!read)
        return read.error();
    auto upsert = db.prepare(table.upsert);
    if (!upsert)
        return upsert.error();
    for (const auto& [key, delta] : rows) {
        DurationHistogram durations = delta.durations;
        read->bind(1, key.first);
        for (int i = 0; i < key.second.size(); ++i)
            read->bind(i + 2, key.second.at(i));
        auto row = read->step();
        if (!row)
            return row.error();
        if (row.value())
            durations.addEncoded(read->blob(0));
        read->reset();
        int column = 1;
        upsert->bind(column++, key.first);
        for (const QString& text : key.second)
            upsert->bind(column++, text);
        for (int SessionCounts::*count : SessionCounts::kColumns)
            upsert->bind(column++, delta.*count);
        if (auto done = upsert->bindBlob(column, durations.encode()).run(); !done)
            return done;
    }
    return {};
}
} // namespace

void HourDelta::add(const HourDelta& other)
{
    SessionCounts::operator+=(other);
    durations.merge(other.durations);
}

Result<void> HourlyRollups::add(const std::map<HourKey, HourDelta>& hours)
{
    std::map<Key, HourDelta> full;
    std::map<Key, HourDelta> packers;
    std::map<Key, HourDelta> shops;
    for (const auto& [key, delta] : hours) {
        const auto& [hour, shop, station, packer] = key;
        full[{hour, {shop, station, packer}}].add(delta);
        packers[{hour, {station, packer}}].add(delta);
        shops[{hour, {shop}}].add(delta);
    }
    for (const auto& [table, rows] : {std::pair{&kFull, &full}, std::pair{&kPackers, &packers}, std::pair{&kShops, &shops}})
        if (auto written = write(m_db, *table, *rows); !written)
            return written;
    return {};
}

} // namespace packdesk::stats
