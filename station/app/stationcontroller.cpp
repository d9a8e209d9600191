#include "stationcontroller.h"

#include "checklistmodel.h"
#include "orderlinesmodel.h"
#include "stationworker.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace packdesk::app {

StationController::StationController(Backend backend, QObject* parent)
    : QObject(parent), m_lines(new OrderLinesModel(this)), m_checklist(new ChecklistModel(this))
{
    qRegisterMetaType<StationSnapshot>();
    qRegisterMetaType<StationOutcome>();
    m_thread.setObjectName(QStringLiteral("station-worker"));
    m_worker = new StationWorker(std::move(backend));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread: the SQLite connection and the printer were made there.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StationWorker::outcomeReady, this, &StationController::receive, Qt::QueuedConnection);
    m_thread.start();
}

StationController::~StationController()
{
    // Behind the queued commands, not instead of them: each is a packer's
    // action that must reach the store before the station goes away.
    QMetaObject::invokeMethod(
        m_worker, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void StationController::post(std::function<void(StationWorker&)> command)
{
    if (++m_pendingCommands == 1)
        Q_EMIT busyChanged();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, command = std::move(command)] { command(*worker); }, Qt::QueuedConnection);
}

void StationController::receive(const StationOutcome& outcome)
{
    const bool wasAwaitingOverride = m_snapshot.awaitingOverride;
    adopt(outcome.snapshot);
    m_screen = outcome.screen;
    m_pendingBadge = outcome.pendingBadge;
    m_printStatus = outcome.printStatus;
    m_printFailReason = outcome.printFailReason;
    m_doneCode = outcome.doneCode;
    if (outcome.final) {
        m_messageKind = outcome.messageKind;
        m_messageCode = outcome.messageCode;
        m_messageDetail = outcome.messageDetail;
        if (outcome.leadBadge && m_overrideDialogOpen)
            m_overrideLeadBadge = *outcome.leadBadge;
        // The dialog closes once there is nothing left to approve (approved,
        // or a re-weigh passed meanwhile).
        if (outcome.overrideApproved || (wasAwaitingOverride && !m_snapshot.awaitingOverride)) {
            m_overrideDialogOpen = false;
            m_overrideLeadBadge.clear();
        }
    }
    Q_EMIT changed();
    if (!outcome.final)
        return;
    if (outcome.feedback)
        Q_EMIT feedback(*outcome.feedback);
    if (--m_pendingCommands == 0)
        Q_EMIT busyChanged();
    Q_EMIT commandFinished();
}

void StationController::adopt(const StationSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_lines->setLines(snapshot.lines);
    // A new order (or none) starts a blank checklist; the same order keeps
    // the answers given so far, whatever else the snapshot changed.
    const QString checklistOrder = snapshot.hasSession ? snapshot.orderReference : QString();
    if (checklistOrder != m_checklistOrder || m_checklist->rowCount() != int(snapshot.checklist.size())) {
        m_checklistOrder = checklistOrder;
        m_checklist->setItems(snapshot.hasSession ? snapshot.checklist : std::vector<ChecklistItem>{});
    }
}

void StationController::start()
{
    post([](StationWorker& worker) { worker.start(); });
}

void StationController::submitScan(const QString& scannerText)
{
    post([scannerText, dialog = m_overrideDialogOpen](StationWorker& worker) {
        worker.submitScan(scannerText, dialog);
    });
}

void StationController::submitPin(const QString& pin)
{
    post([pin](StationWorker& worker) { worker.submitPin(pin); });
}

void StationController::chooseBox(const QString& code)
{
    post([code](StationWorker& worker) { worker.chooseBox(code); });
}

void StationController::recordWeight(const QVariant& stableGrams)
{
    // QML passes undefined or null when the scale has no stable weight.
    std::optional<int> grams;
    if (stableGrams.isValid() && !stableGrams.isNull()) {
        bool isNumber = false;
        const double value = stableGrams.toDouble(&isNumber);
        if (isNumber && std::isfinite(value))
            grams = int(std::lround(std::clamp(value, -1e9, 1e9)));
    }
    post([grams](StationWorker& worker) { worker.recordWeight(grams); });
}

