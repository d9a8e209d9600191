#include "packsession.h"

#include <QJsonArray>

namespace packdesk {

namespace {
QString describe(PackState state)
{
    switch (state) {
    case PackState::Verifying:
        return QStringLiteral("items are still being scanned");
    case PackState::Weighing:
        return QStringLiteral("the parcel is waiting to be weighed");
    case PackState::QualityCheck:
        return QStringLiteral("the quality checklist is open");
    case PackState::Printing:
        return QStringLiteral("the documents are printing");
    case PackState::ReadyToComplete:
        return QStringLiteral("the parcel is ready to complete");
    case PackState::Packed:
        return QStringLiteral("the order is already packed");
    case PackState::Exception:
        return QStringLiteral("the order ended as an exception");
    case PackState::Cancelled:
        return QStringLiteral("the session was cancelled");
    }
    return {};
}

Result<DomainEvents> events(std::initializer_list<DomainEvent> list)
{
    return DomainEvents(list);
}
} // namespace

PackSession::PackSession(Order order, ShopSettings settings, SessionContext context)
    : m_order(std::move(order)), m_settings(std::move(settings)), m_context(std::move(context)),
      m_scanned(m_order.lines.size(), 0)
{
    m_lineCodes.reserve(m_order.lines.size());
    for (const auto& line : m_order.lines) {
        std::vector<ProductCode> codes;
        for (const auto& barcode : line.barcodes)
            codes.push_back(ProductCode::fromText(barcode));
        // The SKU is printed on internal labels, so scanning it is as good as a barcode.
        codes.push_back(ProductCode::fromText(line.sku));
        m_lineCodes.push_back(std::move(codes));
    }
}

PackSession PackSession::replay(Order order, ShopSettings settings, SessionContext context,
                                const DomainEvents& history)
{
    PackSession session(std::move(order), std::move(settings), std::move(context));
    session.apply(history);
    return session;
}

DomainEvent PackSession::makeEvent(QLatin1String type, qint64 atMs, QJsonObject details) const
{
    return DomainEvent{type, atMs, m_context.station, m_context.packer, m_order.id, m_context.sessionId,
                       std::move(details)};
}

Result<DomainEvents> PackSession::requireState(PackState wanted, const QString& action) const
{
    if (m_state == wanted)
        return DomainEvents{};
    if (isTerminal(m_state))
        return Error{QStringLiteral("session_ended"),
                     QStringLiteral("Cannot %1: %2.").arg(action, describe(m_state))};
    return Error{QStringLiteral("illegal_transition"),
                 QStringLiteral("Cannot %1 now: %2.").arg(action, describe(m_state))};
}

int PackSession::totalScanned() const
{
    int total = 0;
    for (int count : m_scanned)
        total += count;
    return total;
}

bool PackSession::allItemsScanned() const
{
    for (std::size_t i = 0; i < m_scanned.size(); ++i) {
        if (m_scanned[i] < m_order.lines[i].quantity)
            return false;
    }
    return true;
}

int PackSession::expectedWeightGrams() const
{
    return WeightCheck::expectedGrams(m_order.itemsWeightGrams(), m_box ? m_box->weightGrams : 0,
                                      m_settings.packingMaterialsGrams);
}

std::optional<std::size_t> PackSession::lineMatching(const ProductCode& code) const
{
    std::optional<std::size_t> completeMatch;
    for (std::size_t i = 0; i < m_lineCodes.size(); ++i) {
        for (const auto& lineCode : m_lineCodes[i]) {
            if (lineCode == code) {
                // Two lines may share a product (e.g. split by price): fill the open one first.
                if (m_scanned[i] < m_order.lines[i].quantity)
                    return i;
                completeMatch = i;
            }
        }
    }
    return completeMatch;
}

Result<DomainEvents> PackSession::rejectScan(const QString& code, const QString& reason, qint64 atMs,
                                             const QString& sku) const
{
    QJsonObject details{{QStringLiteral("code"), code}, {QStringLiteral("reason"), reason}};
    if (!sku.isEmpty())
        details.insert(QStringLiteral("sku"), sku);
    return events({makeEvent(EventTypes::ScanRejected, atMs, details)});
}

Result<DomainEvents> PackSession::scanItem(const QString& code, qint64 atMs) const
{
    if (auto check = requireState(PackState::Verifying, QStringLiteral("scan an item")); !check)
        return check;
    const ProductCode product = ProductCode::fromText(code);
    if (product.isEmpty())
        return rejectScan(code, QStringLiteral("unknown_code"), atMs);
    const auto line = lineMatching(product);
    if (!line) {
        // A valid GTIN is a real product, just not one of this order's; anything else we cannot place.
        return rejectScan(code, product.isGtin() ? QStringLiteral("wrong_item") : QStringLiteral("unknown_code"),
                          atMs);
    }
    const OrderLine& orderLine = m_order.lines[*line];
    if (m_scanned[*line] >= orderLine.quantity)
        return rejectScan(code, QStringLiteral("surplus"), atMs, orderLine.sku);

    DomainEvents out{makeEvent(EventTypes::ItemScanned, atMs,
                               {{QStringLiteral("code"), code},
                                {QStringLiteral("line"), qint64(*line)},
                                {QStringLiteral("sku"), orderLine.sku},
                                {QStringLiteral("scanned"), m_scanned[*line] + 1},
                                {QStringLiteral("expected"), orderLine.quantity}})};
    if (totalScanned() + 1 == m_order.totalItems())
        out.push_back(makeEvent(EventTypes::ItemsVerified, atMs, {{QStringLiteral("items"), m_order.totalItems()}}));
    return out;
}

Result<DomainEvents> PackSession::chooseBox(const QString& boxCode, qint64 atMs) const
{
    if (m_state != PackState::Verifying && m_state != PackState::Weighing)
        return requireState(PackState::Weighing, QStringLiteral("choose a box"));
    const BoxType* box = m_settings.findBox(boxCode);
    if (!box)
        return Error{QStringLiteral("unknown_box"),
                     QStringLiteral("Box '%1' is not one of this shop's boxes.").arg(boxCode)};
    return events({makeEvent(EventTypes::BoxChosen, atMs,
                             {{QStringLiteral("box"), box->code}, {QStringLiteral("box_grams"), box->weightGrams}})});
}

Result<DomainEvents> PackSession::recordWeight(std::optional<int> grams, qint64 atMs) const
{
    if (auto check = requireState(PackState::Weighing, QStringLiteral("weigh the parcel")); !check)
        return check;
    if (!m_box)
        return Error{QStringLiteral("box_required"), QStringLiteral("Choose the box before weighing.")};
    if (grams && *grams < 0)
        return Error{QStringLiteral("invalid_weight"), QStringLiteral("A weight cannot be negative.")};
    const WeightCheckResult result = grams
                                         ? WeightCheck::evaluate(expectedWeightGrams(), *grams, m_settings.tolerance)
                                         : WeightCheck::unknown(expectedWeightGrams(), m_settings.tolerance);
    QJsonObject details{{QStringLiteral("verdict"), toString(result.verdict)},
                        {QStringLiteral("expected_grams"), result.expectedGrams},
                        {QStringLiteral("allowance_grams"), result.allowanceGrams}};
    if (grams)
        details.insert(QStringLiteral("measured_grams"), *grams);
    return events({makeEvent(EventTypes::WeightChecked, atMs, details)});
}

Result<DomainEvents> PackSession::recordQuality(const QualityRecord& record, qint64 atMs) const
{
    if (auto check = requireState(PackState::QualityCheck, QStringLiteral("record the quality check")); !check)
        return check;
    if (auto valid = record.validateAgainst(m_settings.checklist); !valid)
        return valid.error();
    return events({makeEvent(EventTypes::QualityRecorded, atMs, record.toJson())});
}

Result<DomainEvents> PackSession::printFinished(const QStringList& documents, qint64 atMs) const
{
    if (auto check = requireState(PackState::Printing, QStringLiteral("confirm printing")); !check)
        return check;
    return events({makeEvent(EventTypes::PrintFinished, atMs,
                             {{QStringLiteral("documents"), QJsonArray::fromStringList(documents)}})});
}

Result<DomainEvents> PackSession::printFailed(const QString& reason, qint64 atMs) const
{
    if (auto check = requireState(PackState::Printing, QStringLiteral("report a print failure")); !check)
        return check;
    return events({makeEvent(EventTypes::PrintFailed, atMs, {{QStringLiteral("reason"), reason}})});
}

bool PackSession::awaitingOverride() const
{
    return (m_state == PackState::Weighing && m_lastWeight && !m_lastWeight->passed())
        || (m_state == PackState::Printing && m_printFailed);
}

Result<DomainEvents> PackSession::approveOverride(const QString& leadBadge, const QString& reason, qint64 atMs,
                                                  std::optional<int> manualGrams) const
{
    if (leadBadge.trimmed().isEmpty())
        return Error{QStringLiteral("lead_required"), QStringLiteral("An override needs a lead's badge.")};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("reason_required"), QStringLiteral("An override needs a reason.")};
    QString step;
    if (m_state == PackState::Weighing && m_lastWeight && !m_lastWeight->passed())
        step = QStringLiteral("weight");
    else if (m_state == PackState::Printing && m_printFailed)
        step = QStringLiteral("print");
    if (step.isEmpty()) {
        if (isTerminal(m_state))
            return Error{QStringLiteral("session_ended"),
                         QStringLiteral("Nothing to override: %1.").arg(describe(m_state))};
        return Error{QStringLiteral("override_not_applicable"),
                     QStringLiteral("Nothing to override: %1 and no check has failed.").arg(describe(m_state))};
    }
    QJsonObject details{{QStringLiteral("lead"), leadBadge},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("step"), step}};
    if (manualGrams) {
        if (step != QLatin1String("weight"))
            return Error{QStringLiteral("manual_weight_not_applicable"),
                         QStringLiteral("A weight can only be entered to override a failed weight check.")};
        if (*manualGrams <= 0)
            return Error{QStringLiteral("invalid_weight"), QStringLiteral("A parcel's weight must be more than 0 g.")};
        details.insert(QStringLiteral("manual_grams"), *manualGrams);
    }
    return events({makeEvent(EventTypes::OverrideApproved, atMs, details)});
}

