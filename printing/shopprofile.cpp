#include "shopprofile.h"

#include <QJsonArray>

namespace packdesk::printing {

namespace {
Error invalid(const QString& sourcePath, const QString& field, const QString& reason)
{
    return Error{QStringLiteral("invalid_shop_profile"),
                 QStringLiteral("%1: field \"%2\" %3.").arg(sourcePath, field, reason)};
}
} // namespace

Result<ShopProfile> ShopProfile::fromJson(const QJsonObject& json, const QString& sourcePath)
{
    static const QStringList known{QStringLiteral("display_name"), QStringLiteral("return_address"),
                                   QStringLiteral("return_country")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(sourcePath, it.key(), QStringLiteral("is not a shop profile field (known: %1)")
                                                     .arg(known.join(QStringLiteral(", "))));
    ShopProfile profile;
    const QJsonValue name = json.value(QStringLiteral("display_name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return invalid(sourcePath, QStringLiteral("display_name"), QStringLiteral("must be a non-empty string"));
    profile.displayName = name.toString().trimmed();
    const QJsonValue address = json.value(QStringLiteral("return_address"));
    if (!address.isArray() || address.toArray().isEmpty())
        return invalid(sourcePath, QStringLiteral("return_address"),
                       QStringLiteral("must be a non-empty array of lines"));
    const QJsonArray lines = address.toArray();
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].isString() || lines[i].toString().trimmed().isEmpty())
            return invalid(sourcePath, QStringLiteral("return_address[%1]").arg(i),
                           QStringLiteral("must be a non-empty string"));
        profile.returnAddressLines << lines[i].toString().trimmed();
    }
    const QJsonValue country = json.value(QStringLiteral("return_country"));
    if (!country.isUndefined()) {
        if (!country.isString() || country.toString().size() != 2)
            return invalid(sourcePath, QStringLiteral("return_country"),
                           QStringLiteral("must be a two-letter country code"));
        profile.returnAddressCountry = country.toString().toUpper();
    }
    return profile;
}

} // namespace packdesk::printing
