#include "textoverflow.h"

#include <QMetaObject>
#include <QQuickItem>

namespace packdesk::app {

namespace {
// QQuickText's enums as their integer values (the class is private API).
constexpr int kElideNone = 3;  // Text.ElideNone
constexpr int kFixedSize = 0;  // Text.FixedSize

QString describe(const QQuickItem& item)
{
    if (!item.objectName().isEmpty())
        return item.objectName();
    QString text = item.property("text").toString().simplified();
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void check(QQuickItem* item, std::vector<TextOverflow>& found)
{
    // isVisible() is the effective visibility: hidden parents hide their texts.
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QByteArray className = item->metaObject()->className();
    // QQuickText, but not QQuickTextInput/QQuickTextEdit, which have no
    // `truncated` and scroll instead of overflowing.
    if (className.contains("QQuickText") && item->property("truncated").isValid()) {
        const double width = item->width();
        const double contentWidth = item->property("contentWidth").toDouble();
        const bool elides = item->property("elide").toInt() != kElideNone;
        const bool fits = item->property("fontSizeMode").toInt() != kFixedSize;
        if (item->property("truncated").toBool())
            found.push_back({describe(*item), QStringLiteral("truncated")});
        // Wrapped text is never wider than its box unless a single word is
        // (a long German compound): that overflows too.
        else if (!elides && !fits && contentWidth > width + 1.0)
            found.push_back({describe(*item), QStringLiteral("wider than its box")});
    }
    for (QQuickItem* child : item->childItems())
        check(child, found);
}
} // namespace

std::vector<TextOverflow> findTextOverflows(QQuickItem* root)
{
    std::vector<TextOverflow> found;
    if (root)
        check(root, found);
    return found;
}

} // namespace packdesk::app