Result<DomainEvents> PackSession::complete(qint64 atMs) const
{
    if (auto check = requireState(PackState::ReadyToComplete, QStringLiteral("complete the order")); !check)
        return check;
    QJsonArray items;
    for (std::size_t i = 0; i < m_order.lines.size(); ++i) {
        items.append(QJsonObject{{QStringLiteral("sku"), m_order.lines[i].sku},
                                 {QStringLiteral("quantity"), m_scanned[i]}});
    }
    QJsonObject details{{QStringLiteral("items"), items},
                        {QStringLiteral("box"), m_box ? m_box->code : QString()},
                        {QStringLiteral("weight_overridden"), m_weightOverridden},
                        {QStringLiteral("quality_defects"), m_quality ? m_quality->defectCount() : 0},
                        {QStringLiteral("started_at_ms"), m_context.startedAtMs},
                        {QStringLiteral("duration_ms"), atMs - m_context.startedAtMs}};
    if (m_manualWeightGrams) {
        details.insert(QStringLiteral("weight_grams"), *m_manualWeightGrams);
        details.insert(QStringLiteral("weight_source"), QStringLiteral("manual"));
    } else if (m_lastWeight && m_lastWeight->verdict != WeightVerdict::Unknown) {
        details.insert(QStringLiteral("weight_grams"), m_lastWeight->measuredGrams);
        details.insert(QStringLiteral("weight_source"), QStringLiteral("scale"));
    }
    return events({makeEvent(EventTypes::OrderPacked, atMs, details)});
}

