#pragma once

#include "stationsnapshot.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVariantList>

#include <functional>
#include <memory>

namespace packdesk {
class OrderStore;
class Clock;
class DocumentPrinter;
class Scale;
} // namespace packdesk

namespace packdesk::app {

class OrderLinesModel;
class ChecklistModel;
class StationWorker;
struct StationOutcome;

/// The packing flow for the screens. Lives on the UI thread; every command
/// runs on a worker thread that owns the PackingService, so the UI never
/// waits for SQLite, the printer or the scale. Each command ends with a
/// StationSnapshot that updates the properties below in one go.
///
/// Input arrives as scans (keyboard wedge or camera, raw scanner text) and
/// as taps. submitScan() routes a scan by screen: a badge on the login
/// screen, an order on the scan-order screen, an item while verifying, a
/// box code while weighing, a lead's badge in the override dialog.
class StationController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool pinRequired READ pinRequired NOTIFY changed)
    Q_PROPERTY(QString packerName READ packerName NOTIFY changed)
    Q_PROPERTY(QString packerLocale READ packerLocale NOTIFY changed)
    Q_PROPERTY(QString orderReference READ orderReference NOTIFY changed)
    Q_PROPERTY(QString customerFirstName READ customerFirstName NOTIFY changed)
    Q_PROPERTY(int itemsScanned READ itemsScanned NOTIFY changed)
    Q_PROPERTY(int itemsExpected READ itemsExpected NOTIFY changed)
    Q_PROPERTY(QObject* lines READ lines CONSTANT)
    Q_PROPERTY(QObject* checklist READ checklist CONSTANT)
    Q_PROPERTY(QStringList boxCodes READ boxCodes NOTIFY changed)
    Q_PROPERTY(QString chosenBox READ chosenBox NOTIFY changed)
    Q_PROPERTY(int expectedGrams READ expectedGrams NOTIFY changed)
    Q_PROPERTY(int allowanceGrams READ allowanceGrams NOTIFY changed)
    /// "", "pass", "too_light", "too_heavy", "unknown"
    Q_PROPERTY(QString weightVerdict READ weightVerdict NOTIFY changed)
    Q_PROPERTY(int measuredGrams READ measuredGrams NOTIFY changed)
    Q_PROPERTY(bool awaitingOverride READ awaitingOverride NOTIFY changed)
    Q_PROPERTY(bool overrideDialogOpen READ overrideDialogOpen NOTIFY changed)
    Q_PROPERTY(QString overrideLeadBadge READ overrideLeadBadge NOTIFY changed)
    /// "idle", "printing", "done", "failed"
    Q_PROPERTY(QString printStatus READ printStatus NOTIFY changed)
    Q_PROPERTY(QString printFailReason READ printFailReason NOTIFY changed)
    /// The last thing to tell the person: a stable code (for tests and the
    /// choice of words) and a kind. QML translates the code into text.
    Q_PROPERTY(QString messageCode READ messageCode NOTIFY changed)
    Q_PROPERTY(QString messageDetail READ messageDetail NOTIFY changed)
    Q_PROPERTY(MessageKind messageKind READ messageKind NOTIFY changed)
    /// How the last order ended, while the Done screen shows it (until
    /// nextOrder()): "order_packed", "order_cancelled", "exception_short_pick",
    /// "exception_damaged_item", "exception_wrong_item"; empty otherwise.
    Q_PROPERTY(QString doneCode READ doneCode NOTIFY changed)

