#pragma once

#include "domainevent.h"
#include "order.h"
#include "packer.h"
#include "packstate.h"
#include "result.h"
#include "shopsettings.h"

#include <optional>

namespace packdesk {

/// Who opens a pack session, and where.
struct SessionOwner
{
    QString station;
    QString packer; ///< badge id
};

/// A claimed order, ready to pack: the order, its shop's rules and the events
/// recorded for this session so far (for a new session, its session.opened).
struct OpenedSession
{
    qint64 sessionId = 0;
    qint64 startedAtMs = 0;
    Order order;
    ShopSettings settings;
    DomainEvents history;
    bool resumed = false;
};

/// What a batch of session events changes besides the event log.
struct SessionUpdate
{
    PackState state = PackState::Verifying;
    OrderStatus orderStatus = OrderStatus::Packing;
    bool ended = false;
};

/// Port: the station's storage as the packing flow needs it. Implemented by
/// SqliteOrderStore. Every method is one transaction.
///
/// Error codes: unknown_badge, pin_required, wrong_pin, order_not_found,
/// order_ambiguous, order_claimed, order_not_packable, station_busy,
/// session_not_active, storage.
class OrderStore
{
public:
    virtual ~OrderStore() = default;

    /// The packer with this badge if the PIN (when one is set) matches.
    virtual Result<Packer> authenticate(const QString& badge, const QString& pin) = 0;

    /// Records events that belong to no pack session (login, logout).
    virtual Result<void> recordEvents(const DomainEvents& events) = 0;

    /// Looks up the order a scanned code names (order number, "shop/number"),
    /// claims it for this station and loads it, in one transaction. A second
    /// station gets order_claimed with a message naming station and packer;
    /// the station that holds it gets it back with its history (resumed).
    virtual Result<OpenedSession> openSession(const QString& orderCode, const SessionOwner& owner,
                                              qint64 atMs) = 0;

    /// The session this station left open (crash, power cut), if any.
    virtual Result<std::optional<OpenedSession>> activeSession(const QString& station) = 0;

    /// Stores the events of one command with the state they lead to, atomically.
    virtual Result<void> appendToSession(qint64 sessionId, const DomainEvents& events,
                                         const SessionUpdate& update) = 0;
};

} // namespace packdesk
