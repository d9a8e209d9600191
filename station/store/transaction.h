#pragma once

#include "core/result.h"

#include <mutex>

namespace packdesk::store {

class SqliteDatabase;

/// A transaction that rolls back unless commit() succeeded, whatever path the
/// code takes out of the scope.
class Transaction
{
public:
    enum class Mode
    {
        /// BEGIN IMMEDIATE: takes the write lock up front, so two stations that
        /// read-then-write (the claim) queue instead of deadlocking on upgrade.
        Write,
        /// BEGIN DEFERRED: a consistent snapshot for several SELECTs.
        Read,
    };

    static Result<Transaction> begin(SqliteDatabase& db, Mode mode = Mode::Write);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(SqliteDatabase* db) : m_db(db) {}

    SqliteDatabase* m_db; ///< null once committed, rolled back or moved from
};

/// Runs work inside one transaction on the locked connection and commits when
/// it succeeded; on any error the transaction rolls back and the error is
/// returned. How the stores that share a connection between threads write.
template<typename Work>
auto transact(std::mutex& mutex, SqliteDatabase& db, Transaction::Mode mode, Work&& work) -> decltype(work())
{
    std::lock_guard lock(mutex);
    auto tx = Transaction::begin(db, mode);
    if (!tx)
        return tx.error();
    auto result = work();
    if (!result)
        return result;
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return result;
}

} // namespace packdesk::store
