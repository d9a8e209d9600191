#include "leadstatscontroller.h"

#include "core/clock.h"
#include "core/orderstore.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace packdesk::app {

namespace {
const QString kAccessDenied = QStringLiteral("lead_access_denied");
const QString kCheckFailed = QStringLiteral("lead_check_failed");
const QString kStatsUnavailable = QStringLiteral("stats_unavailable");

/// What authenticate() says when the person is simply not let in. Anything
/// else (a locked or broken database) is the station's problem, not theirs.
bool isDenial(const QString& code)
{
    return code == QLatin1String("unknown_badge") || code == QLatin1String("wrong_pin")
        || code == QLatin1String("pin_required");
}
} // namespace

/// The worker's connections: opened on first use, on the worker thread.
struct LeadStatsController::WorkerState
{
    std::unique_ptr<OrderStore> store;
    std::unique_ptr<stats::StatsQueries> queries;
};

/// A job's answer, carried to the UI thread.
struct LeadStatsController::Outcome
{
    int generation = 0;
    bool unlockAttempt = false;
    bool authenticated = false;
    QString leadName;
    QString messageCode;
    std::optional<stats::StatsReport> station;
    std::optional<stats::StatsReport> warehouse;
    qint64 takenAtMs = 0;
};

LeadStatsController::LeadStatsController(Backend backend, QObject* parent)
    : QObject(parent), m_backend(std::move(backend)), m_state(std::make_shared<WorkerState>())
{
    if (!m_backend.clock)
        m_backend.clock = std::make_shared<SystemClock>();
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_backend.idleLockMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &LeadStatsController::lock);

    m_thread.setObjectName(QStringLiteral("lead-stats"));
    m_workerContext = new QObject; // no parent: it moves to the thread
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread.start();
}

