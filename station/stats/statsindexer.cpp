#include "statsindexer.h"

#include "durationhistogram.h"
#include "hourlyrollups.h"
#include "store/sqlitedatabase.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <tuple>

namespace packdesk::stats {

namespace {
constexpr qint64 kHourMs = 3'600'000;
// Bounded work per transaction: a station's writer waits at most one chunk.
constexpr qint64 kEventChunk = 100'000;
constexpr int kOutboxChunk = 20'000;

struct WebhookDelta
{
    int delivered = 0;
    int dead = 0;
    DurationHistogram lags;
};

/// What the terminal event and the session's other events say about it.
struct SessionFact
{
    qint64 sessionKey = 0;
    qint64 orderId = 0;
    QString shop;
    QString station;
    QString packer;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    QString outcome;
    QString exceptionReason;
    int items = 0;
    int itemsScanned = 0;
    std::optional<qint64> durationMs;
    int misScans = 0;
    int weightFailures = 0;
    int overrides = 0;
    int printFailures = 0;
    QStringList defectKinds;
};

QString outcomeOf(const QString& type)
{
    if (type == QLatin1String("order.packed"))
        return QStringLiteral("packed");
    if (type == QLatin1String("order.exception"))
        return QStringLiteral("exception");
    return QStringLiteral("cancelled");
}
} // namespace

StatsIndexer::StatsIndexer(store::SqliteDatabase& db)
    : m_db(db)
{
}

Result<qint64> StatsIndexer::position(const char* name)
{
    auto st = m_db.prepare("SELECT position FROM stats_cursor WHERE name = ?1");
    if (!st)
        return st.error();
    st->bind(1, QString::fromLatin1(name));
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int64(0) : 0;
}

Result<void> StatsIndexer::setPosition(const char* name, qint64 value)
{
    auto st = m_db.prepare("INSERT INTO stats_cursor (name, position) VALUES (?1, ?2) "
                           "ON CONFLICT (name) DO UPDATE SET position = excluded.position");
    if (!st)
        return st.error();
    return st->bind(1, QString::fromLatin1(name)).bind(2, value).run();
}

Result<qint64> StatsIndexer::outboxPosition()
{
    return position("outbox");
}

Result<void> StatsIndexer::catchUp()
{
    auto last = m_db.prepare("SELECT COALESCE(MAX(id), 0) FROM events");
    if (!last)
        return last.error();
    if (auto row = last->step(); !row)
        return row.error();
    const qint64 lastEventId = last->int64(0);
    last->reset();
    // Most reports find nothing new: look before taking the write lock, so a
    // dashboard refreshing never makes a packing station wait.
    auto events = position("events");
    if (!events)
        return events.error();
    for (bool behind = events.value() < lastEventId; behind;) {
        auto more = foldEventChunk(lastEventId);
        if (!more)
            return more.error();
        behind = more.value();
    }
    auto outbox = position("outbox");
    if (!outbox)
        return outbox.error();
    auto next = m_db.prepare("SELECT state FROM outbox WHERE id > ?1 ORDER BY id LIMIT 1");
    if (!next)
        return next.error();
    next->bind(1, outbox.value());
    auto row = next->step();
    if (!row)
        return row.error();
    const bool settledRowWaits = row.value() && next->text(0) != QLatin1String("pending");
    next->reset();
    for (bool behind = settledRowWaits; behind;) {
        auto more = foldOutboxChunk();
        if (!more)
            return more.error();
        if (!more.value())
            break;
    }
    return {};
}

namespace {

Result<void> completeFact(store::SqliteDatabase& db, SessionFact& fact, qint64 sessionId, qint64 terminalId)
{
    auto order = db.prepare("SELECT shop FROM orders WHERE id = ?1");
    if (!order)
        return order.error();
    order->bind(1, fact.orderId);
    if (auto row = order->step(); !row)
        return row.error();
    else if (row.value())
        fact.shop = order->text(0);
    order->reset();
    if (sessionId <= 0)
        return {};
    // SQLite's JSON functions read the details in place: no event is parsed in C++.
    auto counts = db.prepare(
        "SELECT COALESCE(SUM(type = 'item.scanned'), 0),"
        " COALESCE(SUM(type = 'scan.rejected' AND json_extract(details, '$.reason') IN ('wrong_item', 'unknown_code')), 0),"
        " COALESCE(SUM(type = 'weight.checked' AND json_extract(details, '$.verdict') <> 'pass'), 0),"
        " COALESCE(SUM(type = 'override.approved'), 0),"
        " COALESCE(SUM(type = 'print.failed'), 0),"
        " MIN(at),"
        " MAX(CASE WHEN type = 'quality.recorded' THEN id END)"
        " FROM events WHERE session_id = ?1 AND id <= ?2");
    if (!counts)
        return counts.error();
    counts->bind(1, sessionId).bind(2, terminalId);
    if (auto row = counts->step(); !row)
        return row.error();
    fact.itemsScanned = counts->int32(0);
    fact.misScans = counts->int32(1);
    fact.weightFailures = counts->int32(2);
    fact.overrides = counts->int32(3);
    fact.printFailures = counts->int32(4);
    if (fact.startedAt == 0 && !counts->isNull(5))
        fact.startedAt = counts->int64(5);
    const qint64 qualityId = counts->isNull(6) ? 0 : counts->int64(6);
    counts->reset();
    if (qualityId == 0)
        return {};
    // The last quality check counts: a resumed session may have answered again.
    auto defects = db.prepare("SELECT json_extract(a.value, '$.defect') FROM events e, json_each(e.details, '$.answers') a"
                              " WHERE e.id = ?1 AND json_extract(a.value, '$.passed') = 0");
    if (!defects)
        return defects.error();
    defects->bind(1, qualityId);
    return defects->forEachRow([&](store::SqliteStatement& row) {
        const QString kind = row.text(0);
        fact.defectKinds.append(kind.isEmpty() ? QStringLiteral("unspecified") : kind);
    });
}

Result<void> writeFact(store::SqliteDatabase& db, const SessionFact& fact)
{
    auto insert = db.prepare(
        "INSERT OR REPLACE INTO stats_sessions (session_id, order_id, shop, station, packer, started_at, ended_at,"
        " outcome, exception_reason, items, items_scanned, duration_ms, mis_scans, weight_failures, overrides,"
        " defects, print_failures) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    if (!insert)
        return insert.error();
    insert->bind(1, fact.sessionKey).bind(2, fact.orderId).bind(3, fact.shop).bind(4, fact.station);
    insert->bind(5, fact.packer).bind(6, fact.startedAt).bind(7, fact.endedAt).bind(8, fact.outcome);
    insert->bind(9, fact.exceptionReason).bind(10, fact.items).bind(11, fact.itemsScanned);
    if (fact.durationMs)
        insert->bind(12, *fact.durationMs);
    else
        insert->bindNull(12);
    insert->bind(13, fact.misScans).bind(14, fact.weightFailures).bind(15, fact.overrides);
    insert->bind(16, int(fact.defectKinds.size())).bind(17, fact.printFailures);
    if (auto done = insert->run(); !done)
        return done;
    auto defect = db.prepare("INSERT INTO stats_session_defects (session_id, ended_at, shop, station, packer, kind)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!defect)
        return defect.error();
    for (const QString& kind : fact.defectKinds) {
        defect->bind(1, fact.sessionKey).bind(2, fact.endedAt).bind(3, fact.shop).bind(4, fact.station);
        if (auto done = defect->bind(5, fact.packer).bind(6, kind).run(); !done)
            return done;
    }
    return {};
}

void addToHour(HourDelta& delta, const SessionFact& fact)
{
    if (fact.outcome == QLatin1String("packed")) {
        ++delta.orders;
        delta.items += fact.items;
        if (fact.durationMs)
            delta.durations.add(*fact.durationMs);
    } else if (fact.outcome == QLatin1String("exception")) {
        ++delta.exceptions;
    }
    delta.itemsScanned += fact.itemsScanned;
    delta.misScans += fact.misScans;
    delta.weightFailures += fact.weightFailures;
    delta.overrides += fact.overrides;
    delta.defects += int(fact.defectKinds.size());
    delta.printFailures += fact.printFailures;
}

Result<void> writeKinds(store::SqliteDatabase& db, const SessionFact& fact, qint64 hour)
{
    auto upsert = db.prepare("INSERT INTO stats_hourly_kinds (hour, shop, station, packer, category, kind, count)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)"
                             " ON CONFLICT (hour, shop, station, packer, category, kind) DO UPDATE SET count = count + 1");
    if (!upsert)
        return upsert.error();
    auto one = [&](const QString& category, const QString& kind) {
        upsert->bind(1, hour).bind(2, fact.shop).bind(3, fact.station).bind(4, fact.packer);
        return upsert->bind(5, category).bind(6, kind).run();
    };
    if (fact.outcome == QLatin1String("exception"))
        if (auto done = one(QStringLiteral("exception"), fact.exceptionReason); !done)
            return done;
    for (const QString& kind : fact.defectKinds)
        if (auto done = one(QStringLiteral("defect"), kind); !done)
            return done;
    return {};
}

} // namespace

Result<bool> StatsIndexer::foldEventChunk(qint64 lastEventId)
{
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto from = position("events");
    if (!from)
        return from.error();
    if (from.value() >= lastEventId)
        return false;
    const qint64 to = std::min(lastEventId, from.value() + kEventChunk);
    auto terminal = m_db.prepare(
        "SELECT id, type, at, station, packer, COALESCE(order_id, 0), COALESCE(session_id, 0), details FROM events"
        " WHERE id > ?1 AND id <= ?2"
        " AND type IN ('order.packed', 'order.exception', 'session.cancelled', 'document.reprinted') ORDER BY id");
    if (!terminal)
        return terminal.error();
    terminal->bind(1, from.value()).bind(2, to);
    std::vector<std::pair<qint64, SessionFact>> facts;
    std::vector<std::pair<qint64, SessionFact>> reprints; // only times and places filled
    auto read = terminal->forEachRow([&](store::SqliteStatement& row) {
        SessionFact fact;
        if (row.text(1) == QLatin1String("document.reprinted")) {
            fact.endedAt = row.int64(2);
            fact.station = row.text(3);
            fact.packer = row.text(4);
            fact.orderId = row.int64(5);
            reprints.emplace_back(row.int64(0), std::move(fact));
            return;
        }
        const qint64 sessionId = row.int64(6);
        fact.sessionKey = sessionId > 0 ? sessionId : -row.int64(0); // an event outside a session is its own "session"
        fact.outcome = outcomeOf(row.text(1));
        fact.endedAt = row.int64(2);
        fact.station = row.text(3);
        fact.packer = row.text(4);
        fact.orderId = row.int64(5);
        const QJsonObject details = QJsonDocument::fromJson(row.blob(7)).object();
        if (fact.outcome == QLatin1String("packed")) {
            for (const auto& item : details.value(QStringLiteral("items")).toArray())
                fact.items += item.toObject().value(QStringLiteral("quantity")).toInt();
            const qint64 duration = details.value(QStringLiteral("duration_ms")).toInteger(-1);
            if (duration >= 0)
                fact.durationMs = duration;
            fact.startedAt = details.value(QStringLiteral("started_at_ms")).toInteger(0);
        } else if (fact.outcome == QLatin1String("exception")) {
            fact.exceptionReason = details.value(QStringLiteral("reason")).toString();
        }
        facts.emplace_back(row.int64(0), std::move(fact));
    });
    if (!read)
        return read.error();
    std::map<HourKey, HourDelta> hours;
    for (auto& [eventId, fact] : facts) {
        const qint64 sessionId = fact.sessionKey > 0 ? fact.sessionKey : 0;
        if (auto done = completeFact(m_db, fact, sessionId, eventId); !done)
            return done.error();
        if (auto done = writeFact(m_db, fact); !done)
            return done.error();
        const qint64 hour = fact.endedAt - fact.endedAt % kHourMs;
        addToHour(hours[HourKey{hour, fact.shop, fact.station, fact.packer}], fact);
        if (auto done = writeKinds(m_db, fact, hour); !done)
            return done.error();
    }
    auto reprint = m_db.prepare("INSERT OR REPLACE INTO stats_reprints (event_id, at, shop, station, packer)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!reprint)
        return reprint.error();
    for (auto& [eventId, fact] : reprints) {
        if (auto done = completeFact(m_db, fact, 0, eventId); !done) // the shop of the order
            return done.error();
        reprint->bind(1, eventId).bind(2, fact.endedAt).bind(3, fact.shop).bind(4, fact.station).bind(5, fact.packer);
        if (auto done = reprint->run(); !done)
            return done.error();
    }
    if (auto done = HourlyRollups(m_db).add(hours); !done)
        return done.error();
    if (auto done = setPosition("events", to); !done)
        return done.error();
    if (auto done = tx->commit(); !done)
        return done.error();
    return true;
}

Result<bool> StatsIndexer::foldOutboxChunk()
{
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto from = position("outbox");
    if (!from)
        return from.error();
    // Only settled rows are folded, in id order: the cursor stops at the first
    // pending one, and the queries read everything after it directly.
    auto rows = m_db.prepare("SELECT id, shop, state, created_at, COALESCE(delivered_at, 0) FROM outbox"
                             " WHERE id > ?1 ORDER BY id LIMIT ?2");
    if (!rows)
        return rows.error();
    rows->bind(1, from.value()).bind(2, kOutboxChunk);
    std::map<std::pair<qint64, QString>, WebhookDelta> hours;
    qint64 folded = from.value();
    int seen = 0;
    bool blocked = false;
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ++seen;
        const QString state = rows->text(2);
        if (state == QLatin1String("pending")) {
            blocked = true;
            break;
        }
        folded = rows->int64(0);
        const qint64 created = rows->int64(3);
        auto& delta = hours[{created - created % kHourMs, rows->text(1)}];
        if (state == QLatin1String("delivered")) {
            ++delta.delivered;
            delta.lags.add(rows->int64(4) - created);
        } else if (state == QLatin1String("dead")) {
            ++delta.dead;
        }
    }
    rows->reset();
    if (folded == from.value())
        return false;
    auto read = m_db.prepare("SELECT lags FROM stats_webhooks_hourly WHERE hour = ?1 AND shop = ?2");
    auto upsert = m_db.prepare("INSERT INTO stats_webhooks_hourly (hour, shop, delivered, dead, lags)"
                               " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (hour, shop) DO UPDATE SET"
                               " delivered = delivered + excluded.delivered, dead = dead + excluded.dead, lags = excluded.lags");
    if (!read)
        return read.error();
    if (!upsert)
        return upsert.error();
    for (auto& [key, delta] : hours) {
        read->bind(1, key.first).bind(2, key.second);
        auto row = read->step();
        if (!row)
            return row.error();
        if (row.value())
            delta.lags.merge(DurationHistogram::decode(read->blob(0)));
        read->reset();
        upsert->bind(1, key.first).bind(2, key.second).bind(3, delta.delivered).bind(4, delta.dead);
        if (auto done = upsert->bindBlob(5, delta.lags.encode()).run(); !done)
            return done.error();
    }
    if (auto done = setPosition("outbox", folded); !done)
        return done.error();
    if (auto done = tx->commit(); !done)
        return done.error();
    return !blocked && seen == kOutboxChunk;
}

} // namespace packdesk::stats
