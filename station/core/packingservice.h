#pragma once

#include "clock.h"
#include "orderstore.h"
#include "packsession.h"

#include <memory>
#include <optional>

namespace packdesk {

/// What a scan did, for the feedback the station gives (flash, sound, light).
struct ScanOutcome
{
    enum class Kind {
        OrderOpened,  ///< an order was claimed and opened (or resumed)
        ItemAccepted, ///< counted against a line
        ItemRejected, ///< wrong, unknown or surplus: red feedback
    };
    Kind kind = Kind::ItemAccepted;
    DomainEvents events;
    QString rejectReason; ///< wrong_item, unknown_code or surplus
};

/// The packing use cases of one station, on top of the store and the domain.
///
/// Each command decides on the session, stores the events, and only then
/// applies them, so what the station shows never runs ahead of what is on
/// disk. Synchronous: the UI runs it on a worker thread.
class PackingService
{
public:
    PackingService(OrderStore& store, const Clock& clock, QString station);

    /// Picks up the session this station left open (after a crash or power cut).
    Result<bool> resume();

    Result<Packer> login(const QString& badge, const QString& pin = {});
    Result<void> logout();

    /// Opens an order when no session is open; otherwise verifies an item.
    Result<ScanOutcome> scan(const QString& code);

    Result<DomainEvents> chooseBox(const QString& boxCode);
    Result<DomainEvents> recordWeight(std::optional<int> grams);
    Result<DomainEvents> recordQuality(const QualityRecord& record);
    Result<DomainEvents> printFinished(const QStringList& documents);
    Result<DomainEvents> printFailed(const QString& reason);
    /// The lead authenticates with badge (and PIN if they have one).
    Result<DomainEvents> approveOverride(const QString& leadBadge, const QString& leadPin, const QString& reason,
                                         std::optional<int> manualGrams = std::nullopt);
    Result<DomainEvents> complete();
    Result<DomainEvents> raiseException(ExceptionReason reason, const QString& note);
    Result<DomainEvents> cancel(const QString& reason);

    const QString& station() const { return m_station; }
    const std::optional<Packer>& packer() const { return m_packer; }
    /// The open session, or null between orders.
    const PackSession* session() const { return m_session.get(); }

private:
    Result<DomainEvents> commit(Result<DomainEvents> decided);
    Result<void> requireSession() const;
    Result<ScanOutcome> openOrder(const QString& code);

    OrderStore& m_store;
    const Clock& m_clock;
    QString m_station;
    std::optional<Packer> m_packer;
    std::unique_ptr<PackSession> m_session;
};

} // namespace packdesk
