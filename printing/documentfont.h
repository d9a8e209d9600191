#pragma once

#include "core/result.h"

#include <QString>

namespace packdesk::printing {

/// The typeface every printed document uses: DejaVu Sans (Debian's
/// fonts-dejavu-core), loaded from its file rather than picked by fontconfig
/// so that every machine lays a card out identically (golden images) and the
/// PDF embeds a font that has every Latin script character (æøå, ß, é, ij).
/// Needs a QGuiApplication. Safe to call often: loads once.
/// Returns the family name to put in a QFont, or font_missing.
Result<QString> documentFontFamily();
/// The bold face of the same family is loaded by documentFontFamily() too.

} // namespace packdesk::printing
