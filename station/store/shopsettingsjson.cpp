#include "shopsettingsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace packdesk::store {

namespace {
Error invalid(const QString& shop, const QString& field, const QString& problem)
{
    return Error{QStringLiteral("invalid_settings"),
                 QStringLiteral("Settings of shop '%1': '%2' %3.").arg(shop, field, problem)};
}

/// A whole, non-negative number that fits an int; JSON has only doubles.
bool readGrams(const QJsonValue& value, int* out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (d < 0 || d > 1e9 || std::floor(d) != d)
        return false;
    *out = int(d);
    return true;
}

Result<std::vector<BoxType>> readBoxes(const QString& shop, const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(shop, QStringLiteral("boxes"), QStringLiteral("must be a list"));
    std::vector<BoxType> boxes;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("boxes[%1]").arg(i);
        const QJsonObject box = array[i].toObject();
        if (!array[i].isObject() || !box.value(QLatin1String("code")).isString() ||
            box.value(QLatin1String("code")).toString().isEmpty())
            return invalid(shop, field, QStringLiteral("needs a non-empty text 'code'"));
        BoxType parsed{box.value(QLatin1String("code")).toString(),
                       box.value(QLatin1String("name")).toString(), 0};
        if (!readGrams(box.value(QLatin1String("weight_grams")), &parsed.weightGrams))
            return invalid(shop, field + QStringLiteral(".weight_grams"),
                           QStringLiteral("must be whole grams >= 0"));
        boxes.push_back(std::move(parsed));
    }
    return boxes;
}

Result<std::vector<ChecklistItem>> readChecklist(const QString& shop, const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(shop, QStringLiteral("checklist"), QStringLiteral("must be a list"));
    std::vector<ChecklistItem> items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array[i].toObject();
        if (!array[i].isObject() || item.value(QLatin1String("key")).toString().isEmpty())
            return invalid(shop, QStringLiteral("checklist[%1]").arg(i),
                           QStringLiteral("needs a non-empty text 'key'"));
        items.push_back(
            {item.value(QLatin1String("key")).toString(), item.value(QLatin1String("label")).toString()});
    }
    return items;
}

Result<WeightTolerance> readTolerance(const QString& shop, const QJsonValue& value, WeightTolerance tolerance)
{
    if (!value.isObject())
        return invalid(shop, QStringLiteral("tolerance"), QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("grams")) &&
        !readGrams(object.value(QLatin1String("grams")), &tolerance.grams))
        return invalid(shop, QStringLiteral("tolerance.grams"), QStringLiteral("must be whole grams >= 0"));
    if (object.contains(QLatin1String("percent"))) {
        const QJsonValue percent = object.value(QLatin1String("percent"));
        if (!percent.isDouble() || percent.toDouble() < 0 || percent.toDouble() > 100)
            return invalid(shop, QStringLiteral("tolerance.percent"),
                           QStringLiteral("must be a number from 0 to 100"));
        tolerance.percent = percent.toDouble();
    }
    return tolerance;
}
} // namespace

QByteArray ShopSettingsJson::toJson(const ShopSettings& settings)
{
    QJsonArray boxes;
    for (const BoxType& box : settings.boxes) {
        boxes.append(QJsonObject{{QStringLiteral("code"), box.code},
                                 {QStringLiteral("name"), box.name},
                                 {QStringLiteral("weight_grams"), box.weightGrams}});
    }
    QJsonArray checklist;
    for (const ChecklistItem& item : settings.checklist)
        checklist.append(
            QJsonObject{{QStringLiteral("key"), item.key}, {QStringLiteral("label"), item.label}});
    const QJsonObject root{
        {QStringLiteral("boxes"), boxes},
        {QStringLiteral("packing_materials_grams"), settings.packingMaterialsGrams},
        {QStringLiteral("tolerance"), QJsonObject{{QStringLiteral("grams"), settings.tolerance.grams},
                                                  {QStringLiteral("percent"), settings.tolerance.percent}}},
        {QStringLiteral("checklist"), checklist},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ShopSettings> ShopSettingsJson::fromJson(const QString& shop, const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("invalid_settings"),
                     QStringLiteral("Settings of shop '%1' are not valid JSON: %2 at offset %3.")
                         .arg(shop, parseError.errorString())
                         .arg(parseError.offset)};
    if (!document.isObject())
        return invalid(shop, QStringLiteral("(top level)"), QStringLiteral("must be an object"));
    const QJsonObject root = document.object();
    ShopSettings settings = ShopSettings::defaults(shop);
    if (root.contains(QLatin1String("boxes"))) {
        auto boxes = readBoxes(shop, root.value(QLatin1String("boxes")));
        if (!boxes)
            return boxes.error();
        settings.boxes = std::move(boxes.value());
    }
    if (root.contains(QLatin1String("packing_materials_grams")) &&
        !readGrams(root.value(QLatin1String("packing_materials_grams")), &settings.packingMaterialsGrams))
        return invalid(shop, QStringLiteral("packing_materials_grams"),
                       QStringLiteral("must be whole grams >= 0"));
    if (root.contains(QLatin1String("tolerance"))) {
        auto tolerance = readTolerance(shop, root.value(QLatin1String("tolerance")), settings.tolerance);
        if (!tolerance)
            return tolerance.error();
        settings.tolerance = tolerance.value();
    }
    if (root.contains(QLatin1String("checklist"))) {
        auto checklist = readChecklist(shop, root.value(QLatin1String("checklist")));
        if (!checklist)
            return checklist.error();
        settings.checklist = std::move(checklist.value());
    }
    return settings;
}

} // namespace packdesk::store
