#pragma once

#include "core/result.h"
#include "core/shopsettings.h"

#include <QByteArray>

namespace packdesk::store {

/// ShopSettings as the JSON stored in shops.settings_json (and, later, sent by
/// a shop's API):
///
///   {"boxes": [{"code": "M", "name": "Medium box", "weight_grams": 210}],
///    "packing_materials_grams": 15,
///    "tolerance": {"grams": 20, "percent": 3.0},
///    "checklist": [{"key": "seal", "label": "Box sealed"}]}
///
/// A missing key keeps the default (ShopSettings::defaults); a key with the
/// wrong type or an impossible value is an invalid_settings Error naming it.
class ShopSettingsJson
{
public:
    static QByteArray toJson(const ShopSettings& settings);
    static Result<ShopSettings> fromJson(const QString& shop, const QByteArray& json);
};

} // namespace packdesk::store
