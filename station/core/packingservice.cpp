#include "packingservice.h"

namespace packdesk {

namespace {
SessionUpdate updateAfter(const PackSession& session)
{
    SessionUpdate update;
    update.state = session.state();
    update.ended = isTerminal(session.state());
    switch (session.state()) {
    case PackState::Packed:
        update.orderStatus = OrderStatus::Packed;
        break;
    case PackState::Exception:
        update.orderStatus = OrderStatus::Exception;
        break;
    case PackState::Cancelled:
        // Given back: another station (or this one, later) can pack it.
        update.orderStatus = OrderStatus::Ready;
        break;
    default:
        update.orderStatus = OrderStatus::Packing;
        break;
    }
    return update;
}
} // namespace

PackingService::PackingService(OrderStore& store, const Clock& clock, QString station)
    : m_store(store), m_clock(clock), m_station(std::move(station))
{
}

Result<bool> PackingService::resume()
{
    auto active = m_store.activeSession(m_station);
    if (!active)
        return active.error();
    if (!active.value())
        return false;
    OpenedSession& opened = *active.value();
    // The session belongs to whoever opened it; they are logged in again with it.
    QString packer;
    for (const auto& event : opened.history)
        packer = event.packer.isEmpty() ? packer : event.packer;
    SessionContext context{opened.sessionId, m_station, packer, opened.startedAtMs};
    m_session = std::make_unique<PackSession>(
        PackSession::replay(std::move(opened.order), std::move(opened.settings), context, opened.history));
    return true;
}

Result<Packer> PackingService::login(const QString& badge, const QString& pin)
{
    if (m_session && m_packer && m_packer->badge != badge)
        return Error{QStringLiteral("session_open"),
                     QStringLiteral("Finish or cancel order %1 before another packer logs in.")
                         .arg(m_session->order().reference())};
    auto packer = m_store.authenticate(badge, pin);
    if (!packer)
        return packer.error();
    DomainEvent event{EventTypes::PackerLoggedIn, m_clock.nowMs(), m_station, badge, 0, 0, {}};
    if (auto stored = m_store.recordEvents({event}); !stored)
        return stored.error();
    m_packer = packer.value();
    return packer;
}

Result<void> PackingService::logout()
{
    if (!m_packer)
        return {};
    DomainEvent event{EventTypes::PackerLoggedOut, m_clock.nowMs(), m_station, m_packer->badge, 0, 0, {}};
    if (auto stored = m_store.recordEvents({event}); !stored)
        return stored.error();
    m_packer.reset();
    return {};
}

Result<void> PackingService::requireSession() const
{
    if (!m_packer)
        return Error{QStringLiteral("not_logged_in"), QStringLiteral("Scan your badge to log in first.")};
    if (!m_session)
        return Error{QStringLiteral("no_session"), QStringLiteral("Scan an order first.")};
    return {};
}

Result<ScanOutcome> PackingService::scan(const QString& code)
{
    if (!m_packer)
        return Error{QStringLiteral("not_logged_in"), QStringLiteral("Scan your badge to log in first.")};
    if (!m_session)
        return openOrder(code);
    auto stored = commit(m_session->scanItem(code, m_clock.nowMs()));
    if (!stored)
        return stored.error();
    ScanOutcome outcome;
    outcome.events = stored.value();
    const DomainEvent& first = outcome.events.front();
    if (first.type == EventTypes::ScanRejected) {
        outcome.kind = ScanOutcome::Kind::ItemRejected;
        outcome.rejectReason = first.details.value(QStringLiteral("reason")).toString();
    }
    return outcome;
}

Result<ScanOutcome> PackingService::openOrder(const QString& code)
{
    auto opened = m_store.openSession(code, SessionOwner{m_station, m_packer->badge}, m_clock.nowMs());
    if (!opened)
        return opened.error();
    OpenedSession& session = opened.value();
    SessionContext context{session.sessionId, m_station, m_packer->badge, session.startedAtMs};
    m_session = std::make_unique<PackSession>(
        PackSession::replay(std::move(session.order), std::move(session.settings), context, session.history));
    ScanOutcome outcome;
    outcome.kind = ScanOutcome::Kind::OrderOpened;
    outcome.events = std::move(session.history);
    return outcome;
}

Result<DomainEvents> PackingService::commit(Result<DomainEvents> decided)
{
    if (!decided)
        return decided;
    // Apply to a copy to learn the resulting state, store that, then adopt it:
    // if storing fails the session in memory stays as it was on disk.
    PackSession next = *m_session;
    next.apply(decided.value());
    if (auto stored = m_store.appendToSession(next.context().sessionId, decided.value(), updateAfter(next));
        !stored)
        return stored.error();
    if (isTerminal(next.state()))
        m_session.reset();
    else
        *m_session = std::move(next);
    return decided;
}

Result<DomainEvents> PackingService::chooseBox(const QString& boxCode)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->chooseBox(boxCode, m_clock.nowMs()));
}

Result<DomainEvents> PackingService::recordWeight(std::optional<int> grams)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->recordWeight(grams, m_clock.nowMs()));
}

Result<DomainEvents> PackingService::recordQuality(const QualityRecord& record)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->recordQuality(record, m_clock.nowMs()));
}

Result<DomainEvents> PackingService::printFinished(const QStringList& documents)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->printFinished(documents, m_clock.nowMs()));
}

Result<DomainEvents> PackingService::printFailed(const QString& reason)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->printFailed(reason, m_clock.nowMs()));
}

Result<DomainEvents> PackingService::approveOverride(const QString& leadBadge, const QString& leadPin,
                                                     const QString& reason, std::optional<int> manualGrams)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    auto lead = m_store.authenticate(leadBadge, leadPin);
    if (!lead)
        return lead.error();
    if (!lead->isLead)
        return Error{QStringLiteral("not_a_lead"),
                     QStringLiteral("%1 is not a lead; ask a fulfilment lead to approve.").arg(lead->name)};
    return commit(m_session->approveOverride(leadBadge, reason, m_clock.nowMs(), manualGrams));
}

Result<DomainEvents> PackingService::complete()
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->complete(m_clock.nowMs()));
}

Result<DomainEvents> PackingService::raiseException(ExceptionReason reason, const QString& note)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->raiseException(reason, note, m_clock.nowMs()));
}

Result<DomainEvents> PackingService::cancel(const QString& reason)
{
    if (auto ok = requireSession(); !ok)
        return ok.error();
    return commit(m_session->cancel(reason, m_clock.nowMs()));
}

} // namespace packdesk
