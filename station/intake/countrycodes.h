#pragma once

#include <QStringView>

namespace packdesk {

/// True for an ISO 3166-1 alpha-2 code that names a country today (upper
/// case, e.g. "NO"), plus "XK" (Kosovo), which carriers accept although it
/// is only user-assigned. "UK" is not a code: Great Britain is "GB".
bool isKnownCountryCode(QStringView code);

} // namespace packdesk
