#include "benchdata.h"

#include "ordergenerator.h"
#include "store/sqliteorderstore.h"

#include <QDir>
#include <QFile>

#include <cstdio>

#include <unistd.h>

namespace packdesk::bench {

QString benchDataDir()
{
    const QString fromEnv = qEnvironmentVariable("PACKDESK_BENCH_DATA");
    const QString dir = fromEnv.isEmpty() ? QDir::currentPath() + QStringLiteral("/bench-data") : fromEnv;
    QDir().mkpath(dir);
    return dir;
}

namespace {
bool buildOrderDatabase(const QString& path, int count)
{
    std::fprintf(stderr, "bench: generating %d orders into %s (once; cached)\n", count, qPrintable(path));
    QFile::remove(path);
    auto store = store::SqliteOrderStore::open(path + QStringLiteral(".partial"));
    if (!store)
        return false;
    OrderGenerator generator;
    constexpr int kBatch = 20'000;
    for (int first = 0; first < count; first += kBatch) {
        const auto upserted = store.value()->upsertOrders(generator.batch(first, std::min(kBatch, count - first)));
        if (!upserted) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(upserted.error().message));
            return false;
        }
    }
    // A clean single file: the backup API folds the WAL in.
    const bool ok = store.value()->backupTo(path).ok();
    store.value().reset();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QStringLiteral(".partial") + QString::fromLatin1(suffix));
    return ok;
}
} // namespace

QString freshCopyOfOrderDatabase(int count, const QString& workDir)
{
    const QString cached = benchDataDir() + QStringLiteral("/orders-%1.sqlite").arg(count);
    if (!QFile::exists(cached) && !buildOrderDatabase(cached, count))
        return {};
    const QString copy = workDir + QStringLiteral("/orders-%1.sqlite").arg(count);
    QFile::remove(copy);
    if (!QFile::copy(cached, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    // Flush the copy's dirty pages now: otherwise their write-back competes with
    // the fsync of every commit being measured (seen: p50 x6), which a station
    // scanning orders never suffers.
    ::sync();
    return copy;
}

} // namespace packdesk::bench
