#include "orderapiservice.h"

#include "apierror.h"
#include "apitokens.h"
#include "idempotencyrecords.h"
#include "orderapistore.h"
#include "orderrequestparser.h"
#include "store/migrations.h"
#include "store/sqlitedatabase.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace packdesk::sync {

namespace {
ApiResponse errorResponse(const ApiError& error, const QString& shop = {})
{
    ApiResponse response{error.status, error.toJson(), {}, shop};
    if (error.status == 401)
        response.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"packdesk\"")));
    return response;
}

ApiResponse fail(int status, const char* code, const QString& message, const QString& shop = {})
{
    return errorResponse(ApiError{status, QLatin1String(code), message, {}, {}}, shop);
}

ApiResponse storageFailure(const Error& error, const QString& shop)
{
    // busy: another writer held the database for the whole busy timeout; worth a retry.
    return fail(503, "storage_unavailable",
                QStringLiteral("The order could not be stored (%1); nothing was changed. Retry later.")
                    .arg(error.code),
                shop);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray requestHash(const ApiRequest& request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return hash.result();
}

bool validKey(const QByteArray& key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

/// The answer to a write that went through (or the refusal of one that could not).
ApiResponse writeResponse(const OrderRequest& request, const OrderWrite& write, const QString& shop)
{
    const QString ref = request.shop + QLatin1Char('/') + request.number;
    switch (write.kind) {
    case OrderWriteKind::NotFound:
        return fail(404, "order_not_found", QStringLiteral("There is no order %1 to cancel.").arg(ref), shop);
    case OrderWriteKind::BeingPacked:
        return fail(
            409, "order_being_packed",
            QStringLiteral("Order %1 is being packed right now and cannot change; ask the warehouse, or "
                           "retry once it is packed or released.")
                .arg(ref),
            shop);
    case OrderWriteKind::AlreadyPacked:
        return fail(409, "order_packed",
                    QStringLiteral("Order %1 is already packed and cannot change.").arg(ref), shop);
    case OrderWriteKind::CancelledBefore:
        return fail(
            409, "order_cancelled",
            QStringLiteral("Order %1 was cancelled and cannot change; send it under a new number.").arg(ref),
            shop);
    default:
        break;
    }
    static const QHash<int, QString> results{
        {int(OrderWriteKind::Created), QStringLiteral("created")},
        {int(OrderWriteKind::Updated), QStringLiteral("updated")},
        {int(OrderWriteKind::Unchanged), QStringLiteral("unchanged")},
        {int(OrderWriteKind::Cancelled), QStringLiteral("cancelled")},
        {int(OrderWriteKind::AlreadyCancelled), QStringLiteral("unchanged")},
    };
    const QJsonObject body{{QStringLiteral("shop"), request.shop},
                           {QStringLiteral("number"), request.number},
                           {QStringLiteral("status"), toString(write.status)},
                           {QStringLiteral("result"), results.value(int(write.kind))}};
    return ApiResponse{write.kind == OrderWriteKind::Created ? 201 : 200,
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       {},
                       shop};
}
} // namespace

Result<std::unique_ptr<OrderApiService>> OrderApiService::open(const QString& dbPath)
{
    auto db = store::Migrations::openMigrated(dbPath);
    if (!db)
        return db.error();
    return std::unique_ptr<OrderApiService>(new OrderApiService(std::move(db.value())));
}

OrderApiService::OrderApiService(std::unique_ptr<store::SqliteDatabase> db) : m_db(std::move(db)) {}

OrderApiService::~OrderApiService() = default;

std::optional<ApiResponse> OrderApiService::authenticate(const ApiRequest& request, QString* shop)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return fail(401, "unauthorized",
                    QStringLiteral("Send the shop's API token as 'Authorization: Bearer <token>'."));
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return fail(401, "unauthorized", QStringLiteral("Only 'Authorization: Bearer <token>' is accepted."));
    auto found = ApiTokens(*m_db).shopFor(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!found)
        return storageFailure(found.error(), {});
    if (!found.value())
        return fail(401, "unauthorized", QStringLiteral("The API token is not valid or was revoked."));
    *shop = *found.value();
    return std::nullopt;
}

struct OrderApiService::Prepared
{
    std::optional<ApiResponse> refusal; ///< answered without a write
    QString shop;
    OrderRequest order;
    QByteArray key;
};

OrderApiService::Prepared OrderApiService::prepare(const ApiRequest& request)
{
    Prepared prepared;
    if (auto refused = authenticate(request, &prepared.shop)) {
        prepared.refusal = std::move(refused);
        return prepared;
    }
    const QString& shop = prepared.shop;
    const QByteArray contentType = request.header("content-type");
    if (!contentType.split(';').first().trimmed().toLower().startsWith("application/json")) {
        prepared.refusal = fail(415, "unsupported_media_type",
                                QStringLiteral("Send the order as Content-Type: application/json."), shop);
    } else if (auto invalid = OrderRequestParser::parse(request.body, &prepared.order)) {
        prepared.refusal = errorResponse(*invalid, shop);
    } else if (prepared.order.shop != shop) {
        prepared.refusal =
            fail(403, "forbidden_shop",
                 QStringLiteral("This token belongs to shop '%1' and cannot write orders of shop '%2'.")
                     .arg(shop, prepared.order.shop),
                 shop);
    } else {
        prepared.key = request.header("idempotency-key");
        if (!prepared.key.isNull() && !validKey(prepared.key))
            prepared.refusal = errorResponse(
                ApiError{400,
                         QStringLiteral("invalid_idempotency_key"),
                         QStringLiteral("An Idempotency-Key is 1-255 visible ASCII characters."),
                         QStringLiteral("Idempotency-Key"),
                         {}},
                shop);
    }
    return prepared;
}

