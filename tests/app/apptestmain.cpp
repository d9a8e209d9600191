// GoogleTest main for the station app: the controller needs an event loop
// (its worker answers with queued calls) and the app library links Qt Gui.
// ctest sets QT_QPA_PLATFORM=offscreen; no window is ever shown.
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
