// The packdesk executable: everything lives in the libraries; see cliapp.cpp
// for the commands and app/stationapp.cpp for `packdesk station`.
#include "app/stationapp.h"
#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QTextStream>

#include <cstring>
#include <memory>

#include <unistd.h>

// The station's QML module is a static library: its plugin must be linked in by name.
Q_IMPORT_QML_PLUGIN(Packdesk_StationPlugin)

int main(int argc, char* argv[])
{
    // Only one application object may exist, and only the touchscreen UI
    // needs a QGuiApplication (a display, fonts, input): every other command
    // runs headless, e.g. over SSH. So decide before creating it.
    if (argc > 1 && std::strcmp(argv[1], "station") == 0) {
        // --help and usage errors first: they need no display.
        QStringList arguments = {QStringLiteral("packdesk station")};
        for (int i = 2; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        packdesk::app::StationOptions options;
        if (const int code = packdesk::app::parseStationCommand(arguments, options); code >= 0)
            return code;
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("packdesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PACKDESK_VERSION));
        return packdesk::app::runStation(app, options);
    }
    // Commands that render documents (PDF cards and labels need fonts and a
    // paint engine) get a QGuiApplication on the offscreen platform, so they
    // still run without a display.
    bool rendersDocuments = argc > 1 && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "printers") == 0
                                         || std::strcmp(argv[1], "demo") == 0);
    for (int i = 2; argc > 1 && std::strcmp(argv[1], "pack") == 0 && i < argc; ++i)
        rendersDocuments |= std::strncmp(argv[i], "--print-dir", 11) == 0 || std::strncmp(argv[i], "--printers", 10) == 0;
    if (rendersDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Over SSH or in a service there is often no XDG_RUNTIME_DIR, and Qt warns
    // about it on every start; the offscreen platform puts nothing there.
    if (rendersDocuments && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QDir::tempPath().toLocal8Bit() + "/packdesk-runtime-" + QByteArray::number(getuid()));
    std::unique_ptr<QCoreApplication> app = rendersDocuments ? std::make_unique<QGuiApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("packdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACKDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return packdesk::cli::runCli(QCoreApplication::arguments(), out, err);
}