public:
    enum class Screen { Login, ScanOrder, Verify, Weigh, Quality, Printing, Done };
    Q_ENUM(Screen)
    enum class MessageKind { None, Info, Error };
    Q_ENUM(MessageKind)
    /// What a command did, for the flash, the sound and the light tower.
    enum class Feedback { Accepted, Rejected, OrderComplete, Problem };
    Q_ENUM(Feedback)

    /// What the worker needs; created and used on the worker thread (the
    /// SQLite connection belongs to the thread that opened it).
    struct Backend
    {
        std::function<std::unique_ptr<OrderStore>()> openStore;
        std::function<std::unique_ptr<DocumentPrinter>()> openPrinter;
        std::shared_ptr<const Clock> clock;
        QString station;
    };

    explicit StationController(Backend backend, QObject* parent = nullptr);
    ~StationController() override; ///< stops the worker thread

    /// Resumes a session the station left open (power cut), then shows its screen.
    Q_INVOKABLE void start();

    Q_INVOKABLE void submitScan(const QString& scannerText);
    Q_INVOKABLE void submitPin(const QString& pin);
    Q_INVOKABLE void chooseBox(const QString& code);
    /// Records the weight the scale shows (ScaleView gives the stable grams;
    /// none if the scale has no stable weight: the check is then unknown).
    Q_INVOKABLE void recordWeight(const QVariant& stableGrams);
    /// Answers are kept in the checklist model; this records them.
    Q_INVOKABLE void submitQuality(const QString& photoPath = {});
    Q_INVOKABLE void retryPrint();
    /// On the Done screen: the card and label of the order just packed, again (recorded).
    Q_INVOKABLE void reprintDocuments();
    Q_INVOKABLE void complete();
    /// short_pick, damaged_item or wrong_item
    Q_INVOKABLE void reportException(const QString& reason, const QString& note = {});
    Q_INVOKABLE void openOverrideDialog();
    Q_INVOKABLE void closeOverrideDialog();
    /// reasonKey from overrideReasons(); manualGrams > 0 only for a weight
    /// override when the scale is down.
    Q_INVOKABLE void approveOverride(const QString& leadBadge, const QString& pin, const QString& reasonKey,
                                     int manualGrams = 0);
    Q_INVOKABLE QStringList overrideReasons() const;
    /// Where the camera saves the packaging photo of the current order:
    /// <app data>/photos/<shop>-<number>-<yyyyMMdd-HHmmss>.jpg (folder created).
    Q_INVOKABLE QString newPhotoPath() const;
    Q_INVOKABLE void nextOrder();
    Q_INVOKABLE void cancelOrder();
    Q_INVOKABLE void logout();
    Q_INVOKABLE void dismissMessage();

    Screen screen() const { return m_screen; }
    bool busy() const { return m_pendingCommands > 0; }
    bool pinRequired() const { return !m_pendingBadge.isEmpty(); }
    QString packerName() const;
    QString packerLocale() const;
    QString orderReference() const { return m_snapshot.orderReference; }
    QString customerFirstName() const { return m_snapshot.customerFirstName; }
    int itemsScanned() const;
    int itemsExpected() const;
    QObject* lines() const;
    QObject* checklist() const;
    QStringList boxCodes() const;
    QString chosenBox() const { return m_snapshot.chosenBox; }
    int expectedGrams() const { return m_snapshot.expectedGrams; }
    int allowanceGrams() const { return m_snapshot.allowanceGrams; }
    QString weightVerdict() const;
    int measuredGrams() const;
    bool awaitingOverride() const { return m_snapshot.awaitingOverride; }
    bool overrideDialogOpen() const { return m_overrideDialogOpen; }
    QString overrideLeadBadge() const { return m_overrideLeadBadge; }
    QString printStatus() const { return m_printStatus; }
    QString printFailReason() const { return m_printFailReason; }
    QString messageCode() const { return m_messageCode; }
    QString messageDetail() const { return m_messageDetail; }
    MessageKind messageKind() const { return m_messageKind; }
    QString doneCode() const { return m_doneCode; }
    const StationSnapshot& snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void changed();
    void busyChanged();
    void feedback(packdesk::app::StationController::Feedback kind);
    /// After every command's result is on screen (benchmarks, tests).
    void commandFinished();

private:
    friend class StationWorker;
    void adopt(const StationSnapshot& snapshot);
    /// Queues a command on the worker thread; busy until its outcome is in.
    void post(std::function<void(StationWorker&)> command);
    /// A command's outcome (or a progress report), on the UI thread.
    void receive(const StationOutcome& outcome);

    StationSnapshot m_snapshot;
    Screen m_screen = Screen::Login;
    int m_pendingCommands = 0;
    QString m_pendingBadge;
    bool m_overrideDialogOpen = false;
    QString m_overrideLeadBadge;
    QString m_printStatus = QStringLiteral("idle");
    QString m_printFailReason;
    QString m_messageCode;
    QString m_messageDetail;
    MessageKind m_messageKind = MessageKind::None;
    QString m_doneCode;
    QString m_checklistOrder; ///< whose checklist the model holds: answers survive snapshots
    OrderLinesModel* m_lines = nullptr;
    ChecklistModel* m_checklist = nullptr;
    QThread m_thread;
    StationWorker* m_worker = nullptr;
};

} // namespace packdesk::app
