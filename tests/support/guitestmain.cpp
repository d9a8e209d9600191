// GoogleTest main for suites that need a QGuiApplication but no screen: key
// events, video sinks, QColor, translators, QQmlEngine, and an event loop for
// queued signals (the station controller's worker answers that way).
// ctest sets QT_QPA_PLATFORM=offscreen; run by hand, it defaults to that too.
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
