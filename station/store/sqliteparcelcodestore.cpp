#include "sqliteparcelcodestore.h"

#include "eventlog.h"
#include "migrations.h"
#include "sqlitedatabase.h"
#include "transaction.h"

#include "core/domainevent.h"

namespace packdesk::store {

namespace {
constexpr const char* kSelectCodes =
    "SELECT rma_code, survey_token, created_at FROM parcel_codes WHERE order_id = ?1";
constexpr const char* kOrderExists = "SELECT 1 FROM orders WHERE id = ?1";
constexpr const char* kCodeTaken = "SELECT 1 FROM parcel_codes WHERE rma_code = ?1 OR survey_token = ?2";
constexpr const char* kInsertCodes =
    "INSERT INTO parcel_codes (order_id, rma_code, survey_token, created_at) VALUES (?1, ?2, ?3, ?4)";

/// True when the statement (bound by the caller) returns a row.
Result<bool> returnsRow(Result<SqliteStatement>& st)
{
    if (!st)
        return st.error();
    return st->step();
}
} // namespace

Result<std::unique_ptr<SqliteParcelCodeStore>> SqliteParcelCodeStore::open(const QString& path)
{
    auto db = Migrations::openMigrated(path);
    if (!db)
        return db.error();
    return std::unique_ptr<SqliteParcelCodeStore>(new SqliteParcelCodeStore(std::move(db.value())));
}

SqliteParcelCodeStore::SqliteParcelCodeStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}

SqliteParcelCodeStore::~SqliteParcelCodeStore() = default;

Result<ParcelCodes> SqliteParcelCodeStore::codesFor(const Order& order, const std::function<ParcelCodes()>& generate,
                                                    qint64 atMs, const QString& station)
{
    if (order.id <= 0)
        return Error{QStringLiteral("order_not_stored"),
                     QStringLiteral("The order has not been stored yet, so no return codes can be recorded for "
                                    "it. Import the order first.")};
    std::lock_guard lock(m_mutex);
    auto tx = Transaction::begin(*m_db, Transaction::Mode::Write);
    if (!tx)
        return tx.error();
    auto codes = codesInTransaction(order, generate, atMs, station);
    if (!codes)
        return codes; // the transaction rolls back
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return codes;
}

Result<ParcelCodes> SqliteParcelCodeStore::codesInTransaction(const Order& order,
                                                              const std::function<ParcelCodes()>& generate,
                                                              qint64 atMs, const QString& station)
{
    {
        auto st = m_db->prepare(kSelectCodes);
        if (st)
            st->bind(1, order.id);
        auto found = returnsRow(st);
        if (!found)
            return found.error();
        if (found.value())
            return ParcelCodes{st->text(0), st->text(1), st->int64(2)};
    }
    {
        auto st = m_db->prepare(kOrderExists);
        if (st)
            st->bind(1, order.id);
        auto exists = returnsRow(st);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return Error{QStringLiteral("order_unknown"),
                         QStringLiteral("Order %1 is not in this station's database; import it before printing "
                                        "its return label.")
                             .arg(order.reference())};
    }
    for (int draw = 0; draw < kMaxDraws; ++draw) {
        ParcelCodes codes = generate();
        codes.createdMs = atMs;
        if (codes.rmaCode.isEmpty() || codes.surveyToken.isEmpty())
            return Error{QStringLiteral("invalid_parcel_codes"),
                         QStringLiteral("The code generator returned an empty RMA code or survey token.")};
        {
            auto st = m_db->prepare(kCodeTaken);
            if (st)
                st->bind(1, codes.rmaCode).bind(2, codes.surveyToken);
            auto taken = returnsRow(st);
            if (!taken)
                return taken.error();
            if (taken.value())
                continue; // another order has it: draw again
        }
        auto insert = m_db->prepare(kInsertCodes);
        if (!insert)
            return insert.error();
        insert->bind(1, order.id).bind(2, codes.rmaCode).bind(3, codes.surveyToken).bind(4, atMs);
        if (auto inserted = insert->run(); !inserted)
            return inserted.error();
        DomainEvent event;
        event.type = EventTypes::ReturnLabelCreated;
        event.atMs = atMs;
        event.station = station;
        event.orderId = order.id;
        // The RMA code is the shop's key for the return; the survey token
        // stays out of the log: it is the customer's access to the survey.
        event.details.insert(QStringLiteral("rma_code"), codes.rmaCode);
        if (auto logged = EventLog(*m_db).append(event); !logged)
            return logged.error();
        return codes;
    }
    return Error{QStringLiteral("codes_exhausted"),
                 QStringLiteral("No unused return code was found in %1 draws; the code generator is not random. "
                                "Report this to support.")
                     .arg(kMaxDraws)};
}

} // namespace packdesk::store