void StationController::submitQuality(const QString& photoPath)
{
    QualityRecord record = m_checklist->record();
    record.photoPath = photoPath;
    post([record = std::move(record)](StationWorker& worker) { worker.submitQuality(record); });
}

void StationController::retryPrint()
{
    post([](StationWorker& worker) { worker.retryPrint(); });
}

void StationController::reprintDocuments()
{
    post([](StationWorker& worker) { worker.reprintDocuments(); });
}

void StationController::complete()
{
    post([](StationWorker& worker) { worker.complete(); });
}

void StationController::reportException(const QString& reason, const QString& note)
{
    post([reason, note](StationWorker& worker) { worker.reportException(reason, note); });
}

// The dialog is the UI's own state: opening it needs nothing from the worker.
void StationController::openOverrideDialog()
{
    m_overrideDialogOpen = true;
    m_overrideLeadBadge.clear();
    Q_EMIT changed();
}

void StationController::closeOverrideDialog()
{
    m_overrideDialogOpen = false;
    m_overrideLeadBadge.clear();
    Q_EMIT changed();
}

void StationController::approveOverride(const QString& leadBadge, const QString& pin, const QString& reasonKey,
                                        int manualGrams)
{
    const QString badge = leadBadge.isEmpty() ? m_overrideLeadBadge : leadBadge;
    const std::optional<int> grams = manualGrams > 0 ? std::optional<int>(manualGrams) : std::nullopt;
    post([badge, pin, reasonKey, grams](StationWorker& worker) {
        worker.approveOverride(badge, pin, reasonKey, grams);
    });
}

QStringList StationController::overrideReasons() const
{
    return {QStringLiteral("scale_offline"), QStringLiteral("extra_packaging"), QStringLiteral("customer_request"),
            QStringLiteral("printer_fault"), QStringLiteral("item_weight_wrong_in_catalog")};
}

void StationController::nextOrder()
{
    post([](StationWorker& worker) { worker.nextOrder(); });
}

void StationController::cancelOrder()
{
    post([](StationWorker& worker) { worker.cancelOrder(); });
}

void StationController::logout()
{
    post([](StationWorker& worker) { worker.logout(); });
}

void StationController::dismissMessage()
{
    m_messageKind = MessageKind::None;
    m_messageCode.clear();
    m_messageDetail.clear();
    Q_EMIT changed();
}

QString StationController::packerName() const
{
    return m_snapshot.packer ? m_snapshot.packer->name : QString();
}

QString StationController::packerLocale() const
{
    return m_snapshot.packer ? m_snapshot.packer->locale : QString();
}

int StationController::itemsScanned() const
{
    int total = 0;
    for (const LineView& line : m_snapshot.lines)
        total += line.scanned;
    return total;
}

int StationController::itemsExpected() const
{
    int total = 0;
    for (const LineView& line : m_snapshot.lines)
        total += line.expected;
    return total;
}

QObject* StationController::lines() const
{
    return m_lines;
}

QObject* StationController::checklist() const
{
    return m_checklist;
}

QStringList StationController::boxCodes() const
{
    QStringList codes;
    for (const BoxType& box : m_snapshot.boxes)
        codes << box.code;
    return codes;
}

QString StationController::weightVerdict() const
{
    return m_snapshot.lastWeight ? toString(m_snapshot.lastWeight->verdict) : QString();
}

int StationController::measuredGrams() const
{
    const auto& weight = m_snapshot.lastWeight;
    return weight && weight->verdict != WeightVerdict::Unknown ? weight->measuredGrams : 0;
}

QString StationController::newPhotoPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/photos");
    QDir().mkpath(folder);
    QString order = m_snapshot.orderReference.isEmpty() ? QStringLiteral("no-order") : m_snapshot.orderReference;
    order.replace(QLatin1Char('/'), QLatin1Char('-'));
    return folder + QLatin1Char('/') + order + QLatin1Char('-')
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".jpg");
}

} // namespace packdesk::app
