#include "shopsettings.h"

#include <algorithm>
#include <cmath>

namespace packdesk {

int WeightTolerance::allowanceFor(int expectedGrams) const
{
    const int byPercent = int(std::lround(expectedGrams * percent / 100.0));
    return std::max(grams, byPercent);
}

const BoxType* ShopSettings::findBox(const QString& code) const
{
    for (const auto& box : boxes) {
        if (box.code.compare(code, Qt::CaseInsensitive) == 0)
            return &box;
    }
    return nullptr;
}

const ChecklistItem* ShopSettings::findChecklistItem(const QString& key) const
{
    for (const auto& item : checklist) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

ShopSettings ShopSettings::defaults(const QString& shop)
{
    ShopSettings settings;
    settings.shop = shop;
    settings.boxes = {
        {QStringLiteral("S"), QStringLiteral("Small box 20x15x10"), 120},
        {QStringLiteral("M"), QStringLiteral("Medium box 30x20x15"), 210},
        {QStringLiteral("L"), QStringLiteral("Large box 40x30x20"), 350},
        {QStringLiteral("BAG"), QStringLiteral("Padded mailer bag"), 30},
    };
    settings.checklist = {
        {QStringLiteral("right_box_size"), QStringLiteral("Right box size")},
        {QStringLiteral("protection"), QStringLiteral("Items protected")},
        {QStringLiteral("seal"), QStringLiteral("Box sealed")},
        {QStringLiteral("card_inserted"), QStringLiteral("Thank-you card inserted")},
        {QStringLiteral("label_placement"), QStringLiteral("Label placed flat and visible")},
    };
    return settings;
}

} // namespace packdesk
