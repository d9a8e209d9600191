#pragma once

#include "core/orderstore.h"

#include <map>

namespace packdesk::testing {

/// An in-memory OrderStore for testing the packing service without SQLite.
/// It can be told to fail the next write, to check that a failed write leaves
/// the session as it was.
class MemoryOrderStore : public OrderStore
{
public:
    std::map<QString, std::pair<Packer, QString>> packers; ///< badge -> (packer, pin)
    std::vector<Order> orders;
    DomainEvents events;
    std::map<qint64, SessionUpdate> sessions;
    std::map<qint64, qint64> sessionOrder;
    bool failNextWrite = false;

    Result<Packer> authenticate(const QString& badge, const QString& pin) override
    {
        auto it = packers.find(badge);
        if (it == packers.end())
            return Error{QStringLiteral("unknown_badge"), QStringLiteral("Unknown badge")};
        if (!it->second.second.isEmpty() && it->second.second != pin)
            return Error{QStringLiteral("wrong_pin"), QStringLiteral("Wrong PIN")};
        return it->second.first;
    }

    Result<void> recordEvents(const DomainEvents& batch) override
    {
        if (std::exchange(failNextWrite, false))
            return Error{QStringLiteral("storage"), QStringLiteral("disk full")};
        events.insert(events.end(), batch.begin(), batch.end());
        return {};
    }

    Result<OpenedSession> openSession(const QString& code, const SessionOwner& owner, qint64 atMs) override
    {
        for (auto& order : orders) {
            if (order.number != code)
                continue;
            OpenedSession opened;
            opened.sessionId = qint64(sessions.size()) + 1;
            opened.startedAtMs = atMs;
            opened.order = order;
            opened.settings = ShopSettings::defaults(order.shop);
            sessions[opened.sessionId] = SessionUpdate{};
            sessionOrder[opened.sessionId] = order.id;
            events.push_back({EventTypes::SessionOpened, atMs, owner.station, owner.packer, order.id,
                              opened.sessionId, {}});
            return opened;
        }
        return Error{QStringLiteral("order_not_found"), QStringLiteral("No order matches")};
    }

    Result<std::optional<OpenedSession>> activeSession(const QString&) override
    {
        for (const auto& [id, update] : sessions) {
            if (update.ended)
                continue;
            OpenedSession opened;
            opened.sessionId = id;
            for (const auto& order : orders)
                opened.order = order.id == sessionOrder[id] ? order : opened.order;
            opened.settings = ShopSettings::defaults(opened.order.shop);
            for (const auto& event : events)
                if (event.sessionId == id)
                    opened.history.push_back(event);
            opened.resumed = true;
            return std::optional<OpenedSession>(opened);
        }
        return std::optional<OpenedSession>();
    }

    Result<void> appendToSession(qint64 sessionId, const DomainEvents& batch, const SessionUpdate& update) override
    {
        if (std::exchange(failNextWrite, false))
            return Error{QStringLiteral("storage"), QStringLiteral("disk full")};
        events.insert(events.end(), batch.begin(), batch.end());
        sessions[sessionId] = update;
        return {};
    }
};

} // namespace packdesk::testing
