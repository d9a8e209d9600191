#pragma once

#include "core/result.h"
#include "stats/statsqueries.h"
#include "stats/statsreport.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace packdesk {
class OrderStore;
class Clock;
} // namespace packdesk

namespace packdesk::app {

/// Today's figures for a fulfilment lead, on the station, behind the lead's
/// badge and PIN (QML singleton `LeadStats`, qml/LeadStatsDialog.qml).
///
/// Lives on the UI thread; the PIN check (a deliberately slow hash) and the
/// stats queries run on a thread of its own with its own connections, so the
/// UI never waits. Today is local midnight to now, for this station and for
/// the whole warehouse. Locks itself (figures gone) after a while without
/// interaction and when a packer logs in.
class LeadStatsController : public QObject
{
    Q_OBJECT
    /// The dialog is showing; while it is, badge scans come here (stationapp.cpp).
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    /// The badge scanned or typed, waiting for its PIN; empty: ask for a badge.
    Q_PROPERTY(QString badge READ badge NOTIFY changed)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString leadName READ leadName NOTIFY changed)
    /// "", "lead_access_denied" (unknown badge, wrong PIN or not a lead: one
    /// code, so the screen does not tell which part was wrong),
    /// "lead_check_failed" (the store did not answer), "stats_unavailable".
    Q_PROPERTY(QString messageCode READ messageCode NOTIFY changed)
    /// Keys: orders, items, ordersPerHour, median, p90, misScansPer100,
    /// weightFailures, overrides, exceptions, defects, reprints, printFailures
    /// (counts as int, the rest as display text).
    Q_PROPERTY(QVariantMap stationFigures READ stationFigures NOTIFY changed)
    Q_PROPERTY(QVariantMap warehouseFigures READ warehouseFigures NOTIFY changed)
    /// The warehouse's top packers today by orders: {name, orders, ordersPerHour, median, misScansPer100}.
    Q_PROPERTY(QVariantList packers READ packers NOTIFY changed)
    /// The most frequent packaging defects today: {kind, count}.
    Q_PROPERTY(QVariantList topDefects READ topDefects NOTIFY changed)
    /// Median time from an event to the shop's 2xx, as text ("–" without deliveries).
    Q_PROPERTY(QString webhookLag READ webhookLag NOTIFY changed)
    Q_PROPERTY(int deadLetters READ deadLetters NOTIFY changed)
    /// When the figures were taken (local time, "HH:mm").
    Q_PROPERTY(QString updatedAt READ updatedAt NOTIFY changed)

public:
    static constexpr int kDefaultIdleLockMs = 120'000;
    static constexpr int kTopPackers = 10;
    static constexpr int kTopDefects = 5;

    /// Created and used on the controller's own thread: a SQLite connection
    /// belongs to the thread that opened it.
    struct Backend
    {
        /// nullptr when the store cannot be opened.
        std::function<std::unique_ptr<OrderStore>()> openStore;
        std::function<Result<std::unique_ptr<stats::StatsQueries>>()> openStats;
        std::shared_ptr<const Clock> clock;
        QString station;
        int idleLockMs = kDefaultIdleLockMs;
    };

    explicit LeadStatsController(Backend backend, QObject* parent = nullptr);
    ~LeadStatsController() override; ///< waits for a running query, closes the connections

    Q_INVOKABLE void openDialog();
    /// Closes the dialog and locks.
    Q_INVOKABLE void closeDialog();
    /// A badge from the scanner or the keypad; ignored unless the dialog asks for one.
    Q_INVOKABLE void submitBadge(const QString& scannerText);
    /// Back to the badge prompt (a wrong badge was scanned).
    Q_INVOKABLE void clearBadge();
    /// Checks badge and PIN on the worker; a lead gets today's figures.
    Q_INVOKABLE void unlock(const QString& badge, const QString& pin);
    /// Reloads today's figures (unlocked only).
    Q_INVOKABLE void refresh();
    /// Forgets the lead and the figures; the dialog closes.
    Q_INVOKABLE void lock();
    /// Any input in the dialog: restarts the idle timer.
    Q_INVOKABLE void touch();
    /// The station's packer (StationController::packerName): a packer logging in locks the view.
    void packerChanged(const QString& packerName);

    bool isOpen() const { return m_open; }
    QString badge() const { return m_badge; }
    bool unlocked() const { return m_unlocked; }
    bool busy() const { return m_pending > 0; }
    QString leadName() const { return m_leadName; }
    QString messageCode() const { return m_messageCode; }
    QVariantMap stationFigures() const { return m_stationFigures; }
    QVariantMap warehouseFigures() const { return m_warehouseFigures; }
    QVariantList packers() const { return m_packers; }
    QVariantList topDefects() const { return m_topDefects; }
    QString webhookLag() const { return m_webhookLag; }
    int deadLetters() const { return m_deadLetters; }
    QString updatedAt() const { return m_updatedAt; }

    /// "m:ss" (or "h:mm:ss" from an hour); "–" when there is no value.
    static QString formatDuration(std::optional<qint64> ms);
    /// One decimal in the application's locale, e.g. "12.5".
    static QString formatRate(double value);
    static QVariantMap figuresMap(const stats::StatsFigures& figures);
    static QVariantList topPackers(const std::vector<stats::GroupFigures>& byPacker, int count = kTopPackers);

Q_SIGNALS:
    void changed();
    /// After every unlock or refresh has been answered (tests).
    void loadFinished();

private:
    struct Outcome;
    struct WorkerState;
    /// Runs `job` on the worker; its Outcome is adopted on the UI thread
    /// unless the view was locked in between.
    void post(std::function<Outcome(WorkerState&)> job);
    void adopt(const Outcome& outcome);
    void clearFigures();
    std::function<Outcome(WorkerState&)> loadToday();

    Backend m_backend;
    bool m_open = false;
    QString m_badge;
    bool m_unlocked = false;
    int m_pending = 0;
    /// Bumped by lock(): answers to an older generation are dropped.
    int m_generation = 0;
    QString m_leadName;
    QString m_messageCode;
    QVariantMap m_stationFigures;
    QVariantMap m_warehouseFigures;
    QVariantList m_packers;
    QVariantList m_topDefects;
    QString m_webhookLag;
    int m_deadLetters = 0;
    QString m_updatedAt;
    QString m_lastPacker;
    QTimer m_idleTimer;
    QThread m_thread;
    QObject* m_workerContext = nullptr; ///< lives on m_thread; jobs are queued to it
    std::shared_ptr<WorkerState> m_state; ///< touched on m_thread only
};

} // namespace packdesk::app