ApiResponse OrderApiService::write(const ApiRequest& request, const Prepared& prepared)
{
    const QString& shop = prepared.shop;
    const QString key = QString::fromLatin1(prepared.key);
    IdempotencyRecords records(*m_db);
    const QByteArray hash = requestHash(request);
    if (!prepared.key.isNull()) {
        auto earlier = records.find(shop, key);
        if (!earlier)
            return storageFailure(earlier.error(), shop);
        if (earlier.value()) {
            if (earlier.value()->requestHash != hash)
                return errorResponse(
                    ApiError{422,
                             QStringLiteral("idempotency_key_reused"),
                             QStringLiteral("This Idempotency-Key was used for a different request; "
                                            "use a new key for a new request."),
                             QStringLiteral("Idempotency-Key"),
                             {}},
                    shop);
            ApiResponse replay{earlier.value()->status, earlier.value()->response, {}, shop};
            replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return replay;
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const OrderRequest& order = prepared.order;
    OrderApiStore orders(*m_db);
    auto written = order.action == OrderRequest::Action::Cancel ? orders.cancel(order.shop, order.number, now)
                                                                : orders.upsert(order.order, now);
    if (!written)
        return storageFailure(written.error(), shop);
    ApiResponse response = writeResponse(order, written.value(), shop);
    if (response.status < 300 && !prepared.key.isNull()) {
        if (auto stored = records.store(shop, key, {hash, response.status, response.body}, now); !stored)
            return storageFailure(stored.error(), shop);
    }
    return response;
}

ApiResponse OrderApiService::submit(const ApiRequest& request)
{
    return submitAll({request}).front();
}

std::vector<ApiResponse> OrderApiService::submitAll(const std::vector<ApiRequest>& requests)
{
    std::vector<ApiResponse> responses(requests.size());
    std::vector<Prepared> prepared;
    prepared.reserve(requests.size());
    bool anyWrite = false;
    for (size_t i = 0; i < requests.size(); ++i) {
        prepared.push_back(prepare(requests[i]));
        if (prepared.back().refusal)
            responses[i] = *prepared.back().refusal;
        else
            anyWrite = true;
    }
    if (!anyWrite)
        return responses;
    auto fillFailure = [&](const Error& error) {
        for (size_t i = 0; i < requests.size(); ++i) {
            if (!prepared[i].refusal)
                responses[i] = storageFailure(error, prepared[i].shop);
        }
        return responses;
    };
    auto tx = store::Transaction::begin(*m_db);
    if (!tx)
        return fillFailure(tx.error());
    for (size_t i = 0; i < requests.size(); ++i) {
        if (prepared[i].refusal)
            continue;
        if (auto begun = m_db->exec("SAVEPOINT api_request"); !begun)
            return fillFailure(begun.error());
        responses[i] = write(requests[i], prepared[i]);
        // Nothing of a refused request stays, whatever it had written.
        if (responses[i].status >= 300) {
            if (auto undone = m_db->exec("ROLLBACK TO api_request"); !undone)
                return fillFailure(undone.error());
        }
        if (auto released = m_db->exec("RELEASE api_request"); !released)
            return fillFailure(released.error());
    }
    if (auto committed = tx->commit(); !committed)
        return fillFailure(committed.error());
    return responses;
}

ApiResponse OrderApiService::status(const ApiRequest& request)
{
    QString shop;
    if (auto refused = authenticate(request, &shop))
        return *refused;
    const QString wanted = request.pathParams.value(QStringLiteral("shop"));
    const QString number = request.pathParams.value(QStringLiteral("number"));
    if (wanted != shop)
        return fail(403, "forbidden_shop",
                    QStringLiteral("This token belongs to shop '%1' and cannot read orders of shop '%2'.")
                        .arg(shop, wanted),
                    shop);
    // One snapshot for the order, its session, weighing and return code.
    auto snapshot = store::Transaction::begin(*m_db, store::Transaction::Mode::Read);
    if (!snapshot)
        return storageFailure(snapshot.error(), shop);
    auto found = OrderApiStore(*m_db).status(shop, number);
    if (!found)
        return storageFailure(found.error(), shop);
    if (!found.value())
        return fail(404, "order_not_found", QStringLiteral("There is no order %1/%2.").arg(shop, number),
                    shop);
    const OrderStatusView& view = *found.value();
    QJsonObject body{{QStringLiteral("shop"), view.shop},
                     {QStringLiteral("number"), view.number},
                     {QStringLiteral("status"), toString(view.status)},
                     {QStringLiteral("updated_at"), isoTime(view.updatedAtMs)}};
    if (view.packedAtMs)
        body.insert(QStringLiteral("packed_at"), isoTime(*view.packedAtMs));
    if (view.packedWeightGrams)
        body.insert(QStringLiteral("packed_weight_g"), *view.packedWeightGrams);
    if (!view.rmaCode.isEmpty())
        body.insert(QStringLiteral("rma_code"), view.rmaCode);
    return ApiResponse{200, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, shop};
}

} // namespace packdesk::sync
