#pragma once

#include "sync/httpapiserver.h"
#include "sync/orderapiroutes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace packdesk::sync::testing {

/// What came back from one HTTP request.
struct HttpResult
{
    int status = 0; ///< 0: no response (connection failed or timed out)
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case

    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorField() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
    }
};

/// Runs the event loop until done() or the timeout; true if done.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10'000);

/// A real HTTP request with QNetworkAccessManager (runs the event loop meanwhile).
HttpResult httpRequest(quint16 port, const QByteArray& method, const QString& path,
                       const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});

/// Writes raw bytes on a new connection and collects what comes back until
/// the server closes or timeoutMs passes.
struct RawExchange
{
    QByteArray received;
    bool closedByServer = false;
    qint64 elapsedMs = 0;
};
RawExchange rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5'000);

/// A one-order body in the import format.
QByteArray orderJson(const QString& shop, const QString& number, int quantity = 2);

/// The server on loopback on a free port with the order routes, a temp
/// database with two shops' tokens.
class ApiTestServer : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// Restarts the server with other limits.
    void restart(RequestLimits limits);

    HttpResult post(const QByteArray& body, const QString& token,
                    QList<QPair<QByteArray, QByteArray>> headers = {});
    HttpResult get(const QString& path, const QString& token);

    /// One SQL value (first column of the first row) read on a fresh connection.
    QString sqlValue(const QString& sql);
    int orderCount() { return sqlValue(QStringLiteral("SELECT count(*) FROM orders")).toInt(); }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_nordlysToken;
    QString m_acmeToken;
    qint64 m_nordlysTokenId = 0;
    std::unique_ptr<HttpApiServer> m_server;
    std::unique_ptr<OrderApiRoutes> m_routes;
    quint16 m_port = 0;
};

} // namespace packdesk::sync::testing