Result<DomainEvents> PackSession::raiseException(ExceptionReason reason, const QString& note, qint64 atMs) const
{
    if (isTerminal(m_state))
        return requireState(PackState::Verifying, QStringLiteral("raise an exception"));
    QJsonObject details{{QStringLiteral("reason"), toString(reason)}, {QStringLiteral("note"), note}};
    switch (reason) {
    case ExceptionReason::ShortPick: {
        if (m_state != PackState::Verifying || allItemsScanned())
            return Error{QStringLiteral("nothing_missing"),
                         QStringLiteral("A short pick is only possible while items are missing.")};
        QJsonArray missing;
        for (std::size_t i = 0; i < m_order.lines.size(); ++i) {
            const int short_ = m_order.lines[i].quantity - m_scanned[i];
            if (short_ > 0)
                missing.append(QJsonObject{{QStringLiteral("sku"), m_order.lines[i].sku},
                                           {QStringLiteral("missing"), short_}});
        }
        details.insert(QStringLiteral("missing"), missing);
        break;
    }
    case ExceptionReason::WrongItem:
        if (m_state != PackState::Verifying)
            return requireState(PackState::Verifying, QStringLiteral("report a wrong item"));
        break;
    case ExceptionReason::DamagedItem:
        // A damaged item can turn up at any point until the parcel is complete.
        break;
    }
    return events({makeEvent(EventTypes::OrderException, atMs, details)});
}

