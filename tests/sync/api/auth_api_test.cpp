#include "apitesting.h"
#include "store/sqlitedatabase.h"
#include "sync/apitokens.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace packdesk::sync::testing;
using packdesk::sync::ApiTokens;

using SyncApiAuth = ApiTestServer;

TEST_F(SyncApiAuth, NoTokenOrAWrongOneIs401)
{
    HttpResult result = post(orderJson("nordlys", "NL-1"), {});
    EXPECT_EQ(result.status, 401);
    EXPECT_EQ(result.errorCode(), "unauthorized");
    EXPECT_TRUE(result.headers.value("www-authenticate").startsWith("Bearer"));
    EXPECT_EQ(post(orderJson("nordlys", "NL-1"), "pdk_not-a-real-token").status, 401);
    EXPECT_EQ(post(orderJson("nordlys", "NL-1"), m_nordlysToken + "x").status, 401);
    EXPECT_EQ(get("/api/v1/orders/nordlys/NL-1", {}).status, 401);
    const HttpResult basic =
        httpRequest(m_port, "POST", "/api/v1/orders", orderJson("nordlys", "NL-1"),
                    {{"Content-Type", "application/json"}, {"Authorization", "Basic bm9yZGx5czp4"}});
    EXPECT_EQ(basic.status, 401);
    EXPECT_EQ(orderCount(), 0);
}

TEST_F(SyncApiAuth, AnotherShopsTokenIs403)
{
    const HttpResult result = post(orderJson("nordlys", "NL-1"), m_acmeToken);
    EXPECT_EQ(result.status, 403);
    EXPECT_EQ(result.errorCode(), "forbidden_shop");
    EXPECT_EQ(orderCount(), 0);
    ASSERT_EQ(post(orderJson("nordlys", "NL-1"), m_nordlysToken).status, 201);
    EXPECT_EQ(get("/api/v1/orders/nordlys/NL-1", m_acmeToken).status, 403);
    EXPECT_EQ(post(R"({"action":"cancel","shop":"nordlys","number":"NL-1"})", m_acmeToken).status, 403);
    EXPECT_EQ(sqlValue("SELECT status FROM orders"), "ready");
}

TEST_F(SyncApiAuth, ARevokedTokenIs401)
{
    ASSERT_EQ(post(orderJson("nordlys", "NL-1"), m_nordlysToken).status, 201);
    {
        auto db = packdesk::store::SqliteDatabase::open(m_dbPath);
        ASSERT_TRUE(db.ok());
        auto revoked = ApiTokens(*db.value()).revoke(m_nordlysTokenId, 2);
        ASSERT_TRUE(revoked.ok() && revoked.value());
    }
    EXPECT_EQ(post(orderJson("nordlys", "NL-2"), m_nordlysToken).status, 401);
    EXPECT_EQ(get("/api/v1/orders/nordlys/NL-1", m_nordlysToken).status, 401);
    EXPECT_EQ(orderCount(), 1);
}

TEST_F(SyncApiAuth, TokensAreStoredOnlyAsHashes)
{
    ASSERT_EQ(post(orderJson("nordlys", "NL-1"), m_nordlysToken).status, 201);
    m_routes.reset(); // close the API's connection so every byte is in the files
    const QByteArray hash = QCryptographicHash::hash(m_nordlysToken.toUtf8(), QCryptographicHash::Sha256);
    EXPECT_EQ(sqlValue("SELECT hex(token_hash) FROM api_tokens WHERE shop = 'nordlys'"),
              QString::fromLatin1(hash.toHex().toUpper()));
    const QByteArray secret = m_nordlysToken.toUtf8().mid(4); // without the "pdk_" prefix
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile file(m_dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains(secret)) << name.toStdString();
    }
}
