#pragma once

#include "core/result.h"
#include "sqlitestatement.h"

#include <QString>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace packdesk::store {

/// One SQLite connection, configured the way the station needs it, with a
/// cache of prepared statements.
///
/// Not thread-safe: one thread at a time (SqliteOrderStore serialises its
/// callers). Two connections on one file, in one process or two, are fine:
/// writers queue for up to kBusyTimeoutMs, then get a clear "busy" error.
class SqliteDatabase
{
public:
    static constexpr int kBusyTimeoutMs = 5000;

    /// Opens (creating if needed) the file and sets WAL, foreign keys, busy
    /// timeout and synchronous=FULL. Does not migrate: see Migrations.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString& path);
    ~SqliteDatabase();

    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    /// Runs SQL without parameters (schema, pragmas); may hold several statements.
    Result<void> exec(const char* sql);
    /// A prepared statement for this SQL, compiled on first use and reused after.
    /// Only for SQL with placeholders: values are bound, never formatted in.
    Result<SqliteStatement> prepare(const char* sql);

    /// Copies the whole database, consistently even while others write, into
    /// a new file at path (replacing what is there only once the copy is complete).
    Result<void> backupTo(const QString& path);

    qint64 lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    bool inTransaction() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// Turns an SQLite result code into the store's Error{"storage", ...}, with
    /// a sentence people can act on for the codes a station actually meets.
    Error error(int rc, const char* doing) const;

private:
    SqliteDatabase(sqlite3* db, QString path);

    sqlite3* m_db;
    QString m_path;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

} // namespace packdesk::store
