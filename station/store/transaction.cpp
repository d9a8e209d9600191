#include "transaction.h"

#include "sqlitedatabase.h"

#include <utility>

namespace packdesk::store {

Result<Transaction> Transaction::begin(SqliteDatabase& db, Mode mode)
{
    auto begun = db.exec(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    if (!begun)
        return begun.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    // A failed COMMIT can leave the transaction open; rolling back ends it
    // either way. Nothing useful can be done with a failed ROLLBACK here: the
    // connection is closed or SQLite already rolled back on its own.
    if (m_db && m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return Error{QStringLiteral("storage"), QStringLiteral("Transaction committed twice.")};
    auto committed = m_db->exec("COMMIT");
    if (!committed)
        return committed; // the destructor rolls back
    m_db = nullptr;
    return {};
}

} // namespace packdesk::store
