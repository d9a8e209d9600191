#include "warehousegenerator.h"

#include "benchdata.h"
#include "stats/statsqueries.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteorderstore.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <cstdio>
#include <random>

namespace packdesk::bench {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kShift = 8 * kHour;
constexpr const char* kShops[] = {"acme", "nordlys", "kaffeklubben", "tidewater", "ferrum"};
constexpr int kShopWeights[] = {40, 25, 15, 12, 8};
constexpr const char* kDefects[] = {"crushed_corner", "torn_tape", "wrong_box_size", "missing_insert",
                                    "label_misaligned", "water_damage"};
constexpr int kDefectWeights[] = {40, 25, 15, 10, 7, 3};

using Rng = std::mt19937_64;

/// Prepared inserts for one generation run; every value is bound.
class Writer
{
public:
    explicit Writer(store::SqliteDatabase& db) : m_db(db) {}

    bool event(qint64 at, const char* type, const QString& station, const QString& packer, qint64 orderId,
               qint64 sessionId, const QByteArray& details)
    {
        auto st = m_db.prepare("INSERT INTO events (at, type, station, packer, order_id, session_id, details)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st->bind(1, at).bind(2, QString::fromLatin1(type)).bind(3, station).bind(4, packer);
        st->bindIdOrNull(5, orderId).bindIdOrNull(6, sessionId).bindUtf8(7, details);
        ++events;
        return ok(st->run());
    }

    bool order(qint64 id, const QString& shop, const QString& number, const QString& status, qint64 at)
    {
        auto st = m_db.prepare("INSERT INTO orders (id, shop, number, status, imported_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
        st->bind(1, id).bind(2, shop).bind(3, number).bind(4, status).bind(5, at);
        return ok(st->run());
    }

    bool session(qint64 id, qint64 orderId, const QString& station, const QString& packer, const QString& outcome,
                 qint64 started, qint64 ended)
    {
        auto st = m_db.prepare("INSERT INTO pack_sessions (id, order_id, station, packer, state, started_at, ended_at,"
                               " outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?5)");
        st->bind(1, id).bind(2, orderId).bind(3, station).bind(4, packer).bind(5, outcome).bind(6, started).bind(7, ended);
        return ok(st->run());
    }

    bool outbox(const QString& shop, const QString& orderKey, const char* type, qint64 created, const QString& state,
                qint64 deliveredAt)
    {
        auto st = m_db.prepare("INSERT INTO outbox (message_id, shop, order_key, type, payload, created_at, state,"
                               " attempts, next_attempt_at, last_status, delivered_at)"
                               " VALUES (?1, ?2, ?3, ?4, '{}', ?5, ?6, 1, ?5, ?7, ?8)");
        st->bind(1, QStringLiteral("msg_gen_%1").arg(++outboxRows)).bind(2, shop).bind(3, orderKey);
        st->bind(4, QString::fromLatin1(type)).bind(5, created).bind(6, state);
        st->bind(7, state == QLatin1String("delivered") ? 200 : 500);
        if (deliveredAt > 0)
            st->bind(8, deliveredAt);
        else
            st->bindNull(8);
        return ok(st->run());
    }

    bool ok(const Result<void>& result)
    {
        if (!result)
            std::fprintf(stderr, "benchgen: %s\n", qPrintable(result.error().message));
        return bool(result);
    }

    qint64 events = 0;
    qint64 outboxRows = 0;

private:
    store::SqliteDatabase& m_db;
};

template<std::size_t N>
int weighted(Rng& rng, const int (&weights)[N])
{
    int total = 0;
    for (int w : weights)
        total += w;
    int pick = int(rng() % unsigned(total));
    for (std::size_t i = 0; i < N; ++i) {
        if (pick < weights[i])
            return int(i);
        pick -= weights[i];
    }
    return 0;
}

bool chance(Rng& rng, double p)
{
    return std::uniform_real_distribution<double>(0, 1)(rng) < p;
}

QByteArray json(const char* format, auto... values)
{
    char buffer[512];
    const int n = std::snprintf(buffer, sizeof buffer, format, values...);
    return QByteArray(buffer, std::min<int>(n, int(sizeof buffer) - 1));
}

/// One station-shift: a packer logs in and packs `count` orders back to back.
struct Slot
{
    qint64 start = 0;
    QString station;
    QString packer;
    int count = 0;
};
} // namespace

WarehouseGenerator::WarehouseGenerator(WarehouseShape shape)
    : m_shape(shape)
{
}

QString WarehouseGenerator::cachedDatabase(WarehouseFacts* facts)
{
    const QString base = benchDataDir()
        + QStringLiteral("/stats-warehouse-%1o-%2d-%3s-v1").arg(m_shape.orders).arg(m_shape.days).arg(m_shape.seed);
    const QString path = base + QStringLiteral(".sqlite");
    const QString factsPath = base + QStringLiteral(".json");
    WarehouseFacts made;
    if (!QFile::exists(path) || !QFile::exists(factsPath)) {
        const QString partial = path + QStringLiteral(".partial");
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        if (!generate(partial, made))
            return {};
        made.fileBytes = QFileInfo(partial).size();
        QFile::remove(path);
        if (!QFile::rename(partial, path))
            return {};
        QFile out(factsPath);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("orders"), made.orders},
                                            {QStringLiteral("events"), made.events},
                                            {QStringLiteral("outbox_rows"), made.outboxRows},
                                            {QStringLiteral("start_ms"), made.startMs},
                                            {QStringLiteral("end_ms"), made.endMs},
                                            {QStringLiteral("generate_s"), made.generateSeconds},
                                            {QStringLiteral("index_s"), made.indexSeconds},
                                            {QStringLiteral("file_bytes"), made.fileBytes}})
                      .toJson());
    }
    QFile in(factsPath);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    if (facts) {
        facts->orders = json.value(QStringLiteral("orders")).toInteger();
        facts->events = json.value(QStringLiteral("events")).toInteger();
        facts->outboxRows = json.value(QStringLiteral("outbox_rows")).toInteger();
        facts->startMs = json.value(QStringLiteral("start_ms")).toInteger();
        facts->endMs = json.value(QStringLiteral("end_ms")).toInteger();
        facts->generateSeconds = json.value(QStringLiteral("generate_s")).toDouble();
        facts->indexSeconds = json.value(QStringLiteral("index_s")).toDouble();
        facts->fileBytes = json.value(QStringLiteral("file_bytes")).toInteger();
    }
    return path;
}

