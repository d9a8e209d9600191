#include "sqlitedatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <chrono>
#include <sqlite3.h>
#include <thread>

namespace packdesk::store {

namespace {
// Each is a deliberate choice, see README.md:
// - busy_timeout first (set before this runs), so these already wait for other connections;
// - WAL: readers never block the writer, and a killed process leaves a
//   consistent file (the log is replayed or ignored on the next open);
// - synchronous=FULL: in WAL mode NORMAL may lose the last commits on power
//   loss. A packed parcel whose event vanished is worse than an fsync per commit;
// - foreign_keys: off by default in SQLite, and the schema relies on cascades;
// - wal_autocheckpoint: SQLite copies the log back into the file inside
//   whichever commit crosses the limit, and that commit waits for it. At the
//   default 1,000 pages that is every ~60 claims, enough to set the p99 of a
//   claim or a scan; at 10,000 it is a rare ~20 ms pause nobody at the table notices;
// - journal_size_limit: a 100,000-order import grows the log to hundreds of
//   MB; trim it back after the checkpoint instead of keeping that on disk;
// - a 32 MB page cache keeps the order indexes of a busy warehouse in memory.
constexpr const char* kConnectionSetup = "PRAGMA foreign_keys = ON;"
                                         "PRAGMA synchronous = FULL;"
                                         "PRAGMA wal_autocheckpoint = 10000;"
                                         "PRAGMA journal_size_limit = 67108864;"
                                         "PRAGMA cache_size = -32768;";

/// Sets WAL mode, retrying while another connection holds the file: SQLite
/// answers BUSY at once here instead of calling the busy handler (switching
/// modes needs an exclusive lock, and waiting for it could deadlock), so two
/// processes opening a new file at the same moment would otherwise fail.
int switchToWal(sqlite3* db, QString* mode)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                *mode = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(statement);
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() >= SqliteDatabase::kBusyTimeoutMs)
            return rc;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}
} // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString& path)
{
    sqlite3* raw = nullptr;
    // NOMUTEX: the owner serialises access itself; SQLite's own mutex would not
    // keep one caller's transaction apart from another's anyway.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(raw, path));
    if (rc != SQLITE_OK) {
        if (!raw)
            return Error{QStringLiteral("storage"),
                         QStringLiteral("Cannot open database %1: out of memory.").arg(path)};
        return Error{
            QStringLiteral("storage"),
            QStringLiteral("Cannot open database %1: %2.").arg(path, QString::fromUtf8(sqlite3_errmsg(raw)))};
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);

    QString mode;
    if (const int walRc = switchToWal(raw, &mode); walRc != SQLITE_OK)
        return db->error(walRc, "PRAGMA journal_mode = WAL");
    // journal_mode answers with the mode it ended up in; a file system without
    // shared memory support would silently stay in "delete" mode.
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{
            QStringLiteral("storage"),
            QStringLiteral("Cannot switch %1 to write-ahead logging (got '%2'); is it on a network drive?")
                .arg(path, mode)};
    if (auto setup = db->exec(kConnectionSetup); !setup)
        return setup.error();
    return db;
}

SqliteDatabase::SqliteDatabase(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

SqliteDatabase::~SqliteDatabase()
{
    for (auto& [sql, statement] : m_statements)
        sqlite3_finalize(statement);
    // close_v2 never fails for busy statements: all of ours are finalised above.
    sqlite3_close_v2(m_db);
}

Result<void> SqliteDatabase::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message); // error() reads the same text from the connection
    if (rc != SQLITE_OK)
        return error(rc, sql);
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const char* sql)
{
    auto [it, inserted] = m_statements.try_emplace(std::string(sql), nullptr);
    if (inserted) {
        // PERSISTENT: these live as long as the connection, so SQLite keeps them out of its lookaside pool.
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &it->second, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(it->second);
            m_statements.erase(it);
            return error(rc, sql);
        }
    }
    return SqliteStatement(it->second, this);
}

Result<void> SqliteDatabase::backupTo(const QString& path)
{
    // Written next to the target and renamed at the end, so an interrupted
    // backup never leaves a half file under the real name.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(partial.toUtf8().constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(target, kBusyTimeoutMs);
        // -1: all pages in one step, under one read snapshot of this database.
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(target);
    }
    const QString detail =
        target ? QString::fromUtf8(sqlite3_errmsg(target)) : QStringLiteral("out of memory");
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return Error{QStringLiteral("storage"), QStringLiteral("Backup to %1 failed: %2.").arg(path, detail)};
    }
    // A stale -wal beside an older file of this name would be replayed into the new one.
    for (const QString& old : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(old);
    if (!QFile::rename(partial, path))
        return Error{
            QStringLiteral("storage"),
            QStringLiteral("Backup written to %1 but could not be renamed to %2.").arg(partial, path)};
    return {};
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Error SqliteDatabase::error(int rc, const char* doing) const
{
    // The first words of the SQL say what was being done; values are bound, so
    // no customer data can end up in the message.
    QString what = QString::fromUtf8(doing).simplified();
    if (what.size() > 60)
        what = what.left(57) + QStringLiteral("...");
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    QString message;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message =
            QStringLiteral("The database %1 is busy: another station or packdesk process kept it locked "
                           "(while %2). Try again; if it keeps happening, look for a stuck process.")
                .arg(m_path, what);
        break;
    case SQLITE_FULL:
        message = QStringLiteral("The disk holding %1 is full; nothing was saved. Free space and try again.")
                      .arg(m_path);
        break;
    case SQLITE_READONLY:
        message = QStringLiteral("The database %1 is read-only; nothing was saved (%2).").arg(m_path, detail);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message =
            QStringLiteral("The database %1 is damaged or not a packdesk database (%2). Restore a backup.")
                .arg(m_path, detail);
        break;
    case SQLITE_IOERR:
        message =
            QStringLiteral("The disk failed while writing %1 (%2); nothing was saved.").arg(m_path, detail);
        break;
    default:
        message = QStringLiteral("Storage error while %1: %2.").arg(what, detail);
        break;
    }
    return Error{QStringLiteral("storage"), message};
}

} // namespace packdesk::store
