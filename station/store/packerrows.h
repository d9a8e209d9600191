#pragma once

#include "core/packer.h"
#include "core/result.h"

#include <optional>
#include <vector>

namespace packdesk::store {

class SqliteDatabase;

/// The packers table. PINs are stored only as PinHash strings.
class PackerRows
{
public:
    struct Stored
    {
        Packer packer;
        QString pinHash; ///< empty: no PIN
        bool active = true;
    };

    explicit PackerRows(SqliteDatabase& db) : m_db(db) {}

    Result<std::optional<Stored>> find(const QString& badge);
    /// Active packers by badge.
    Result<std::vector<Packer>> active();
    /// Creates or replaces the packer (active again), with this PIN hash (empty: none).
    Result<void> upsert(const Packer& packer, const QString& pinHash);
    /// Returns false when there is no packer with this badge.
    Result<bool> setActive(const QString& badge, bool active);

private:
    SqliteDatabase& m_db;
};

} // namespace packdesk::store
