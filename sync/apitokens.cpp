#include "apitokens.h"

#include "store/sqlitedatabase.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

namespace packdesk::sync {

namespace {
constexpr const char* kInsert =
    "INSERT INTO api_tokens (shop, token_hash, label, created_at) VALUES (?1, ?2, ?3, ?4)";
constexpr const char* kList = "SELECT id, shop, label, created_at, revoked_at FROM api_tokens ORDER BY id";
constexpr const char* kRevoke = "UPDATE api_tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL";
constexpr const char* kFind = "SELECT shop FROM api_tokens WHERE token_hash = ?1 AND revoked_at IS NULL";
const QLatin1String kPrefix("pdk_");
} // namespace

QByteArray ApiTokens::hashOf(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

Result<ApiTokens::Created> ApiTokens::create(const QString& shop, const QString& label, qint64 nowMs)
{
    // QRandomGenerator::system() is the OS's CSPRNG (getrandom), meant for secrets.
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray random(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    const QString token = kPrefix + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals));
    auto st = m_db.prepare(kInsert);
    if (!st)
        return st.error();
    if (auto stored = st->bind(1, shop).bindBlob(2, hashOf(token)).bind(3, label).bind(4, nowMs).run();
        !stored)
        return stored.error();
    return Created{m_db.lastInsertId(), token};
}

Result<std::vector<ApiTokenInfo>> ApiTokens::list()
{
    auto st = m_db.prepare(kList);
    if (!st)
        return st.error();
    std::vector<ApiTokenInfo> tokens;
    auto read = st->forEachRow([&](store::SqliteStatement& row) {
        ApiTokenInfo info{row.int64(0), row.text(1), row.text(2), row.int64(3), std::nullopt};
        if (!row.isNull(4))
            info.revokedAtMs = row.int64(4);
        tokens.push_back(std::move(info));
    });
    if (!read)
        return read.error();
    return tokens;
}

Result<bool> ApiTokens::revoke(qint64 id, qint64 nowMs)
{
    auto st = m_db.prepare(kRevoke);
    if (!st)
        return st.error();
    if (auto done = st->bind(1, id).bind(2, nowMs).run(); !done)
        return done.error();
    return m_db.changes() > 0;
}

Result<std::optional<QString>> ApiTokens::shopFor(const QString& token)
{
    if (!token.startsWith(kPrefix))
        return std::optional<QString>();
    auto st = m_db.prepare(kFind);
    if (!st)
        return st.error();
    st->bindBlob(1, hashOf(token));
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QString>();
    return std::optional<QString>(st->text(0));
}

} // namespace packdesk::sync
