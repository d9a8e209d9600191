#pragma once

#include "core/result.h"

#include <QString>
#include <optional>
#include <vector>

namespace packdesk::store {
class SqliteDatabase;
}

namespace packdesk::sync {

/// A shop's API token as listed: never the token itself.
struct ApiTokenInfo
{
    qint64 id = 0;
    QString shop;
    QString label;
    qint64 createdAtMs = 0;
    std::optional<qint64> revokedAtMs;
};

/// The shops' bearer tokens (table api_tokens).
///
/// A token is "pdk_" + 43 base64url characters of 256 bits from the
/// operating system's random generator, shown once when created. Only its
/// SHA-256 is stored. A plain hash is enough (no salt, no slow KDF) because
/// the token is random, not chosen by a person: with 2^256 possibilities
/// there is no dictionary to try, and a fast hash lets every request be
/// checked with one indexed lookup. Whoever reads the database learns no
/// token.
class ApiTokens
{
public:
    explicit ApiTokens(store::SqliteDatabase& db) : m_db(db) {}

    struct Created
    {
        qint64 id = 0;
        QString token; ///< the secret: give it to the shop, it cannot be shown again
    };

    Result<Created> create(const QString& shop, const QString& label, qint64 nowMs);
    Result<std::vector<ApiTokenInfo>> list();
    /// False when there is no token with this id (or it was revoked before).
    Result<bool> revoke(qint64 id, qint64 nowMs);
    /// The shop whose active token this is, or nullopt.
    Result<std::optional<QString>> shopFor(const QString& token);

    static QByteArray hashOf(const QString& token);

private:
    store::SqliteDatabase& m_db;
};

} // namespace packdesk::sync
