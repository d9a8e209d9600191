#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace packdesk {

/// A box the station can pack into; its empty weight counts in the weight check.
struct BoxType
{
    QString code; ///< what the packer scans or taps, e.g. "M"
    QString name;
    int weightGrams = 0;
};

/// One question of the packaging quality checklist.
struct ChecklistItem
{
    QString key;   ///< stable identifier, e.g. "seal"
    QString label; ///< English label; the UI translates by key
};

/// How far the weighed parcel may be from the expected weight. A parcel
/// passes when it is within the larger of the two allowances.
struct WeightTolerance
{
    int grams = 20;
    double percent = 3.0;

    int allowanceFor(int expectedGrams) const;
};

/// Per-shop packing rules. Defaults are what a shop gets until it sends its own.
struct ShopSettings
{
    QString shop;
    std::vector<BoxType> boxes;
    int packingMaterialsGrams = 15; ///< tape, filler, card: added to every parcel
    WeightTolerance tolerance;
    std::vector<ChecklistItem> checklist;

    const BoxType* findBox(const QString& code) const;
    const ChecklistItem* findChecklistItem(const QString& key) const;

    static ShopSettings defaults(const QString& shop);
};

} // namespace packdesk
