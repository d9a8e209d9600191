#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <array>

struct sqlite3_stmt;

namespace packdesk::store {

class SqliteDatabase;

/// A prepared statement borrowed from the connection's cache.
///
/// It resets itself (and clears its bindings) when it goes out of scope, so a
/// half-read SELECT never keeps a read snapshot open: in WAL mode a lingering
/// snapshot would make the next BEGIN IMMEDIATE fail with a stale-snapshot busy
/// error and would stop checkpoints. Values are always bound, never spliced
/// into the SQL text.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3_stmt* statement, const SqliteDatabase* database);
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Parameters are 1-based, as in SQLite. A failed bind is reported by the next step().
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value);
    SqliteStatement& bind(int index, bool value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const QString& text);
    SqliteStatement& bind(int index,
                          const char* text) = delete; ///< say QStringLiteral: no implicit encodings
    /// Text already encoded as UTF-8 (e.g. JSON from QJsonDocument): stored as TEXT.
    SqliteStatement& bindUtf8(int index, const QByteArray& utf8);
    SqliteStatement& bindBlob(int index, const QByteArray& bytes);
    SqliteStatement& bindNull(int index);
    /// Binds NULL for 0: the store's "no order" / "no session".
    SqliteStatement& bindIdOrNull(int index, qint64 id);

    /// Advances to the next row: true when a row is available, false when done.
    Result<bool> step();
    /// Calls onRow(*this) for each remaining row; stops at the first error.
    template<typename OnRow>
    Result<void> forEachRow(OnRow&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            onRow(*this);
        }
    }
    /// Runs a statement that returns no rows (INSERT, UPDATE, DELETE) and resets it for reuse.
    Result<void> run();
    /// Ready to bind and run again; done automatically on destruction.
    void reset();

    // Columns are 0-based, as in SQLite.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const;
    bool boolean(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3_stmt* m_statement;
    const SqliteDatabase* m_database;
    int m_bindError = 0;
    /// UTF-8 of the bound texts, kept until reset() so SQLite can use them in
    /// place (SQLITE_STATIC) instead of copying each one: an order import binds
    /// millions of strings, and the copies were a fifth of its time in malloc.
    std::array<QByteArray, 32> m_boundText;
};

} // namespace packdesk::store
