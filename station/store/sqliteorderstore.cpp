#include "sqliteorderstore.h"

#include "eventlog.h"
#include "migrations.h"
#include "orderimport.h"
#include "orderlookup.h"
#include "orderrows.h"
#include "packerrows.h"
#include "pinhash.h"
#include "sessionrepository.h"
#include "shoprows.h"
#include "sqlitedatabase.h"
#include "transaction.h"

#include <QDateTime>

namespace packdesk::store {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Result<std::optional<Order>> loadOptional(OrderRows& rows, qint64 id)
{
    auto order = rows.load(id);
    if (!order)
        return order.error();
    return std::optional<Order>(std::move(order.value()));
}

} // namespace

Result<std::unique_ptr<SqliteOrderStore>> SqliteOrderStore::open(const QString& path)
{
    auto db = Migrations::openMigrated(path);
    if (!db)
        return db.error();
    return std::unique_ptr<SqliteOrderStore>(new SqliteOrderStore(std::move(db.value())));
}

SqliteOrderStore::SqliteOrderStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}

SqliteOrderStore::~SqliteOrderStore() = default;

QString SqliteOrderStore::path() const
{
    return m_db->path();
}

Result<Packer> SqliteOrderStore::authenticate(const QString& badge, const QString& pin)
{
    Result<std::optional<PackerRows::Stored>> found = std::optional<PackerRows::Stored>();
    {
        std::lock_guard lock(m_mutex);
        found = PackerRows(*m_db).find(badge);
    }
    if (!found)
        return found.error();
    const auto& stored = found.value();
    if (!stored || !stored->active)
        return Error{QStringLiteral("unknown_badge"),
                     QStringLiteral("Badge '%1' is not known or no longer active. Ask a lead.").arg(badge)};
    if (stored->pinHash.isEmpty())
        return stored->packer;
    if (pin.isEmpty())
        return Error{QStringLiteral("pin_required"),
                     QStringLiteral("This badge needs a PIN. Enter your PIN.")};
    // Outside the lock: the deliberately slow hash must not hold up other callers.
    if (!PinHash::verify(pin, stored->pinHash))
        return Error{QStringLiteral("wrong_pin"), QStringLiteral("Wrong PIN. Try again.")};
    return stored->packer;
}

Result<void> SqliteOrderStore::recordEvents(const DomainEvents& events)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write, [&]() -> Result<void> {
        EventLog log(*m_db);
        for (const DomainEvent& event : events) {
            if (auto logged = log.append(event); !logged)
                return logged;
        }
        return {};
    });
}

Result<OpenedSession> SqliteOrderStore::openSession(const QString& orderCode, const SessionOwner& owner,
                                                    qint64 atMs)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write,
                    [&] { return SessionRepository(*m_db).open(orderCode, owner, atMs); });
}

Result<std::optional<OpenedSession>> SqliteOrderStore::activeSession(const QString& station)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read,
                    [&] { return SessionRepository(*m_db).openAt(station); });
}

Result<void> SqliteOrderStore::appendToSession(qint64 sessionId, const DomainEvents& events,
                                               const SessionUpdate& update)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write,
                    [&] { return SessionRepository(*m_db).append(sessionId, events, update); });
}

Result<std::vector<UpsertOutcome>> SqliteOrderStore::upsertOrders(const std::vector<Order>& orders)
{
    const qint64 now = nowMs();
    return transact(m_mutex, *m_db, Transaction::Mode::Write,
                    [&] { return OrderImport(*m_db).run(orders, now); });
}

Result<DomainEvents> SqliteOrderStore::eventsBetween(qint64 fromMs, qint64 toMs, const QStringList& types)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read,
                    [&] { return EventLog(*m_db).between(fromMs, toMs, types); });
}

Result<void> SqliteOrderStore::upsertPacker(const Packer& packer, const QString& pin)
{
    if (packer.badge.trimmed().isEmpty())
        return Error{QStringLiteral("invalid_packer"), QStringLiteral("A packer needs a badge.")};
    // A lead's badge alone must never approve an override or open the
    // figures: anyone holding the card could.
    if (packer.isLead && pin.isEmpty())
        return Error{QStringLiteral("lead_pin_required"),
                     QStringLiteral("A lead needs a PIN: leads approve overrides and see the packing figures.")};
    QString pinHash;
    if (!pin.isEmpty()) {
        pinHash = PinHash::create(pin);
        if (pinHash.isEmpty())
            return Error{QStringLiteral("storage"),
                         QStringLiteral("Could not hash the PIN: no random source.")};
    }
    return transact(m_mutex, *m_db, Transaction::Mode::Write,
                    [&] { return PackerRows(*m_db).upsert(packer, pinHash); });
}

Result<bool> SqliteOrderStore::setPackerActive(const QString& badge, bool active)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write,
                    [&] { return PackerRows(*m_db).setActive(badge, active); });
}

Result<std::vector<Packer>> SqliteOrderStore::packers()
{
    std::lock_guard lock(m_mutex);
    return PackerRows(*m_db).active();
}

Result<void> SqliteOrderStore::saveShopSettings(const ShopSettings& settings)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write,
                    [&] { return ShopRows(*m_db).save(settings, nowMs()); });
}

Result<ShopSettings> SqliteOrderStore::shopSettings(const QString& shop)
{
    std::lock_guard lock(m_mutex);
    return ShopRows(*m_db).settings(shop);
}

Result<std::optional<Order>> SqliteOrderStore::findOrder(const QString& shop, const QString& number)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read, [&]() -> Result<std::optional<Order>> {
        OrderRows rows(*m_db);
        auto stored = rows.find(shop, number);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return std::optional<Order>();
        return loadOptional(rows, stored.value()->id);
    });
}

Result<std::optional<Order>> SqliteOrderStore::findOrderByNumber(const QString& number)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read, [&]() -> Result<std::optional<Order>> {
        auto found = OrderLookup(*m_db).byNumber(number);
        if (!found && found.error().code == QLatin1String("order_not_found"))
            return std::optional<Order>();
        if (!found)
            return found.error();
        OrderRows rows(*m_db);
        return loadOptional(rows, found->id);
    });
}

Result<std::vector<Order>> SqliteOrderStore::listOrders(std::optional<OrderStatus> status, int limit,
                                                        int offset)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read, [&]() -> Result<std::vector<Order>> {
        OrderRows rows(*m_db);
        auto ids = rows.ids(status, limit, offset);
        if (!ids)
            return ids.error();
        std::vector<Order> orders;
        orders.reserve(ids->size());
        for (qint64 id : ids.value()) {
            auto order = rows.load(id);
            if (!order)
                return order.error();
            orders.push_back(std::move(order.value()));
        }
        return orders;
    });
}

Result<void> SqliteOrderStore::backupTo(const QString& path)
{
    std::lock_guard lock(m_mutex);
    return m_db->backupTo(path);
}

Result<int> SqliteOrderStore::schemaVersion()
{
    std::lock_guard lock(m_mutex);
    return Migrations::currentVersion(*m_db);
}

} // namespace packdesk::store
