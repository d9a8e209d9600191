#include "sqliteprintjobstore.h"

#include "core/domainevent.h"
#include "eventlog.h"
#include "migrations.h"
#include "sqlitedatabase.h"
#include "transaction.h"

#include <QDateTime>
#include <QJsonObject>

namespace packdesk::store {

namespace {
#define PACKDESK_JOB_COLUMNS                                                                                   \
    "id, order_id, session_id, station, document, printer, format, content, state, cups_job_id, attempts, " \
    "reason, COALESCE(reprint_of, 0), requested_by, created_at, updated_at "
constexpr const char* kInsert =
    "INSERT INTO print_jobs (order_id, session_id, station, document, printer, format, content, state, "
    "cups_job_id, attempts, reason, reprint_of, requested_by, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)";
constexpr const char* kUpdate =
    "UPDATE print_jobs SET state = ?2, cups_job_id = ?3, attempts = ?4, reason = ?5, updated_at = ?6 WHERE id = ?1";
constexpr const char* kById = "SELECT " PACKDESK_JOB_COLUMNS "FROM print_jobs WHERE id = ?1";
constexpr const char* kUnfinished = "SELECT " PACKDESK_JOB_COLUMNS
    "FROM print_jobs WHERE station = ?1 AND state IN ('queued', 'submitted', 'held') ORDER BY id";
constexpr const char* kForOrder = "SELECT " PACKDESK_JOB_COLUMNS "FROM print_jobs WHERE order_id = ?1 ORDER BY id";
// ?1 = '' selects every station; ?2 = 1 keeps finished jobs too.
constexpr const char* kRecent = "SELECT " PACKDESK_JOB_COLUMNS
    "FROM print_jobs WHERE (?1 = '' OR station = ?1) "
    "AND (?2 = 1 OR state IN ('queued', 'submitted', 'held')) ORDER BY id DESC LIMIT ?3";
#undef PACKDESK_JOB_COLUMNS

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

PrintJob readJob(const SqliteStatement& st)
{
    PrintJob job;
    job.id = st.int64(0);
    job.orderId = st.int64(1);
    job.sessionId = st.int64(2);
    job.station = st.text(3);
    job.document = st.text(4);
    job.printer = st.text(5);
    job.format = st.text(6);
    job.content = st.blob(7);
    printJobStateFromString(st.text(8), &job.state); // the CHECK constraint keeps it valid
    job.cupsJobId = st.int32(9);
    job.attempts = st.int32(10);
    job.reason = st.text(11);
    job.reprintOf = st.int64(12);
    job.requestedBy = st.text(13);
    job.createdMs = st.int64(14);
    job.updatedMs = st.int64(15);
    return job;
}

Result<std::vector<PrintJob>> readJobs(Result<SqliteStatement> st)
{
    if (!st)
        return st.error();
    std::vector<PrintJob> jobs;
    if (auto read = st->forEachRow([&](SqliteStatement& row) { jobs.push_back(readJob(row)); }); !read)
        return read.error();
    return jobs;
}

Error jobNotFound(qint64 id)
{
    return Error{QStringLiteral("job_not_found"), QStringLiteral("There is no print job %1.").arg(id)};
}
} // namespace

Result<std::unique_ptr<SqlitePrintJobStore>> SqlitePrintJobStore::open(const QString& path)
{
    auto db = Migrations::openMigrated(path);
    if (!db)
        return db.error();
    return std::unique_ptr<SqlitePrintJobStore>(new SqlitePrintJobStore(std::move(db.value())));
}

SqlitePrintJobStore::SqlitePrintJobStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}

SqlitePrintJobStore::~SqlitePrintJobStore() = default;

Result<PrintJob> SqlitePrintJobStore::insert(PrintJob job, qint64 atMs)
{
    auto st = m_db->prepare(kInsert);
    if (!st)
        return st.error();
    st->bind(1, job.orderId).bind(2, job.sessionId).bind(3, job.station).bind(4, job.document);
    st->bind(5, job.printer).bind(6, job.format).bindBlob(7, job.content).bind(8, toString(job.state));
    st->bind(9, job.cupsJobId).bind(10, job.attempts).bind(11, job.reason).bindIdOrNull(12, job.reprintOf);
    st->bind(13, job.requestedBy).bind(14, atMs);
    if (auto ran = st->run(); !ran)
        return ran.error();
    job.id = m_db->lastInsertId();
    job.createdMs = job.updatedMs = atMs;
    return job;
}

Result<std::optional<PrintJob>> SqlitePrintJobStore::load(qint64 id)
{
    auto st = m_db->prepare(kById);
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<PrintJob>();
    return std::optional<PrintJob>(readJob(st.value()));
}

Result<PrintJob> SqlitePrintJobStore::add(const PrintJob& job)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write, [&] { return insert(job, nowMs()); });
}

Result<void> SqlitePrintJobStore::update(const PrintJob& job)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write, [&]() -> Result<void> {
        auto st = m_db->prepare(kUpdate);
        if (!st)
            return st.error();
        st->bind(1, job.id).bind(2, toString(job.state)).bind(3, job.cupsJobId).bind(4, job.attempts);
        st->bind(5, job.reason).bind(6, nowMs());
        if (auto ran = st->run(); !ran)
            return ran.error();
        if (m_db->changes() == 0)
            return jobNotFound(job.id);
        return {};
    });
}

Result<std::vector<PrintJob>> SqlitePrintJobStore::unfinished(const QString& station)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read, [&] {
        auto st = m_db->prepare(kUnfinished);
        if (st)
            st->bind(1, station);
        return readJobs(std::move(st));
    });
}

Result<std::vector<PrintJob>> SqlitePrintJobStore::forOrder(qint64 orderId)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read, [&] {
        auto st = m_db->prepare(kForOrder);
        if (st)
            st->bind(1, orderId);
        return readJobs(std::move(st));
    });
}

Result<std::optional<PrintJob>> SqlitePrintJobStore::find(qint64 id)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read, [&] { return load(id); });
}

Result<std::vector<PrintJob>> SqlitePrintJobStore::recent(const QString& station, bool includeFinished, int limit)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Read, [&] {
        auto st = m_db->prepare(kRecent);
        if (st)
            st->bind(1, station).bind(2, includeFinished ? 1 : 0).bind(3, limit);
        return readJobs(std::move(st));
    });
}

Result<PrintJob> SqlitePrintJobStore::addReprint(qint64 originalId, const QString& byBadge, const QString& station,
                                                 qint64 atMs)
{
    return transact(m_mutex, *m_db, Transaction::Mode::Write, [&]() -> Result<PrintJob> {
        auto original = load(originalId);
        if (!original)
            return original.error();
        if (!original.value())
            return jobNotFound(originalId);
        PrintJob copy = *original.value();
        copy.sessionId = 0;
        copy.state = PrintJobState::Queued;
        copy.cupsJobId = 0;
        copy.attempts = 0;
        copy.reason.clear();
        copy.reprintOf = originalId;
        copy.requestedBy = byBadge;
        auto added = insert(copy, atMs);
        if (!added)
            return added;
        DomainEvent event;
        event.type = EventTypes::DocumentReprinted;
        event.atMs = atMs;
        event.station = station;
        event.packer = byBadge;
        event.orderId = copy.orderId;
        event.details = QJsonObject{{QStringLiteral("job"), added->id},
                                    {QStringLiteral("reprint_of"), originalId},
                                    {QStringLiteral("document"), copy.document},
                                    {QStringLiteral("printer"), copy.printer}};
        if (auto appended = EventLog(*m_db).append(event); !appended)
            return appended.error();
        return added;
    });
}

} // namespace packdesk::store
