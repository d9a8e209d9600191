#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace packdesk::printing {

/// What a shop's printed documents say about the shop itself: its name on
/// the card and the address returns go to. Read from <templates>/<shop>/shop.json
/// (format in docs/printing.md).
struct ShopProfile
{
    QString displayName;             ///< "Acme Coffee"
    QStringList returnAddressLines;  ///< name, street, postal code + city, ... (printed as given)
    QString returnAddressCountry;    ///< ISO 3166-1 alpha-2

    /// invalid_shop_profile naming the field when a required field is
    /// missing, has the wrong type, or an unknown field is present.
    static Result<ShopProfile> fromJson(const QJsonObject& json, const QString& sourcePath);
};

} // namespace packdesk::printing
