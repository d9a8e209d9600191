#pragma once

#include <QString>
#include <QStringList>

class QGuiApplication;

namespace packdesk::app {

/// How `packdesk station` starts.
struct StationOptions
{
    QString databasePath;     ///< SQLite file (default: the user's data folder)
    QString station;          ///< station id
    bool demo = false;        ///< demo packers and orders, simulated scale and tower
    QString scaleProfile;     ///< a real scale's device profile (overrides the simulated one)
    QString towerProfile;
    QString printDirectory;   ///< where documents go without a printer map
    QString printerMap;       ///< CUPS printer map (JSON); empty: print into printDirectory
    QString cupsServer;       ///< empty: CUPS_SERVER or the local scheduler
    QStringList templateDirs; ///< shops' templates, before the built-in ones
    QString screenshotDirectory; ///< write a PNG of every screen, then exit
    QStringList screenshotLanguages; ///< default: all five
    QString language;         ///< start language (default en; a packer's login switches it)
    /// Hidden (benchmarks): exit 0 once the first screen after start() has
    /// been rendered.
    bool exitWhenReady = false;
};

/// The composition root of the station UI: opens the store and devices,
/// creates the controllers, registers them as QML singletons
/// (import Packdesk.Backend: Station, Feedback, Scale, Language, LeadStats) and
/// loads qrc:/Packdesk/Station/Main.qml. Returns the exit code.
int runStation(QGuiApplication& app, const StationOptions& options);

/// Parses `packdesk station [options]` (arguments[0] is the command's name)
/// into `options`. Needs no application object, so --help and usage errors
/// work without a display. Returns an exit code when there is nothing to
/// run (0 after --help, 2 on bad usage), else -1.
int parseStationCommand(const QStringList& arguments, StationOptions& options);

/// Parses `packdesk station [options]`; exit code 2 on bad usage.
int runStationCommand(QGuiApplication& app, const QStringList& arguments);

} // namespace packdesk::app