Result<DomainEvents> PackSession::cancel(const QString& reason, qint64 atMs) const
{
    if (isTerminal(m_state))
        return requireState(PackState::Verifying, QStringLiteral("cancel"));
    return events({makeEvent(EventTypes::SessionCancelled, atMs, {{QStringLiteral("reason"), reason}})});
}

void PackSession::apply(const DomainEvents& events)
{
    for (const auto& event : events)
        apply(event);
}

void PackSession::apply(const DomainEvent& event)
{
    const QJsonObject& d = event.details;
    const QString& type = event.type;
    if (type == EventTypes::ItemScanned) {
        const auto line = std::size_t(d.value(QStringLiteral("line")).toInteger(-1));
        if (line < m_scanned.size())
            ++m_scanned[line];
    } else if (type == EventTypes::ItemsVerified) {
        m_state = PackState::Weighing;
    } else if (type == EventTypes::BoxChosen) {
        const BoxType* known = m_settings.findBox(d.value(QStringLiteral("box")).toString());
        // Keep the weight recorded at the time, even if the shop changes its box list later.
        m_box = BoxType{d.value(QStringLiteral("box")).toString(), known ? known->name : QString(),
                        d.value(QStringLiteral("box_grams")).toInt()};
    } else if (type == EventTypes::WeightChecked) {
        WeightCheckResult result;
        WeightVerdict verdict = WeightVerdict::Unknown;
        const QString name = d.value(QStringLiteral("verdict")).toString();
        for (auto v : {WeightVerdict::Pass, WeightVerdict::TooLight, WeightVerdict::TooHeavy})
            verdict = toString(v) == name ? v : verdict;
        result.verdict = verdict;
        result.expectedGrams = d.value(QStringLiteral("expected_grams")).toInt();
        result.measuredGrams = d.value(QStringLiteral("measured_grams")).toInt();
        result.allowanceGrams = d.value(QStringLiteral("allowance_grams")).toInt();
        m_lastWeight = result;
        if (result.passed())
            m_state = PackState::QualityCheck;
    } else if (type == EventTypes::OverrideApproved) {
        const QString step = d.value(QStringLiteral("step")).toString();
        if (step == QLatin1String("weight")) {
            m_weightOverridden = true;
            if (d.contains(QStringLiteral("manual_grams")))
                m_manualWeightGrams = d.value(QStringLiteral("manual_grams")).toInt();
            m_state = PackState::QualityCheck;
        } else if (step == QLatin1String("print")) {
            m_state = PackState::ReadyToComplete;
        }
    } else if (type == EventTypes::QualityRecorded) {
        m_quality = QualityRecord::fromJson(d);
        m_state = PackState::Printing;
    } else if (type == EventTypes::PrintFailed) {
        m_printFailed = true;
    } else if (type == EventTypes::PrintFinished) {
        m_printFailed = false;
        m_state = PackState::ReadyToComplete;
    } else if (type == EventTypes::OrderPacked) {
        m_state = PackState::Packed;
    } else if (type == EventTypes::OrderException) {
        m_state = PackState::Exception;
    } else if (type == EventTypes::SessionCancelled) {
        m_state = PackState::Cancelled;
    }
    // session.opened/resumed and scan.rejected change nothing but the record.
}

} // namespace packdesk
