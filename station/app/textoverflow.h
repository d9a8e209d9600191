#pragma once

#include <QString>

#include <vector>

class QQuickItem;

namespace packdesk::app {

/// A visible Text item whose text does not fit.
struct TextOverflow
{
    QString name;   ///< the item's objectName, else the start of its text
    QString reason; ///< "truncated" or "wider than its box"
};

/// Walks the item tree under `root` and reports every visible Text that is
/// cut off (elided or limited to fewer lines: `truncated`) or drawn past
/// its width (contentWidth > width + 1 px) where it neither elides nor
/// shrinks to fit (wrapping text is wider than its box only when one word is). A translation that is longer than the English is the
/// usual cause; screenshots run this for every screen and language.
std::vector<TextOverflow> findTextOverflows(QQuickItem* root);

} // namespace packdesk::app
