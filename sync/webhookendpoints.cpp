#include "webhookendpoints.h"

#include "webhooksigner.h"

#include "store/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace packdesk::sync {

namespace {
constexpr const char* kAll = "SELECT shop, url, secrets, enabled, disabled_reason FROM webhook_endpoints ORDER BY shop";
constexpr const char* kFind =
    "SELECT shop, url, secrets, enabled, disabled_reason FROM webhook_endpoints WHERE shop = ?1";
constexpr const char* kUpsert =
    "INSERT INTO webhook_endpoints (shop, url, secrets, enabled, disabled_reason, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (shop) DO UPDATE SET url = excluded.url, "
    "secrets = excluded.secrets, enabled = excluded.enabled, disabled_reason = excluded.disabled_reason, "
    "updated_at = excluded.updated_at";

WebhookEndpoint readEndpoint(store::SqliteStatement& row)
{
    WebhookEndpoint e;
    e.shop = row.text(0);
    e.url = row.text(1);
    for (const QJsonValue& v : QJsonDocument::fromJson(row.blob(2)).array())
        e.secrets << v.toString();
    e.enabled = row.boolean(3);
    e.disabledReason = row.text(4);
    return e;
}

Error noEndpoint(const QString& shop)
{
    return Error{QStringLiteral("unknown_endpoint"),
                 QStringLiteral("Shop '%1' has no webhook endpoint; set one with `packdesk webhooks endpoints set`.")
                     .arg(shop)};
}
} // namespace

Result<std::vector<WebhookEndpoint>> WebhookEndpoints::all()
{
    auto st = m_db.prepare(kAll);
    if (!st)
        return st.error();
    std::vector<WebhookEndpoint> endpoints;
    auto rows = st->forEachRow([&](store::SqliteStatement& row) { endpoints.push_back(readEndpoint(row)); });
    if (!rows)
        return rows.error();
    return endpoints;
}

Result<std::optional<WebhookEndpoint>> WebhookEndpoints::find(const QString& shop)
{
    auto st = m_db.prepare(kFind);
    if (!st)
        return st.error();
    st->bind(1, shop);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<WebhookEndpoint>();
    return std::optional<WebhookEndpoint>(readEndpoint(st.value()));
}

Result<void> WebhookEndpoints::set(const QString& shop, const QString& url, const QString& secret, bool rotate,
                                   qint64 nowMs)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty())
        return Error{QStringLiteral("invalid_url"),
                     QStringLiteral("The webhook URL must be an absolute http(s) URL, e.g. https://shop.example/hooks.")};
    if (!secret.isEmpty()) {
        if (auto valid = WebhookSigner::fromSecrets({secret}); !valid)
            return valid.error();
    }
    auto current = find(shop);
    if (!current)
        return current.error();
    WebhookEndpoint endpoint = current.value().value_or(WebhookEndpoint{shop, url, {}, true, {}});
    endpoint.url = url;
    if (!secret.isEmpty()) {
        if (rotate)
            endpoint.secrets.removeAll(secret);
        else
            endpoint.secrets.clear();
        endpoint.secrets << secret;
    }
    if (endpoint.secrets.isEmpty())
        return Error{QStringLiteral("secret_required"),
                     QStringLiteral("A new endpoint needs a signing secret: pass --secret whsec_... or --new-secret.")};
    return write(endpoint, nowMs);
}

Result<void> WebhookEndpoints::retireOldSecrets(const QString& shop, qint64 nowMs)
{
    auto current = find(shop);
    if (!current)
        return current.error();
    if (!current.value())
        return noEndpoint(shop);
    WebhookEndpoint endpoint = *current.value();
    if (endpoint.secrets.size() > 1)
        endpoint.secrets = QStringList{endpoint.secrets.last()};
    return write(endpoint, nowMs);
}

Result<void> WebhookEndpoints::setEnabled(const QString& shop, bool enabled, qint64 nowMs)
{
    auto current = find(shop);
    if (!current)
        return current.error();
    if (!current.value())
        return noEndpoint(shop);
    WebhookEndpoint endpoint = *current.value();
    endpoint.enabled = enabled;
    endpoint.disabledReason = enabled ? QString() : QStringLiteral("disabled by hand");
    return write(endpoint, nowMs);
}

QString WebhookEndpoints::masked(const QString& secret)
{
    if (secret.size() < 14)
        return QStringLiteral("whsec_…");
    return secret.left(10) + QStringLiteral("…") + secret.right(4);
}

Result<void> WebhookEndpoints::write(const WebhookEndpoint& endpoint, qint64 nowMs)
{
    auto st = m_db.prepare(kUpsert);
    if (!st)
        return st.error();
    st->bind(1, endpoint.shop).bind(2, endpoint.url);
    st->bindUtf8(3, QJsonDocument(QJsonArray::fromStringList(endpoint.secrets)).toJson(QJsonDocument::Compact));
    st->bind(4, endpoint.enabled).bind(5, endpoint.disabledReason).bind(6, nowMs);
    return st->run();
}

} // namespace packdesk::sync
