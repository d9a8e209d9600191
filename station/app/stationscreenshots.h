#pragma once

#include "core/documentprinter.h"
#include "core/order.h"
#include "stationprinter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QQuickWindow;

namespace packdesk::app {

class LanguageController;
class ScaleView;
class StationController;

/// The printer for screenshots: each order's first print fails
/// ("media-empty"), so the printing screen is captured with its problem and
/// retry button (its longest texts); the retry prints as `options` say.
std::function<std::unique_ptr<DocumentPrinter>()> screenshotPrinterFactory(const StationPrintingOptions& options);

/// `packdesk station --screenshot DIR`: drives the real controller through
/// every screen, one demo order per language, and saves
/// DIR/<screen>-<lang>.png; checks each screen for cut-off text
/// (textoverflow.h) and prints "overflow: <screen> <lang> <text>".
/// Needs the demo backend: packer P01, the demo orders, the simulated scale
/// carrying the expected weight on the weighing screen.
class ScreenshotTour
{
public:
    ScreenshotTour(QQuickWindow& window, StationController& station, ScaleView& scale, LanguageController& language,
                   QString databasePath);

    /// 0 when every screen was reached and no text overflows, else 1.
    int run(const QString& directory, const QStringList& languages);

    static QStringList screens(); ///< login, scan-order, verify, ...

private:
    bool tourOneLanguage(const QString& language, int orderIndex);
    /// Runs a controller call and waits until its command (if it queued one)
    /// has finished and its result is on screen.
    void command(const std::function<void()>& call);
    bool expect(int screen, const QString& language, const QString& step);
    void shoot(const QString& screen, const QString& language);
    void waitForScale(int grams);
    void pause(int ms);

    QQuickWindow& m_window;
    StationController& m_station;
    ScaleView& m_scale;
    LanguageController& m_language;
    QString m_databasePath;
    QString m_directory;
    std::vector<Order> m_orders; ///< the ready demo orders, one per language
    int m_overflows = 0;
    int m_failures = 0;
    int m_written = 0;
};

} // namespace packdesk::app