namespace {
/// Writes one pack session (and its webhooks and any reprint) in event order.
bool packOne(Writer& w, Rng& rng, const Slot& slot, qint64 opened, qint64 duration, qint64 id, qint64 endMs)
{
    const QString shop = QString::fromLatin1(kShops[weighted(rng, kShopWeights)]);
    const QString number = QStringLiteral("G%1").arg(id);
    const int items = 3 + int(rng() % 15);
    const bool exception = chance(rng, 0.02);
    const int exceptionAfter = exception ? int(rng() % unsigned(items)) : items;
    // Event times spread evenly over the session.
    const int steps = items + 8;
    qint64 at = opened;
    const qint64 step = std::max<qint64>(1, duration / steps);
    auto ev = [&](const char* type, const QByteArray& details) {
        return w.event(at, type, slot.station, slot.packer, id, id, details);
    };
    if (!ev("session.opened", "{}"))
        return false;
    for (int i = 0; i < exceptionAfter; ++i) {
        at += step;
        if (chance(rng, 0.02)) {
            const int r = int(rng() % 10);
            const char* reason = r < 6 ? "wrong_item" : r < 9 ? "unknown_code" : "surplus";
            if (!ev("scan.rejected", json(R"({"code":"400%09d","reason":"%s"})", int(rng() % 1000000000), reason)))
                return false;
        }
        if (!ev("item.scanned", json(R"({"code":"4006381%06d","line":%d,"sku":"SKU-%d","scanned":1,"expected":1})",
                                     int(id % 1000000), i, i)))
            return false;
    }
    if (exception) {
        const int r = int(rng() % 100);
        const char* reason = r < 55 ? "short_pick" : r < 85 ? "damaged_item" : "wrong_item";
        at = opened + duration;
        if (!ev("order.exception", json(R"({"reason":"%s","note":""})", reason)))
            return false;
        return w.order(id, shop, number, QStringLiteral("exception"), opened - kHour)
            && w.session(id, id, slot.station, slot.packer, QStringLiteral("exception"), opened, at)
            && w.outbox(shop, shop + QLatin1Char('/') + number, "order.exception", at,
                        at > endMs - 1800 * kSecond ? QStringLiteral("pending") : QStringLiteral("delivered"),
                        at > endMs - 1800 * kSecond ? 0 : at + 200 + qint64(rng() % 800));
    }
    at += step;
    bool ok = ev("items.verified", json(R"({"items":%d})", items));
    at += step;
    ok = ok && ev("box.chosen", R"({"box":"M","box_grams":210})");
    at += step;
    const bool weightFails = chance(rng, 0.03);
    ok = ok && ev("weight.checked", weightFails ? R"({"verdict":"too_light","expected_grams":900,"allowance_grams":45,"measured_grams":700})"
                                                : R"({"verdict":"pass","expected_grams":900,"allowance_grams":45,"measured_grams":905})");
    if (weightFails) {
        at += step / 2;
        ok = ok && ev("override.approved", R"({"lead":"L01","reason":"scale drift","step":"weight","manual_grams":905})");
    }
    at += step;
    QByteArray answers = R"({"key":"seal","passed":true},{"key":"fill","passed":true})";
    int defects = 0;
    for (int d = 0; d < 2; ++d) {
        if (chance(rng, d == 0 ? 0.05 : 0.2) && (d == 0 || defects > 0)) {
            answers += json(R"(,{"key":"check%d","passed":false,"defect":"%s"})", d, kDefects[weighted(rng, kDefectWeights)]);
            ++defects;
        }
    }
    ok = ok && ev("quality.recorded", json(R"({"answers":[%s],"defects":%d})", answers.constData(), defects));
    at += step;
    if (chance(rng, 0.01)) {
        ok = ok && ev("print.failed", R"({"reason":"printer offline"})");
        at += step / 2;
        ok = ok && ev("override.approved", R"({"lead":"L01","reason":"printed elsewhere","step":"print"})");
    }
    ok = ok && ev("print.finished", R"({"documents":["card","return_label"]})");
    at += step;
    ok = ok && ev("return_label.created", "{}");
    const qint64 returnAt = at;
    at = opened + duration;
    ok = ok && ev("order.packed", json(R"({"items":[{"sku":"SKU-0","quantity":%d}],"box":"M","weight_overridden":%s,)"
                                       R"("quality_defects":%d,"started_at_ms":%lld,"duration_ms":%lld,"weight_grams":905,"weight_source":"%s"})",
                                       items, weightFails ? "true" : "false", defects, (long long)opened,
                                       (long long)duration, weightFails ? "manual" : "scale"));
    ok = ok && w.order(id, shop, number, QStringLiteral("packed"), opened - kHour)
        && w.session(id, id, slot.station, slot.packer, QStringLiteral("packed"), opened, at);
    const QString key = shop + QLatin1Char('/') + number;
    for (auto [type, created] : {std::pair{"return_label.created", returnAt}, std::pair{"order.packed", at}}) {
        const bool pending = created > endMs - 1800 * kSecond;
        const bool dead = !pending && chance(rng, 0.003);
        // Lag: log-normal around 400 ms, a long tail when a shop is slow.
        const qint64 lag = qint64(std::exp(std::normal_distribution<double>(std::log(400.0), 0.8)(rng)));
        ok = ok && w.outbox(shop, key, type, created,
                            pending ? QStringLiteral("pending") : dead ? QStringLiteral("dead") : QStringLiteral("delivered"),
                            pending || dead ? 0 : created + lag);
    }
    if (ok && chance(rng, 0.015) && at + 20 * 60 * kSecond < endMs)
        ok = w.event(at + qint64(5 + rng() % 15) * 60 * kSecond, "document.reprinted", slot.station, slot.packer, id, 0,
                     R"({"job":0,"reprint_of":0,"document":"card","printer":"card-1"})");
    return ok;
}
} // namespace

