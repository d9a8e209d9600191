#pragma once

#include "core/parcelcodes.h"

#include <QString>

#include <memory>
#include <mutex>

namespace packdesk::store {

class SqliteDatabase;

/// The ParcelCodeStore on the station's SQLite file (table parcel_codes),
/// on a connection of its own so printing never waits behind the packing
/// flow's calls in the same process (SQLite queues the writers).
///
/// codesFor() is one write transaction: read the order's codes, or insert
/// new ones together with their return_label.created event. BEGIN IMMEDIATE
/// holds the write lock from the read on, so two stations asking for the
/// same order at once get the same codes, and a drawn code that another
/// order already has is seen and drawn again before anything is written.
/// Safe to call from several threads (serialised on the connection).
class SqliteParcelCodeStore final : public ParcelCodeStore
{
public:
    /// Draws this many times before giving up with codes_exhausted (a
    /// collision of 55 random bits is already vanishingly rare).
    static constexpr int kMaxDraws = 8;

    /// Opens the file and migrates it (normally SqliteOrderStore already has).
    static Result<std::unique_ptr<SqliteParcelCodeStore>> open(const QString& path);
    ~SqliteParcelCodeStore() override;

    SqliteParcelCodeStore(const SqliteParcelCodeStore&) = delete;
    SqliteParcelCodeStore& operator=(const SqliteParcelCodeStore&) = delete;

    /// order_not_stored for an order without id, order_unknown when no such
    /// order is stored, invalid_parcel_codes when `generate` returns an empty
    /// code, codes_exhausted after kMaxDraws collisions; storage errors.
    Result<ParcelCodes> codesFor(const Order& order, const std::function<ParcelCodes()>& generate, qint64 atMs,
                                 const QString& station) override;

private:
    explicit SqliteParcelCodeStore(std::unique_ptr<SqliteDatabase> db);

    Result<ParcelCodes> codesInTransaction(const Order& order, const std::function<ParcelCodes()>& generate,
                                           qint64 atMs, const QString& station);

    std::mutex m_mutex; ///< one call at a time on the connection
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace packdesk::store
