#pragma once

#include "core/result.h"
#include "core/shopsettings.h"

namespace packdesk::store {

class SqliteDatabase;

/// The shops table: each shop's packing rules as JSON (see ShopSettingsJson).
class ShopRows
{
public:
    explicit ShopRows(SqliteDatabase& db) : m_db(db) {}

    /// The stored settings, or ShopSettings::defaults(shop) when it has none.
    Result<ShopSettings> settings(const QString& shop);
    Result<void> save(const ShopSettings& settings, qint64 nowMs);

private:
    SqliteDatabase& m_db;
};

} // namespace packdesk::store
