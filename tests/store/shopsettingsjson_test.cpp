#include "store/shopsettingsjson.h"
#include "storetesting.h"

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

const QString kShop = QStringLiteral("acme");

TEST(ShopSettingsJson, SettingsSurviveTheRoundTrip)
{
    ShopSettings settings;
    settings.shop = kShop;
    settings.boxes = {{QStringLiteral("XS"), QStringLiteral("Kleine Schachtel"), 80},
                      {QStringLiteral("BAG"), {}, 30}};
    settings.packingMaterialsGrams = 22;
    settings.tolerance = {35, 2.5};
    settings.checklist = {{QStringLiteral("seal"), QStringLiteral("Versiegelt")}};
    auto parsed = store::ShopSettingsJson::fromJson(kShop, store::ShopSettingsJson::toJson(settings));
    ASSERT_OK(parsed);
    EXPECT_EQ(parsed->shop, kShop);
    ASSERT_EQ(parsed->boxes.size(), 2u);
    EXPECT_EQ(parsed->boxes[0].name, QStringLiteral("Kleine Schachtel"));
    EXPECT_EQ(parsed->boxes[1].weightGrams, 30);
    EXPECT_EQ(parsed->packingMaterialsGrams, 22);
    EXPECT_EQ(parsed->tolerance.grams, 35);
    EXPECT_DOUBLE_EQ(parsed->tolerance.percent, 2.5);
    ASSERT_EQ(parsed->checklist.size(), 1u);
    EXPECT_EQ(parsed->checklist[0].label, QStringLiteral("Versiegelt"));
}

TEST(ShopSettingsJson, MissingKeysKeepTheDefaults)
{
    auto parsed = store::ShopSettingsJson::fromJson(kShop, R"({"tolerance": {"percent": 4}})");
    ASSERT_OK(parsed);
    const ShopSettings defaults = ShopSettings::defaults(kShop);
    EXPECT_EQ(parsed->boxes.size(), defaults.boxes.size());
    EXPECT_EQ(parsed->tolerance.grams, defaults.tolerance.grams);
    EXPECT_DOUBLE_EQ(parsed->tolerance.percent, 4.0);
    EXPECT_EQ(parsed->checklist.size(), defaults.checklist.size());
}

TEST(ShopSettingsJson, ABadFieldIsNamedInTheError)
{
    const std::pair<const char*, const char*> cases[] = {
        {R"({"boxes": {}})", "'boxes'"},
        {R"({"boxes": [{"code": "M", "weight_grams": -5}]})", "'boxes[0].weight_grams'"},
        {R"({"boxes": [{"name": "no code"}]})", "'boxes[0]'"},
        {R"({"packing_materials_grams": "15"})", "'packing_materials_grams'"},
        {R"({"tolerance": {"grams": 2.5}})", "'tolerance.grams'"},
        {R"({"tolerance": {"percent": 300}})", "'tolerance.percent'"},
        {R"({"checklist": [{"label": "no key"}]})", "'checklist[0]'"},
        {R"([1, 2])", "'(top level)'"},
    };
    for (const auto& [json, field] : cases) {
        auto parsed = store::ShopSettingsJson::fromJson(kShop, json);
        ASSERT_FALSE(parsed.ok()) << json;
        EXPECT_EQ(parsed.error().code, QStringLiteral("invalid_settings")) << json;
        EXPECT_TRUE(parsed.error().message.contains(QLatin1String(field)))
            << parsed.error().message.toStdString();
    }
    auto broken = store::ShopSettingsJson::fromJson(kShop, "{\"boxes\": [");
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, QStringLiteral("invalid_settings"));
}

using ShopSettingsStoreTest = StoreTest;

TEST_F(ShopSettingsStoreTest, AShopWithoutStoredSettingsGetsTheDefaults)
{
    auto settings = store->shopSettings(QStringLiteral("globex"));
    ASSERT_OK(settings);
    EXPECT_EQ(settings->shop, QStringLiteral("globex"));
    EXPECT_EQ(settings->boxes.size(), ShopSettings::defaults(QStringLiteral("globex")).boxes.size());
}

TEST_F(ShopSettingsStoreTest, SavedSettingsReplaceTheEarlierOnes)
{
    ShopSettings settings = ShopSettings::defaults(kShop);
    settings.packingMaterialsGrams = 99;
    ASSERT_OK(store->saveShopSettings(settings));
    settings.packingMaterialsGrams = 7;
    ASSERT_OK(store->saveShopSettings(settings));
    auto loaded = store->shopSettings(kShop);
    ASSERT_OK(loaded);
    EXPECT_EQ(loaded->packingMaterialsGrams, 7);
    EXPECT_EQ(store->shopSettings(QStringLiteral("other"))->packingMaterialsGrams,
              ShopSettings::defaults(QStringLiteral("other")).packingMaterialsGrams);
    EXPECT_FALSE(store->saveShopSettings(ShopSettings{}).ok()); // no shop code
}

} // namespace
