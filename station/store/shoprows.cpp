#include "shoprows.h"

#include "shopsettingsjson.h"
#include "sqlitedatabase.h"

namespace packdesk::store {

namespace {
constexpr const char* kLoad = "SELECT settings_json FROM shops WHERE code = ?1";
constexpr const char* kSave = "INSERT INTO shops (code, settings_json, updated_at) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (code) DO UPDATE SET settings_json = excluded.settings_json, "
                              "updated_at = excluded.updated_at";
} // namespace

Result<ShopSettings> ShopRows::settings(const QString& shop)
{
    auto st = m_db.prepare(kLoad);
    if (!st)
        return st.error();
    auto row = st->bind(1, shop).step();
    if (!row)
        return row.error();
    if (!row.value())
        return ShopSettings::defaults(shop);
    return ShopSettingsJson::fromJson(shop, st->blob(0));
}

Result<void> ShopRows::save(const ShopSettings& settings, qint64 nowMs)
{
    if (settings.shop.isEmpty())
        return Error{QStringLiteral("invalid_settings"),
                     QStringLiteral("Shop settings need the shop's code.")};
    auto st = m_db.prepare(kSave);
    if (!st)
        return st.error();
    return st->bind(1, settings.shop).bindUtf8(2, ShopSettingsJson::toJson(settings)).bind(3, nowMs).run();
}

} // namespace packdesk::store
