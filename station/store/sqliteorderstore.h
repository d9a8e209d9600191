#pragma once

#include "core/eventhistory.h"
#include "core/ordercatalog.h"
#include "core/orderstore.h"

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace packdesk::store {

class SqliteDatabase;

/// The station's storage on one SQLite file: the OrderStore the packing flow
/// uses, the OrderCatalog imports write to and the EventHistory the stats
/// read, plus the administration the CLI and tests need.
///
/// Every method is one transaction. Safe to call from several threads (calls
/// are serialised on one connection); several stores, in one process or
/// many, may share a file: writers queue for up to 5 s. Nothing here logs,
/// and no error message carries a customer's personal data.
class SqliteOrderStore final : public OrderStore, public OrderCatalog, public EventHistory
{
public:
    /// Opens or creates the database and migrates it to this build's schema.
    /// schema_too_new when a newer packdesk wrote it.
    static Result<std::unique_ptr<SqliteOrderStore>> open(const QString& path);
    ~SqliteOrderStore() override;

    SqliteOrderStore(const SqliteOrderStore&) = delete;
    SqliteOrderStore& operator=(const SqliteOrderStore&) = delete;

    // OrderStore ----------------------------------------------------------------
    Result<Packer> authenticate(const QString& badge, const QString& pin) override;
    Result<void> recordEvents(const DomainEvents& events) override;
    Result<OpenedSession> openSession(const QString& orderCode, const SessionOwner& owner,
                                      qint64 atMs) override;
    Result<std::optional<OpenedSession>> activeSession(const QString& station) override;
    Result<void> appendToSession(qint64 sessionId, const DomainEvents& events,
                                 const SessionUpdate& update) override;

    // OrderCatalog --------------------------------------------------------------
    /// One transaction for the whole vector, however long: call it with all
    /// orders of an import or with chunks, both are fast.
    Result<std::vector<UpsertOutcome>> upsertOrders(const std::vector<Order>& orders) override;

    // EventHistory --------------------------------------------------------------
    Result<DomainEvents> eventsBetween(qint64 fromMs, qint64 toMs, const QStringList& types) override;

    // Administration --------------------------------------------------------------
    /// Creates or replaces a packer and makes them active. An empty PIN means
    /// the badge alone logs in; leads must have one (lead_pin_required).
    Result<void> upsertPacker(const Packer& packer, const QString& pin = {});
    /// An inactive badge no longer logs in; its history stays. False: no such badge.
    Result<bool> setPackerActive(const QString& badge, bool active);
    /// Active packers, by badge.
    Result<std::vector<Packer>> packers();
    Result<void> saveShopSettings(const ShopSettings& settings);
    /// The shop's stored settings, or ShopSettings::defaults(shop).
    Result<ShopSettings> shopSettings(const QString& shop);
    Result<std::optional<Order>> findOrder(const QString& shop, const QString& number);
    /// The order with this number in whichever shop has it; order_ambiguous
    /// when several shops do.
    Result<std::optional<Order>> findOrderByNumber(const QString& number);
    /// Orders with their lines, oldest first.
    Result<std::vector<Order>> listOrders(std::optional<OrderStatus> status = std::nullopt, int limit = 100,
                                          int offset = 0);
    /// A consistent copy of the whole database (sqlite3 online backup). Other
    /// stores on the file keep working; this one's other calls wait for it.
    Result<void> backupTo(const QString& path);
    Result<int> schemaVersion();
    QString path() const;

private:
    explicit SqliteOrderStore(std::unique_ptr<SqliteDatabase> db);

    mutable std::mutex m_mutex; ///< one call at a time on the connection
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace packdesk::store
