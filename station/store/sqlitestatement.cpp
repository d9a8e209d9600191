#include "sqlitestatement.h"

#include "sqlitedatabase.h"

#include <sqlite3.h>
#include <utility>

namespace packdesk::store {

SqliteStatement::SqliteStatement(sqlite3_stmt* statement, const SqliteDatabase* database)
    : m_statement(statement), m_database(database)
{
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_database(other.m_database),
      m_bindError(other.m_bindError), m_boundText(std::move(other.m_boundText)) // moving keeps the buffers
{
}

SqliteStatement::~SqliteStatement()
{
    reset();
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = 0;
    for (auto& text : m_boundText)
        text.clear(); // only after SQLite let go of them
}

namespace {
void keepFirstError(int* bindError, int rc)
{
    if (rc != SQLITE_OK && *bindError == 0)
        *bindError = rc;
}
} // namespace

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    keepFirstError(&m_bindError, sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, int value)
{
    return bind(index, qint64(value));
}

SqliteStatement& SqliteStatement::bind(int index, bool value)
{
    return bind(index, qint64(value ? 1 : 0));
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    keepFirstError(&m_bindError, sqlite3_bind_double(m_statement, index, value));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& text)
{
    if (index < 1 || index > int(m_boundText.size()))
        return bindUtf8(index, text.toUtf8());
    QByteArray& kept = m_boundText[std::size_t(index - 1)];
    kept = text.toUtf8();
    keepFirstError(&m_bindError, sqlite3_bind_text(m_statement, index, kept.constData(), int(kept.size()),
                                                   SQLITE_STATIC));
    return *this;
}

SqliteStatement& SqliteStatement::bindUtf8(int index, const QByteArray& utf8)
{
    // SQLITE_TRANSIENT: SQLite copies, so a temporary UTF-8 buffer may go away.
    keepFirstError(&m_bindError, sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                                   SQLITE_TRANSIENT));
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    keepFirstError(&m_bindError, sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                                   SQLITE_TRANSIENT));
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    keepFirstError(&m_bindError, sqlite3_bind_null(m_statement, index));
    return *this;
}

SqliteStatement& SqliteStatement::bindIdOrNull(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

Result<bool> SqliteStatement::step()
{
    if (m_bindError != 0)
        return m_database->error(m_bindError, "binding a parameter");
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_database->error(rc, sqlite3_sql(m_statement));
    sqlite3_reset(m_statement);
    return error;
}

Result<void> SqliteStatement::run()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteStatement::int32(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

bool SqliteStatement::boolean(int column) const
{
    return sqlite3_column_int(m_statement, column) != 0;
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    // Ask for the text before its size: that is the order SQLite documents as safe.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace packdesk::store
