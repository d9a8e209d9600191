#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::sync {

/// Where one shop's webhooks go and the secrets they are signed with.
struct WebhookEndpoint
{
    QString shop;
    QString url;
    QStringList secrets; ///< active secrets, oldest first; two during a rotation
    bool enabled = true;
    QString disabledReason;
};

/// The webhook_endpoints table.
class WebhookEndpoints
{
public:
    explicit WebhookEndpoints(store::SqliteDatabase& db) : m_db(db) {}

    Result<std::vector<WebhookEndpoint>> all();
    Result<std::optional<WebhookEndpoint>> find(const QString& shop);

    /// Creates or changes the shop's endpoint. With `rotate` the new secret is
    /// added beside the current ones (both sign until retireOldSecrets);
    /// without, it replaces them. An empty secret keeps the current ones.
    Result<void> set(const QString& shop, const QString& url, const QString& secret, bool rotate, qint64 nowMs);
    /// Ends a rotation: keeps only the newest secret.
    Result<void> retireOldSecrets(const QString& shop, qint64 nowMs);
    Result<void> setEnabled(const QString& shop, bool enabled, qint64 nowMs);

    /// "whsec_abcd…wxyz": enough to tell secrets apart, never the secret.
    static QString masked(const QString& secret);

private:
    Result<void> write(const WebhookEndpoint& endpoint, qint64 nowMs);

    store::SqliteDatabase& m_db;
};

} // namespace packdesk::sync
