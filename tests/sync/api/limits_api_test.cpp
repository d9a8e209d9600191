#include "apitesting.h"

using namespace packdesk::sync::testing;
using packdesk::sync::RequestLimits;

using SyncApiLimits = ApiTestServer;

namespace {
QByteArray postHead(const QString& token, qint64 contentLength)
{
    return "POST /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/json\r\nAuthorization: Bearer " +
           token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}
} // namespace

TEST_F(SyncApiLimits, AHugeAnnouncedBodyIs413BeforeItArrives)
{
    // 100 MB announced, 3 bytes sent: only a server that judged the head
    // alone can answer now; one that buffers would wait for the rest.
    const RawExchange exchange = rawExchange(m_port, postHead(m_nordlysToken, 100'000'000) + "{\"s", 5'000);
    EXPECT_TRUE(exchange.received.startsWith("HTTP/1.1 413 ")) << exchange.received.toStdString();
    EXPECT_TRUE(exchange.received.contains("body_too_large"));
    EXPECT_TRUE(exchange.closedByServer);
    EXPECT_LT(exchange.elapsedMs, 4'000);
    EXPECT_EQ(orderCount(), 0);
}

TEST_F(SyncApiLimits, ABodyOverTheConfiguredLimitIs413)
{
    restart(RequestLimits{2'000, 16 * 1024, 30'000, 256});
    QByteArray body = orderJson("nordlys", "NL-1");
    body.replace("\"SOCK\"", "\"SOCK\",\"category\":\"" + QByteArray(3'000, 'x') + "\"");
    const HttpResult result = post(body, m_nordlysToken);
    EXPECT_EQ(result.status, 413);
    EXPECT_EQ(result.errorCode(), "body_too_large");
    EXPECT_EQ(post(orderJson("nordlys", "NL-1"), m_nordlysToken).status, 201); // under the limit: fine
}

TEST_F(SyncApiLimits, TheSecondRequestOnAKeptAliveConnectionIsCheckedToo)
{
    const QByteArray get =
        "GET /api/v1/orders/nordlys/NL-1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
        m_nordlysToken.toLatin1() + "\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    socket.write(get);
    ASSERT_TRUE(waitUntil([&] { return received.contains("order_not_found"); }));
    EXPECT_TRUE(received.startsWith("HTTP/1.1 404 "));
    received.clear();
    socket.write(postHead(m_nordlysToken, 50'000'000) + "{");
    ASSERT_TRUE(waitUntil([&] { return received.contains("body_too_large"); }, 4'000))
        << received.toStdString();
    EXPECT_TRUE(received.startsWith("HTTP/1.1 413 "));
}

TEST_F(SyncApiLimits, OversizedHeadersAre431AndChunkedBodiesAre411)
{
    restart(RequestLimits{1024 * 1024, 1'024, 30'000, 256});
    const QByteArray big =
        "GET /api/v1/orders/nordlys/NL-1 HTTP/1.1\r\nX-Filler: " + QByteArray(4'000, 'a') + "\r\n\r\n";
    EXPECT_TRUE(rawExchange(m_port, big).received.startsWith("HTTP/1.1 431 "));
    const QByteArray chunked =
        "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{}\n\r\n";
    EXPECT_TRUE(rawExchange(m_port, chunked).received.startsWith("HTTP/1.1 411 "));
    EXPECT_TRUE(rawExchange(m_port, "NONSENSE\r\n\r\n").received.startsWith("HTTP/1.1 400 "));
}

TEST_F(SyncApiLimits, ASlowRequestIsClosedAfterTheTimeout)
{
    restart(RequestLimits{1024 * 1024, 16 * 1024, 300, 256});
    // Half a head, then silence (a slowloris client).
    const RawExchange exchange = rawExchange(m_port, "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\n", 5'000);
    EXPECT_TRUE(exchange.closedByServer);
    EXPECT_LT(exchange.elapsedMs, 3'000);
}

TEST_F(SyncApiLimits, ExpectContinueGetsA100BeforeTheBody)
{
    const QByteArray body = orderJson("nordlys", "NL-1");
    QByteArray head = postHead(m_nordlysToken, body.size());
    head.insert(head.size() - 2, "Expect: 100-continue\r\n");
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    socket.write(head);
    ASSERT_TRUE(waitUntil([&] { return received.contains("100 Continue"); }, 4'000));
    socket.write(body);
    ASSERT_TRUE(waitUntil([&] { return received.contains("\"created\""); }, 4'000)) << received.toStdString();
    EXPECT_EQ(orderCount(), 1);
}
