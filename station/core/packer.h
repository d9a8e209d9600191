#pragma once

#include <QString>

namespace packdesk {

/// A person who packs (or leads) at the stations, known by the badge they scan.
struct Packer
{
    QString badge;
    QString name;
    QString locale = QStringLiteral("en"); ///< the station's language while they are logged in
    bool isLead = false;
};

} // namespace packdesk
