// The overflow check behind `packdesk station --screenshot`: which Text
// items count as cut off.
#include "app/textoverflow.h"

#include <gtest/gtest.h>

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>

#include <memory>

using namespace packdesk::app;


namespace {

std::unique_ptr<QQuickItem> createItem(QQmlEngine& engine, const QByteArray& qml)
{
    QQmlComponent component(&engine);
    component.setData(qml, QUrl());
    auto* item = qobject_cast<QQuickItem*>(component.create());
    EXPECT_NE(item, nullptr) << qPrintable(component.errorString());
    return std::unique_ptr<QQuickItem>(item);
}

TEST(TextOverflow, FindsTextWiderThanItsBoxAndElidedText)
{
    QQmlEngine engine;
    auto root = createItem(engine, "import QtQuick\n"
                                   "Item { width: 400; height: 100\n"
                                   "  Text { objectName: 'tooWide'; width: 40; text: 'Verpackungsqualitaet pruefen' }\n"
                                   "  Text { objectName: 'elided'; width: 40; elide: Text.ElideRight; text: 'Waage nicht bereit' }\n"
                                   "  Text { objectName: 'fits'; text: 'OK' }\n"
                                   "  Text { objectName: 'hidden'; visible: false; width: 10; text: 'nobody sees this' }\n"
                                   "  Text { objectName: 'shrinks'; width: 40; height: 20; fontSizeMode: Text.Fit;"
                                   " minimumPixelSize: 4; text: 'Gewicht erfassen' }\n"
                                   "}");
    ASSERT_TRUE(root);
    QStringList names;
    for (const TextOverflow& overflow : findTextOverflows(root.get()))
        names << overflow.name;
    EXPECT_EQ(names, (QStringList{"tooWide", "elided"}));
}

TEST(TextOverflow, NamesTextWithoutObjectNameByItsText)
{
    QQmlEngine engine;
    auto root = createItem(engine, "import QtQuick\nItem { Text { width: 20; text: 'Gewicht erfassen' } }");
    ASSERT_TRUE(root);
    const auto found = findTextOverflows(root.get());
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().name, "\"Gewicht erfassen\"");
}

} // namespace
