#pragma once

#include "core/printjobstore.h"

#include <QString>

#include <memory>
#include <mutex>

namespace packdesk::store {

class SqliteDatabase;

/// The print_jobs table on its own SQLite connection (so the print spooler
/// never waits behind the packing flow's connection). Every method is one
/// transaction; safe to call from several threads (calls are serialised).
class SqlitePrintJobStore final : public PrintJobStore
{
public:
    /// Opens or creates the database and migrates it, like SqliteOrderStore::open.
    static Result<std::unique_ptr<SqlitePrintJobStore>> open(const QString& path);
    ~SqlitePrintJobStore() override;

    SqlitePrintJobStore(const SqlitePrintJobStore&) = delete;
    SqlitePrintJobStore& operator=(const SqlitePrintJobStore&) = delete;

    Result<PrintJob> add(const PrintJob& job) override;
    Result<void> update(const PrintJob& job) override;
    Result<std::vector<PrintJob>> unfinished(const QString& station) override;
    Result<std::vector<PrintJob>> forOrder(qint64 orderId) override;
    Result<std::optional<PrintJob>> find(qint64 id) override;
    Result<std::vector<PrintJob>> recent(const QString& station, bool includeFinished, int limit) override;
    Result<PrintJob> addReprint(qint64 originalId, const QString& byBadge, const QString& station,
                                qint64 atMs) override;

private:
    explicit SqlitePrintJobStore(std::unique_ptr<SqliteDatabase> db);
    Result<PrintJob> insert(PrintJob job, qint64 atMs);
    Result<std::optional<PrintJob>> load(qint64 id);

    std::mutex m_mutex; ///< one call at a time on the connection
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace packdesk::store