bool WarehouseGenerator::generate(const QString& path, WarehouseFacts& facts)
{
    std::fprintf(stderr, "benchgen: %d orders, %d days, %d stations, %d packers into %s (once; cached)\n",
                 m_shape.orders, m_shape.days, m_shape.stations, m_shape.packers, qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    {
        // The real schema, through the real migrations.
        auto store = store::SqliteOrderStore::open(path);
        if (!store)
            return false;
    }
    auto opened = store::SqliteDatabase::open(path);
    if (!opened)
        return false;
    store::SqliteDatabase& db = *opened.value();
    // Generation only: a crash loses nothing but this scratch file.
    if (!db.exec("PRAGMA synchronous = OFF"))
        return false;
    Writer w(db);
    Rng rng(m_shape.seed);
    facts.startMs = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    facts.endMs = facts.startMs + m_shape.days * kDay;
    {
        auto tx = store::Transaction::begin(db);
        auto st = db.prepare("INSERT INTO packers (badge, name) VALUES (?1, ?2)");
        for (int p = 0; p < m_shape.packers; ++p)
            if (!w.ok(st->bind(1, QStringLiteral("P%1").arg(p + 1, 3, 10, QLatin1Char('0')))
                          .bind(2, QStringLiteral("Packer %1").arg(p + 1))
                          .run()))
                return false;
        if (!tx || !tx->commit())
            return false;
    }
    const int slotsPerDay = 3 * m_shape.stations;
    qint64 id = 0;
    for (int day = 0; day < m_shape.days; ++day) {
        auto tx = store::Transaction::begin(db); // one transaction per day: ~11,000 orders
        if (!tx)
            return false;
        const qint64 dayOrders = (qint64(m_shape.orders) * (day + 1)) / m_shape.days - (qint64(m_shape.orders) * day) / m_shape.days;
        for (int s = 0; s < slotsPerDay; ++s) {
            Slot slot;
            const int shift = s / m_shape.stations;
            slot.start = facts.startMs + day * kDay + 6 * kHour + shift * kShift;
            slot.station = QStringLiteral("S%1").arg(s % m_shape.stations + 1, 2, 10, QLatin1Char('0'));
            slot.packer = QStringLiteral("P%1").arg((s + day * 17) % m_shape.packers + 1, 3, 10, QLatin1Char('0'));
            slot.count = int((dayOrders * (s + 1)) / slotsPerDay - (dayOrders * s) / slotsPerDay);
            if (slot.count == 0)
                continue;
            if (!w.event(slot.start, "packer.logged_in", slot.station, slot.packer, 0, 0, "{}"))
                return false;
            const qint64 length = kShift / slot.count;
            for (int k = 0; k < slot.count; ++k) {
                const qint64 open = slot.start + k * length + qint64(rng() % 20) * kSecond;
                const double seconds = std::exp(std::normal_distribution<double>(std::log(180.0), 0.35)(rng));
                const qint64 duration = std::clamp<qint64>(qint64(seconds * 1000), 30 * kSecond,
                                                           std::max<qint64>(31 * kSecond, length - 25 * kSecond));
                if (open + duration >= facts.endMs)
                    continue;
                if (!packOne(w, rng, slot, open, duration, ++id, facts.endMs))
                    return false;
            }
            if (!w.event(std::min(slot.start + kShift, facts.endMs - 1), "packer.logged_out", slot.station, slot.packer, 0, 0, "{}"))
                return false;
        }
        if (!tx->commit())
            return false;
        if (day % 10 == 9)
            std::fprintf(stderr, "benchgen: day %d, %lld events, %.0f s\n", day + 1, (long long)w.events,
                         timer.elapsed() / 1000.0);
    }
    facts.orders = id;
    facts.events = w.events;
    facts.outboxRows = w.outboxRows;
    facts.generateSeconds = timer.elapsed() / 1000.0;
    opened.value().reset();
    std::fprintf(stderr, "benchgen: generated in %.1f s; indexing for the stats...\n", facts.generateSeconds);
    timer.restart();
    auto queries = stats::StatsQueries::open(path);
    if (!queries || !queries.value()->choices()) // choices() catches the indexer up
        return false;
    facts.indexSeconds = timer.elapsed() / 1000.0;
    std::fprintf(stderr, "benchgen: indexed in %.1f s\n", facts.indexSeconds);
    return true;
}

} // namespace packdesk::bench
