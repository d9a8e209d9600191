#pragma once

#include "stationcontroller.h"

#include "core/domainevent.h"
#include "core/order.h"
#include "core/qualityrecord.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace packdesk {
class PackingService;
}

namespace packdesk::app {

/// What one command did, made on the worker thread and adopted by the
/// StationController on the UI thread in one go.
struct StationOutcome
{
    StationSnapshot snapshot;
    StationController::Screen screen = StationController::Screen::Login;
    /// The badge waiting for its PIN; empty when none is.
    QString pendingBadge;
    QString printStatus = QStringLiteral("idle");
    QString printFailReason;
    /// How the last order ended until nextOrder(): "order_packed",
    /// "order_cancelled", "exception_short_pick", ...; empty otherwise.
    QString doneCode;
    std::optional<StationController::Feedback> feedback;
    StationController::MessageKind messageKind = StationController::MessageKind::None;
    QString messageCode;
    QString messageDetail;
    /// A badge scanned while the override dialog was open.
    std::optional<QString> leadBadge;
    /// An override went through: the dialog has done its job.
    bool overrideApproved = false;
    /// False for a progress report in the middle of a command ("printing").
    bool final = true;
};

/// The station's flow on its own thread: owns the OrderStore, the
/// PackingService and the DocumentPrinter (all created on this thread, on
/// the first command), runs one command at a time in the order they were
/// posted and reports each with an outcomeReady().
///
/// Knows what the service does not: whether the last order just ended
/// (the Done screen stays until nextOrder()), the badge waiting for a PIN,
/// and how printing went.
class StationWorker : public QObject
{
    Q_OBJECT
public:
    explicit StationWorker(StationController::Backend backend);
    ~StationWorker() override;

    void start();
    /// inOverrideDialog: captured when the scan was submitted, so a lead's
    /// badge is never taken for an order or an item.
    void submitScan(const QString& scannerText, bool inOverrideDialog);
    void submitPin(const QString& pin);
    void chooseBox(const QString& code);
    void recordWeight(std::optional<int> grams);
    void submitQuality(QualityRecord record);
    void retryPrint();
    /// Prints the card and label of the order just packed again (Done screen).
    void reprintDocuments();
    void complete();
    void reportException(const QString& reason, const QString& note);
    void approveOverride(const QString& leadBadge, const QString& pin, const QString& reasonKey,
                         std::optional<int> manualGrams);
    void nextOrder();
    void cancelOrder();
    void logout();

    /// The screen for a snapshot; doneCode non-empty: the order just ended.
    static StationController::Screen screenFor(const StationSnapshot& snapshot, const QString& doneCode);

Q_SIGNALS:
    void outcomeReady(const packdesk::app::StationOutcome& outcome);

private:
    bool ensureBackend(StationOutcome& outcome);
    StationSnapshot snapshot() const;
    /// Fills snapshot, screen and flow state, and reports the outcome.
    void report(StationOutcome outcome);
    void fail(StationOutcome& outcome, const Error& error, StationController::Feedback feedback);
    /// Notes how a session ended (the events of the last command) for the Done screen.
    void noteEnded(const DomainEvents& events, StationOutcome& outcome);
    /// Applies a command's result: error message or the session's end.
    bool settle(const Result<DomainEvents>& result, StationOutcome& outcome, StationController::Feedback onError);
    /// Prints the documents when the session waits for them and none were
    /// tried yet; failures block until retryPrint() or a lead's override.
    void printIfDue(StationOutcome& outcome);
    void print(StationOutcome& outcome);
    void login(const QString& badge, const QString& pin, StationOutcome& outcome);
    void scanOrderOrItem(const QString& text, StationOutcome& outcome);

    StationController::Backend m_backend;
    bool m_backendTried = false;
    Error m_backendError;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<DocumentPrinter> m_printer;
    std::unique_ptr<PackingService> m_service;
    QString m_pendingBadge;
    QString m_doneCode;
    QString m_endedReference;
    QString m_endedCustomer;
    QString m_printStatus = QStringLiteral("idle");
    QString m_printFailReason;
    qint64 m_printedSession = 0; ///< the session whose documents were sent (or tried)
    std::optional<Order> m_printedOrder; ///< the order whose documents printed last, for a reprint
};

} // namespace packdesk::app

Q_DECLARE_METATYPE(packdesk::app::StationOutcome)