LeadStatsController::~LeadStatsController()
{
    // The connections close on the thread that opened them.
    auto state = m_state;
    QMetaObject::invokeMethod(
        m_workerContext, [state] { *state = WorkerState{}; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LeadStatsController::openDialog()
{
    if (!m_open) {
        m_open = true;
        Q_EMIT changed();
    }
    touch();
}

void LeadStatsController::closeDialog()
{
    lock();
}

void LeadStatsController::submitBadge(const QString& scannerText)
{
    const QString badge = scannerText.trimmed();
    if (!m_open || m_unlocked || badge.isEmpty())
        return;
    m_badge = badge;
    m_messageCode.clear();
    touch();
    Q_EMIT changed();
}

void LeadStatsController::clearBadge()
{
    m_badge.clear();
    m_messageCode.clear();
    touch();
    Q_EMIT changed();
}

void LeadStatsController::unlock(const QString& badge, const QString& pin)
{
    touch();
    m_messageCode.clear();
    auto openStore = m_backend.openStore;
    const QString trimmedBadge = badge.trimmed();
    auto loadReports = loadToday();
    post([openStore, trimmedBadge, pin, loadReports](WorkerState& state) {
        Outcome outcome;
        outcome.unlockAttempt = true;
        if (trimmedBadge.isEmpty() || pin.isEmpty()) {
            // No PIN, no figures: a lead's badge alone is not enough.
            outcome.messageCode = kAccessDenied;
            return outcome;
        }
        if (!state.store && openStore)
            state.store = openStore();
        if (!state.store) {
            outcome.messageCode = kCheckFailed;
            return outcome;
        }
        const Result<Packer> packer = state.store->authenticate(trimmedBadge, pin);
        if (!packer) {
            outcome.messageCode = isDenial(packer.error().code) ? kAccessDenied : kCheckFailed;
            return outcome;
        }
        if (!packer.value().isLead) {
            outcome.messageCode = kAccessDenied;
            return outcome;
        }
        Outcome loaded = loadReports(state);
        loaded.unlockAttempt = true;
        loaded.authenticated = true;
        loaded.leadName = packer.value().name;
        return loaded;
    });
}

void LeadStatsController::refresh()
{
    if (!m_unlocked)
        return;
    touch();
    post(loadToday());
}

void LeadStatsController::lock()
{
    ++m_generation;
    m_idleTimer.stop();
    m_open = false;
    m_unlocked = false;
    m_badge.clear();
    m_leadName.clear();
    m_messageCode.clear();
    clearFigures();
    Q_EMIT changed();
}

void LeadStatsController::touch()
{
    if (m_open)
        m_idleTimer.start();
}

void LeadStatsController::packerChanged(const QString& packerName)
{
    const bool someoneNew = !packerName.isEmpty() && packerName != m_lastPacker;
    m_lastPacker = packerName;
    if (someoneNew && (m_open || m_unlocked))
        lock();
}

std::function<LeadStatsController::Outcome(LeadStatsController::WorkerState&)> LeadStatsController::loadToday()
{
    return [openStats = m_backend.openStats, clock = m_backend.clock, station = m_backend.station](WorkerState& state) {
        Outcome outcome;
        const qint64 now = clock->nowMs();
        outcome.takenAtMs = now;
        if (!state.queries && openStats) {
            auto opened = openStats();
            if (opened)
                state.queries = std::move(opened).value();
        }
        if (!state.queries) {
            outcome.messageCode = kStatsUnavailable;
            return outcome;
        }
        stats::StatsFilter warehouse;
        // Today as the lead means it: from local midnight.
        warehouse.fromMs = QDateTime::fromMSecsSinceEpoch(now).date().startOfDay().toMSecsSinceEpoch();
        warehouse.toMs = now + 1; // the filter's end is exclusive
        stats::StatsFilter thisStation = warehouse;
        thisStation.stations = QStringList{station};
        auto stationReport = state.queries->report(thisStation);
        auto warehouseReport = state.queries->report(warehouse);
        if (!stationReport || !warehouseReport) {
            outcome.messageCode = kStatsUnavailable;
            return outcome;
        }
        outcome.station = std::move(stationReport).value();
        outcome.warehouse = std::move(warehouseReport).value();
        return outcome;
    };
}

void LeadStatsController::post(std::function<Outcome(WorkerState&)> job)
{
    ++m_pending;
    Q_EMIT changed();
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, job = std::move(job), state = m_state, generation] {
            Outcome outcome = job(*state);
            outcome.generation = generation;
            // Dropped by Qt if the controller is gone by then.
            QMetaObject::invokeMethod(this, [this, outcome] { adopt(outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LeadStatsController::adopt(const Outcome& outcome)
{
    --m_pending;
    // Locked while the job ran: its figures must not reappear.
    if (outcome.generation != m_generation) {
        Q_EMIT changed();
        Q_EMIT loadFinished();
        return;
    }
    if (outcome.unlockAttempt) {
        m_unlocked = outcome.authenticated;
        m_leadName = outcome.leadName;
    }
    m_messageCode = outcome.messageCode;
    if (outcome.station && outcome.warehouse) {
        const stats::StatsReport& warehouse = *outcome.warehouse;
        m_stationFigures = figuresMap(outcome.station->totals);
        m_warehouseFigures = figuresMap(warehouse.totals);
        m_packers = topPackers(warehouse.byPacker);
        m_topDefects.clear();
        for (const stats::ParetoEntry& defect : warehouse.defectsByKind) {
            if (m_topDefects.size() >= kTopDefects)
                break;
            m_topDefects.append(QVariantMap{{QStringLiteral("kind"), defect.kind},
                                            {QStringLiteral("count"), defect.count}});
        }
        m_webhookLag = formatDuration(warehouse.webhooks.medianLagMs);
        m_deadLetters = warehouse.webhooks.deadLettered;
        m_updatedAt = QDateTime::fromMSecsSinceEpoch(outcome.takenAtMs).toString(QStringLiteral("HH:mm"));
    } else if (!m_unlocked) {
        clearFigures();
    }
    if (m_unlocked)
        touch();
    Q_EMIT changed();
    Q_EMIT loadFinished();
}

void LeadStatsController::clearFigures()
{
    m_stationFigures.clear();
    m_warehouseFigures.clear();
    m_packers.clear();
    m_topDefects.clear();
    m_webhookLag.clear();
    m_deadLetters = 0;
    m_updatedAt.clear();
}

QString LeadStatsController::formatDuration(std::optional<qint64> ms)
{
    if (!ms || *ms < 0)
        return QStringLiteral("\u2013");
    const qint64 seconds = (*ms + 500) / 1000;
    const auto pad = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(pad(seconds / 60 % 60), pad(seconds % 60));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(pad(seconds % 60));
}

QString LeadStatsController::formatRate(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QVariantMap LeadStatsController::figuresMap(const stats::StatsFigures& figures)
{
    return QVariantMap{
        {QStringLiteral("orders"), figures.ordersPacked},
        {QStringLiteral("items"), figures.itemsPacked},
        {QStringLiteral("ordersPerHour"), formatRate(figures.ordersPerHour)},
        {QStringLiteral("median"), formatDuration(figures.medianPackMs)},
        {QStringLiteral("p90"), formatDuration(figures.p90PackMs)},
        {QStringLiteral("misScansPer100"), formatRate(figures.misScansPer100Items)},
        {QStringLiteral("weightFailures"), figures.weightCheckFailures},
        {QStringLiteral("overrides"), figures.overrides},
        {QStringLiteral("exceptions"), figures.exceptions},
        {QStringLiteral("defects"), figures.packagingDefects},
        {QStringLiteral("reprints"), figures.reprints},
        {QStringLiteral("printFailures"), figures.printFailures},
    };
}

QVariantList LeadStatsController::topPackers(const std::vector<stats::GroupFigures>& byPacker, int count)
{
    std::vector<const stats::GroupFigures*> sorted;
    for (const stats::GroupFigures& packer : byPacker)
        sorted.push_back(&packer);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        if (a->figures.ordersPacked != b->figures.ordersPacked)
            return a->figures.ordersPacked > b->figures.ordersPacked;
        return a->label < b->label;
    });
    QVariantList rows;
    for (const stats::GroupFigures* packer : sorted) {
        if (rows.size() >= count)
            break;
        rows.append(QVariantMap{
            {QStringLiteral("name"), packer->label.isEmpty() ? packer->key : packer->label},
            {QStringLiteral("orders"), packer->figures.ordersPacked},
            {QStringLiteral("ordersPerHour"), formatRate(packer->figures.ordersPerHour)},
            {QStringLiteral("median"), formatDuration(packer->figures.medianPackMs)},
            {QStringLiteral("misScansPer100"), formatRate(packer->figures.misScansPer100Items)},
        });
    }
    return rows;
}

} // namespace packdesk::app
