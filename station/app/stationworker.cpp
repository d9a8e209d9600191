#include "stationworker.h"

#include "core/documentprinter.h"
#include "core/orderstore.h"
#include "core/packingservice.h"
#include "scanning/scaninterpreter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

namespace packdesk::app {

using Feedback = StationController::Feedback;
using MessageKind = StationController::MessageKind;
using Screen = StationController::Screen;

namespace {
const QStringList kDocuments{QStringLiteral("card"), QStringLiteral("return_label")};

/// The packing service needs a clock; a Backend without one gets the real time.
const Clock& fallbackClock()
{
    static const SystemClock clock;
    return clock;
}

void inform(StationOutcome& outcome, const QString& code, const QString& detail = {})
{
    outcome.messageKind = MessageKind::Info;
    outcome.messageCode = code;
    outcome.messageDetail = detail;
}

QString rejectDetail(const QString& reason, const QString& code)
{
    if (reason == QLatin1String("wrong_item"))
        return QStringLiteral("'%1' is a product, but not one on this order.").arg(code);
    if (reason == QLatin1String("surplus"))
        return QStringLiteral("'%1': every item of this line is already scanned.").arg(code);
    return QStringLiteral("'%1' matches nothing on this order.").arg(code);
}

Result<QString> sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("photo_unreadable"), QStringLiteral("Cannot read photo '%1'.").arg(path)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{QStringLiteral("photo_unreadable"), QStringLiteral("Cannot read photo '%1'.").arg(path)};
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

StationWorker::StationWorker(StationController::Backend backend) : m_backend(std::move(backend)) {}

// The service refers to the store: it goes first.
StationWorker::~StationWorker()
{
    m_service.reset();
    m_printer.reset();
    m_store.reset();
}

Screen StationWorker::screenFor(const StationSnapshot& snapshot, const QString& doneCode)
{
    if (!snapshot.packer)
        return Screen::Login;
    if (!snapshot.hasSession)
        return doneCode.isEmpty() ? Screen::ScanOrder : Screen::Done;
    switch (snapshot.state) {
    case PackState::Verifying:
        return Screen::Verify;
    case PackState::Weighing:
        return Screen::Weigh;
    case PackState::QualityCheck:
        return Screen::Quality;
    case PackState::Printing:
    case PackState::ReadyToComplete:
        return Screen::Printing;
    case PackState::Packed:
    case PackState::Exception:
    case PackState::Cancelled:
        return Screen::Done;
    }
    return Screen::ScanOrder;
}

bool StationWorker::ensureBackend(StationOutcome& outcome)
{
    if (m_service)
        return true;
    // Tried again on every command: a store that failed to open (a disk not
    // yet mounted) may work a moment later.
    if (m_backend.openStore)
        m_store = m_backend.openStore();
    if (!m_store) {
        fail(outcome,
             Error{QStringLiteral("store_unavailable"), QStringLiteral("The station's database cannot be opened.")},
             Feedback::Problem);
        return false;
    }
    if (m_backend.openPrinter)
        m_printer = m_backend.openPrinter();
    const Clock& clock = m_backend.clock ? *m_backend.clock : fallbackClock();
    m_service = std::make_unique<PackingService>(*m_store, clock, m_backend.station);
    return true;
}

StationSnapshot StationWorker::snapshot() const
{
    StationSnapshot snap;
    if (!m_service)
        return snap;
    snap.packer = m_service->packer();
    const PackSession* session = m_service->session();
    if (!session) {
        // The Done screen still names the order that just ended.
        if (!m_doneCode.isEmpty()) {
            snap.orderReference = m_endedReference;
            snap.customerFirstName = m_endedCustomer;
        }
        return snap;
    }
    const Order& order = session->order();
    snap.hasSession = true;
    snap.state = session->state();
    snap.orderReference = order.reference();
    snap.customerFirstName = order.customer.name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    snap.lines.reserve(order.lines.size());
    for (std::size_t i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines[i];
        snap.lines.push_back(LineView{line.name, line.sku, line.barcodes.value(0), line.quantity,
                                      session->scannedCount(i)});
    }
    snap.boxes = session->settings().boxes;
    snap.chosenBox = session->box() ? session->box()->code : QString();
    snap.expectedGrams = session->expectedWeightGrams();
    snap.allowanceGrams = session->settings().tolerance.allowanceFor(snap.expectedGrams);
    snap.lastWeight = session->lastWeightCheck();
    snap.awaitingOverride = session->awaitingOverride();
    snap.checklist = session->settings().checklist;
    snap.printFailed = session->state() == PackState::Printing && session->awaitingOverride();
    return snap;
}

void StationWorker::report(StationOutcome outcome)
{
    outcome.snapshot = snapshot();
    if (outcome.snapshot.hasSession) {
        m_endedReference = outcome.snapshot.orderReference;
        m_endedCustomer = outcome.snapshot.customerFirstName;
    }
    outcome.screen = screenFor(outcome.snapshot, m_doneCode);
    outcome.pendingBadge = m_pendingBadge;
    outcome.doneCode = m_doneCode;

    const StationSnapshot& snap = outcome.snapshot;
    QString status = QStringLiteral("idle");
    if (snap.hasSession && snap.state == PackState::ReadyToComplete)
        status = QStringLiteral("done");
    else if (snap.hasSession && snap.state == PackState::Printing)
        status = !outcome.final ? QStringLiteral("printing")
                 : snap.printFailed || m_printedSession == m_service->session()->context().sessionId
                     ? QStringLiteral("failed") // tried, and not confirmed
                     : QStringLiteral("idle");
    outcome.printStatus = status;
    outcome.printFailReason = status == QLatin1String("failed") ? m_printFailReason : QString();
    Q_EMIT outcomeReady(outcome);
}

void StationWorker::fail(StationOutcome& outcome, const Error& error, Feedback feedback)
{
    outcome.feedback = feedback;
    outcome.messageKind = MessageKind::Error;
    outcome.messageCode = error.code;
    outcome.messageDetail = error.message;
}

void StationWorker::noteEnded(const DomainEvents& events, StationOutcome& outcome)
{
    for (const DomainEvent& event : events) {
        QString code;
        if (event.type == EventTypes::OrderPacked)
            code = QStringLiteral("order_packed");
        else if (event.type == EventTypes::SessionCancelled)
            code = QStringLiteral("order_cancelled");
        else if (event.type == EventTypes::OrderException)
            code = QStringLiteral("exception_") + event.details.value(QStringLiteral("reason")).toString();
        if (code.isEmpty())
            continue;
        m_doneCode = code;
        inform(outcome, code, m_endedReference);
    }
}

bool StationWorker::settle(const Result<DomainEvents>& result, StationOutcome& outcome, Feedback onError)
{
    if (!result) {
        fail(outcome, result.error(), onError);
        return false;
    }
    noteEnded(result.value(), outcome);
    return true;
}

void StationWorker::printIfDue(StationOutcome& outcome)
{
    if (!m_service || !m_service->packer())
        return; // after a resume: printing waits until the packer is back
    const PackSession* session = m_service->session();
    if (!session || session->state() != PackState::Printing || session->awaitingOverride()
        || m_printedSession == session->context().sessionId)
        return;
    print(outcome);
}

void StationWorker::print(StationOutcome& outcome)
{
    const PackSession* session = m_service->session();
    m_printedSession = session->context().sessionId;
    // The screen says "printing" while the printer works (it may take seconds).
    StationOutcome progress;
    progress.final = false;
    report(progress);

    const Order& order = session->order();
    const Result<void> printed =
        m_printer ? m_printer->print(order, kDocuments)
                  : Result<void>::failure(QStringLiteral("printer_unavailable"),
                                          QStringLiteral("No printer is configured for this station."));
    if (printed) {
        m_printFailReason.clear();
        m_printedOrder = order;
        if (settle(m_service->printFinished(kDocuments), outcome, Feedback::Problem))
            return;
        m_printFailReason = outcome.messageCode; // printed, but not recorded: try again
        return;
    }
    m_printFailReason = printed.error().code;
    if (!settle(m_service->printFailed(printed.error().code), outcome, Feedback::Problem))
        return;
    fail(outcome, Error{QStringLiteral("print_failed"), printed.error().message}, Feedback::Problem);
}

void StationWorker::start()
{
    StationOutcome outcome;
    if (ensureBackend(outcome) && !m_service->session()) {
        auto resumed = m_service->resume();
        if (!resumed)
            fail(outcome, resumed.error(), Feedback::Problem);
        else if (resumed.value())
            inform(outcome, QStringLiteral("session_resumed"), m_service->session()->order().reference());
    }
    if (m_service)
        printIfDue(outcome);
    report(outcome);
}

void StationWorker::login(const QString& badge, const QString& pin, StationOutcome& outcome)
{
    auto packer = m_service->login(badge, pin);
    if (packer) {
        m_pendingBadge.clear();
        outcome.feedback = Feedback::Accepted;
        return;
    }
    const QString& code = packer.error().code;
    if (code == QLatin1String("pin_required")) {
        // Not a failure: the PIN pad opens and the badge waits for it.
        m_pendingBadge = badge;
        inform(outcome, code, packer.error().message);
        return;
    }
    if (code != QLatin1String("wrong_pin"))
        m_pendingBadge.clear(); // a wrong PIN may be typed again; anything else starts over
    fail(outcome, packer.error(), Feedback::Rejected);
}

void StationWorker::scanOrderOrItem(const QString& text, StationOutcome& outcome)
{
    const PackSession* session = m_service->session();
    if (session && session->state() == PackState::Weighing) {
        for (const BoxType& box : session->settings().boxes) {
            if (box.code.compare(text, Qt::CaseInsensitive) == 0) {
                if (settle(m_service->chooseBox(box.code), outcome, Feedback::Rejected))
                    outcome.feedback = Feedback::Accepted;
                return;
            }
        }
    }
    auto scanned = m_service->scan(text);
    if (!scanned) {
        fail(outcome, scanned.error(), Feedback::Rejected);
        return;
    }
    switch (scanned->kind) {
    case ScanOutcome::Kind::OrderOpened:
        m_doneCode.clear();
        m_printFailReason.clear();
        outcome.feedback = Feedback::Accepted;
        break;
    case ScanOutcome::Kind::ItemAccepted:
        outcome.feedback = Feedback::Accepted;
        break;
    case ScanOutcome::Kind::ItemRejected:
        fail(outcome, Error{scanned->rejectReason, rejectDetail(scanned->rejectReason, text)}, Feedback::Rejected);
        break;
    }
}

void StationWorker::submitScan(const QString& scannerText, bool inOverrideDialog)
{
    StationOutcome outcome;
    auto code = scanning::interpretScan(scannerText);
    if (!code) {
        fail(outcome, code.error(), Feedback::Rejected);
    } else if (inOverrideDialog) {
        outcome.leadBadge = code->productText();
        outcome.feedback = Feedback::Accepted;
    } else if (ensureBackend(outcome)) {
        const QString text = code->productText();
        if (!m_service->packer())
            login(text, {}, outcome);
        else
            scanOrderOrItem(text, outcome);
        printIfDue(outcome);
    }
    report(outcome);
}

void StationWorker::submitPin(const QString& pin)
{
    StationOutcome outcome;
    if (m_pendingBadge.isEmpty()) {
        fail(outcome, Error{QStringLiteral("pin_not_expected"), QStringLiteral("Scan your badge first.")},
             Feedback::Rejected);
    } else if (ensureBackend(outcome)) {
        login(m_pendingBadge, pin, outcome);
        printIfDue(outcome);
    }
    report(outcome);
}

void StationWorker::chooseBox(const QString& code)
{
    StationOutcome outcome;
    if (ensureBackend(outcome) && settle(m_service->chooseBox(code), outcome, Feedback::Problem))
        outcome.feedback = Feedback::Accepted;
    report(outcome);
}

void StationWorker::recordWeight(std::optional<int> grams)
{
    StationOutcome outcome;
    if (ensureBackend(outcome) && settle(m_service->recordWeight(grams), outcome, Feedback::Problem)) {
        const PackSession* session = m_service->session();
        const auto& check = session->lastWeightCheck();
        if (check && check->passed()) {
            outcome.feedback = Feedback::Accepted;
        } else if (check) {
            const QString detail =
                check->verdict == WeightVerdict::Unknown
                    ? QStringLiteral("No stable weight; expected %1 g ± %2 g.")
                          .arg(check->expectedGrams)
                          .arg(check->allowanceGrams)
                    : QStringLiteral("Measured %1 g; expected %2 g ± %3 g.")
                          .arg(check->measuredGrams)
                          .arg(check->expectedGrams)
                          .arg(check->allowanceGrams);
            fail(outcome, Error{QStringLiteral("weight_") + toString(check->verdict), detail}, Feedback::Problem);
        }
    }
    report(outcome);
}

void StationWorker::submitQuality(QualityRecord record)
{
    StationOutcome outcome;
    if (!record.photoPath.isEmpty()) {
        // QML hands over camera captures as file URLs.
        if (record.photoPath.startsWith(QLatin1String("file:")))
            record.photoPath = QUrl(record.photoPath).toLocalFile();
        auto hash = sha256Of(record.photoPath);
        if (!hash) {
            fail(outcome, hash.error(), Feedback::Problem);
            report(outcome);
            return;
        }
        record.photoSha256 = hash.value();
    }
    if (ensureBackend(outcome) && settle(m_service->recordQuality(record), outcome, Feedback::Problem)) {
        outcome.feedback = Feedback::Accepted;
        printIfDue(outcome);
    }
    report(outcome);
}

void StationWorker::retryPrint()
{
    StationOutcome outcome;
    if (ensureBackend(outcome)) {
        const PackSession* session = m_service->session();
        if (!m_service->packer() || !session || session->state() != PackState::Printing) {
            fail(outcome, Error{QStringLiteral("nothing_to_print"), QStringLiteral("No documents wait to be printed.")},
                 Feedback::Problem);
        } else {
            print(outcome);
            if (outcome.messageKind != MessageKind::Error)
                outcome.feedback = Feedback::Accepted;
        }
    }
    report(outcome);
}

void StationWorker::reprintDocuments()
{
    StationOutcome outcome;
    if (ensureBackend(outcome)) {
        // Only the parcel on the bench: the order the Done screen shows.
        const bool packedHere = m_doneCode == QLatin1String("order_packed") && m_printedOrder
                                && m_printedOrder->reference() == m_endedReference;
        if (!packedHere || !m_service->packer() || !m_printer) {
            fail(outcome, Error{QStringLiteral("nothing_to_reprint"),
                                QStringLiteral("Only the order just packed can be printed again.")},
                 Feedback::Problem);
        } else if (const auto again = m_printer->reprint(*m_printedOrder, kDocuments, m_service->packer()->badge);
                   !again) {
            fail(outcome, again.error(), Feedback::Problem);
        } else {
            inform(outcome, QStringLiteral("documents_reprinted"), m_endedReference);
            outcome.feedback = Feedback::Accepted;
        }
    }
    report(outcome);
}

void StationWorker::complete()
{
    StationOutcome outcome;
    if (ensureBackend(outcome) && settle(m_service->complete(), outcome, Feedback::Problem))
        outcome.feedback = Feedback::OrderComplete;
    report(outcome);
}

void StationWorker::reportException(const QString& reason, const QString& note)
{
    StationOutcome outcome;
    ExceptionReason parsed = ExceptionReason::ShortPick;
    if (!exceptionReasonFromString(reason, &parsed)) {
        fail(outcome,
             Error{QStringLiteral("unknown_exception_reason"),
                   QStringLiteral("'%1' is not short_pick, damaged_item or wrong_item.").arg(reason)},
             Feedback::Problem);
    } else if (ensureBackend(outcome) && settle(m_service->raiseException(parsed, note), outcome, Feedback::Problem)) {
        outcome.feedback = Feedback::Problem; // the order does not ship: the lead must see it
    }
    report(outcome);
}

void StationWorker::approveOverride(const QString& leadBadge, const QString& pin, const QString& reasonKey,
                                    std::optional<int> manualGrams)
{
    StationOutcome outcome;
    // The reason is stored as its stable key: stats group by it, any language reads it.
    if (ensureBackend(outcome)
        && settle(m_service->approveOverride(leadBadge, pin, reasonKey, manualGrams), outcome, Feedback::Rejected)) {
        outcome.overrideApproved = true;
        outcome.feedback = Feedback::Accepted;
        printIfDue(outcome);
    }
    report(outcome);
}

void StationWorker::nextOrder()
{
    StationOutcome outcome;
    m_doneCode.clear();
    m_endedReference.clear();
    m_endedCustomer.clear();
    report(outcome);
}

void StationWorker::cancelOrder()
{
    StationOutcome outcome;
    if (ensureBackend(outcome))
        settle(m_service->cancel(QStringLiteral("cancelled_at_station")), outcome, Feedback::Problem);
    report(outcome);
}

void StationWorker::logout()
{
    StationOutcome outcome;
    if (ensureBackend(outcome)) {
        if (auto out = m_service->logout(); !out) {
            fail(outcome, out.error(), Feedback::Problem);
        } else {
            m_pendingBadge.clear();
            m_doneCode.clear();
        }
    }
    report(outcome);
}

} // namespace packdesk::app
