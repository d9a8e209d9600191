#include "sessionrepository.h"

#include "eventlog.h"
#include "orderlookup.h"
#include "orderrows.h"
#include "sessionrows.h"
#include "shoprows.h"
#include "sqlitedatabase.h"

#include <QDateTime>
#include <algorithm>

namespace packdesk::store {

namespace {
// Messages show the station's local time: that is what the lead's watch says.
QString timeOfDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString dateAndTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Result<OpenedSession> notPackable(SessionRows& sessions, const OrderRef& order)
{
    if (order.status == OrderStatus::Cancelled)
        return Error{QStringLiteral("order_not_packable"),
                     QStringLiteral("Order %1 was cancelled by the shop. Do not pack it; give it to a lead.")
                         .arg(order.reference())};
    auto packed = sessions.lastPacked(order.id);
    if (!packed)
        return packed.error();
    if (!packed.value())
        return Error{QStringLiteral("order_not_packable"),
                     QStringLiteral("Order %1 is already packed.").arg(order.reference())};
    return Error{QStringLiteral("order_not_packable"),
                 QStringLiteral("Order %1 is already packed (at station %2, %3). Give the slip to a lead.")
                     .arg(order.reference(), packed.value()->station, dateAndTime(packed.value()->atMs))};
}
} // namespace

Result<OpenedSession> SessionRepository::open(const QString& orderCode, const SessionOwner& owner,
                                              qint64 atMs)
{
    OrderLookup lookup(m_db);
    SessionRows sessions(m_db);
    auto found = lookup.byScannedCode(orderCode);
    if (!found)
        return found.error();
    const OrderRef& order = found.value();
    if (order.status == OrderStatus::Packed || order.status == OrderStatus::Cancelled)
        return notPackable(sessions, order);

    auto holder = sessions.openForOrder(order.id);
    if (!holder)
        return holder.error();
    if (const auto& open = holder.value()) {
        // The same station scanning its own order again (after a restart, or
        // a second scan of the slip) continues where it was.
        if (open->station == owner.station)
            return load(*open, true);
        return Error{
            QStringLiteral("order_claimed"),
            QStringLiteral("Order %1 is being packed at station %2 by %3 (since %4).")
                .arg(order.reference(), open->station, open->packerName, timeOfDay(open->startedAtMs))};
    }

    auto busy = sessions.openAtStation(owner.station);
    if (!busy)
        return busy.error();
    if (busy.value()) {
        auto other = lookup.byId(busy.value()->orderId);
        return Error{QStringLiteral("station_busy"),
                     QStringLiteral("Station %1 is still packing order %2. Finish or cancel it first.")
                         .arg(owner.station,
                              other ? other->reference() : QStringLiteral("#%1").arg(busy.value()->orderId))};
    }

    auto sessionId = sessions.insert(order.id, owner, atMs);
    if (!sessionId)
        return sessionId.error();
    OrderRows orders(m_db);
    if (auto status = orders.setStatus(order.id, OrderStatus::Packing, atMs); !status)
        return status.error();
    const DomainEvent opened{EventTypes::SessionOpened,
                             atMs,
                             owner.station,
                             owner.packer,
                             order.id,
                             sessionId.value(),
                             {{QStringLiteral("order"), order.reference()}}};
    if (auto logged = EventLog(m_db).append(opened); !logged)
        return logged.error();
    SessionRow row;
    row.id = sessionId.value();
    row.orderId = order.id;
    row.station = owner.station;
    row.packer = owner.packer;
    row.startedAtMs = atMs;
    auto loaded = load(row, false);
    if (loaded)
        loaded->history = {opened}; // nothing else has happened yet
    return loaded;
}

Result<std::optional<OpenedSession>> SessionRepository::openAt(const QString& station)
{
    auto row = SessionRows(m_db).openAtStation(station);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<OpenedSession>();
    auto opened = load(*row.value(), true);
    if (!opened)
        return opened.error();
    return std::optional<OpenedSession>(std::move(opened.value()));
}

Result<OpenedSession> SessionRepository::load(const SessionRow& row, bool resumed)
{
    OpenedSession opened;
    opened.sessionId = row.id;
    opened.startedAtMs = row.startedAtMs;
    opened.resumed = resumed;
    auto order = OrderRows(m_db).load(row.orderId);
    if (!order)
        return order.error();
    opened.order = std::move(order.value());
    auto settings = ShopRows(m_db).settings(opened.order.shop);
    if (!settings)
        return settings.error();
    opened.settings = std::move(settings.value());
    // A new session's history is just its session.opened (added by the caller).
    if (resumed) {
        auto history = EventLog(m_db).session(row.id);
        if (!history)
            return history.error();
        opened.history = std::move(history.value());
    }
    return opened;
}

Result<void> SessionRepository::append(qint64 sessionId, const DomainEvents& events,
                                       const SessionUpdate& update)
{
    SessionRows sessions(m_db);
    auto row = sessions.byId(sessionId);
    if (!row)
        return row.error();
    if (!row.value() || row.value()->ended)
        return Error{
            QStringLiteral("session_not_active"),
            QStringLiteral("Pack session %1 is no longer open; scan the order again.").arg(sessionId)};
    const qint64 orderId = row.value()->orderId;
    EventLog log(m_db);
    qint64 lastAt = 0;
    for (const DomainEvent& event : events) {
        if (auto logged = log.appendToSession(event, sessionId, orderId); !logged)
            return logged;
        lastAt = std::max(lastAt, event.atMs);
    }
    if (lastAt == 0)
        lastAt = QDateTime::currentMSecsSinceEpoch();
    // Most commands are scans that change neither the session's state nor the
    // order's status: writing nothing but the events keeps the commit (and its
    // fsync) small, which is what the scan latency budget is spent on.
    if (update.ended || update.state != row.value()->state) {
        if (auto moved =
                sessions.update(sessionId, update.state, update.ended ? std::optional(lastAt) : std::nullopt);
            !moved)
            return moved;
    }
    if (update.ended || update.orderStatus != OrderStatus::Packing)
        return OrderRows(m_db).setStatus(orderId, update.orderStatus, lastAt);
    return {};
}

} // namespace packdesk::store
