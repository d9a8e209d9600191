#include "apitesting.h"

#include "support/waitfor.h"

#include "store/sqlitedatabase.h"
#include "store/sqliteorderstore.h"
#include "sync/apitokens.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QThread>

namespace packdesk::sync::testing {

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return packdesk::testing::waitFor(done, timeoutMs);
}

HttpResult httpRequest(quint16 port, const QByteArray& method, const QString& path, const QByteArray& body,
                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    HttpResult result;
    if (!waitUntil([reply] { return reply->isFinished(); }))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

RawExchange rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs)
{
    RawExchange exchange;
    QTcpSocket socket;
    QElapsedTimer timer;
    timer.start();
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return exchange;
    socket.write(bytes);
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { exchange.received += socket.readAll(); });
    exchange.closedByServer =
        waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    exchange.received += socket.readAll();
    exchange.elapsedMs = timer.elapsed();
    return exchange;
}

QByteArray orderJson(const QString& shop, const QString& number, int quantity)
{
    return QStringLiteral(
               R"({"shop":"%1","number":"%2","customer":{"name":"Ingrid Ødegård","email":"ingrid@example.no"},)"
               R"("shipping_address":{"line1":"Thorvald Meyers gate 12","city":"Oslo","country":"NO"},)"
               R"("lines":[{"sku":"SOCK","name":"Ullsokker","barcodes":["7038010009457"],"quantity":%3,"unit_weight_g":110}]})")
        .arg(shop, number)
        .arg(quantity)
        .toUtf8();
}

void ApiTestServer::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("api.db"));
    {
        auto store = store::SqliteOrderStore::open(m_dbPath); // migrates
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        auto db = store::SqliteDatabase::open(m_dbPath);
        ASSERT_TRUE(db.ok());
        ApiTokens tokens(*db.value());
        auto nordlys = tokens.create(QStringLiteral("nordlys"), QStringLiteral("test"), 1);
        auto acme = tokens.create(QStringLiteral("acme"), {}, 1);
        ASSERT_TRUE(nordlys.ok() && acme.ok());
        m_nordlysToken = nordlys->token;
        m_nordlysTokenId = nordlys->id;
        m_acmeToken = acme->token;
    }
    restart(RequestLimits{});
}

void ApiTestServer::restart(RequestLimits limits)
{
    m_routes.reset();
    m_server.reset();
    m_server = std::make_unique<HttpApiServer>(limits);
    auto routes = OrderApiRoutes::install(*m_server, m_dbPath);
    ASSERT_TRUE(routes.ok()) << routes.error().message.toStdString();
    m_routes = std::move(routes.value());
    auto port = m_server->start(QHostAddress::LocalHost, 0);
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    m_port = port.value();
}

void ApiTestServer::TearDown()
{
    m_routes.reset();
    m_server.reset();
}

HttpResult ApiTestServer::post(const QByteArray& body, const QString& token,
                               QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (!token.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
    return httpRequest(m_port, "POST", QStringLiteral("/api/v1/orders"), body, headers);
}

HttpResult ApiTestServer::get(const QString& path, const QString& token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
    return httpRequest(m_port, "GET", path, {}, headers);
}

QString ApiTestServer::sqlValue(const QString& sql)
{
    auto db = store::SqliteDatabase::open(m_dbPath);
    if (!db)
        return {};
    const QByteArray text = sql.toUtf8();
    auto st = db.value()->prepare(text.constData());
    if (!st)
        return {};
    auto row = st->step();
    if (!row || !row.value())
        return {};
    return st->text(0);
}

} // namespace packdesk::sync::testing
