// The libcurl HttpTransport against a real Node server on loopback: answers
// and their headers, timeouts, refused and reset connections, redirects not
// followed, keep-alive reuse within the per-host connection limit.
#include "deliverytesting.h"

#include "sync/curltransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>

#include <csignal>
#include <optional>

using namespace packdesk;
using namespace packdesk::deliverytesting;
using sync::HttpResponse;

namespace {

/// transport_peer.mjs as a child process on a free port, killed by pid.
class TransportPeer
{
public:
    TransportPeer()
    {
        m_process.start(QStringLiteral("node"), {QStringLiteral(TRANSPORT_PEER_SCRIPT)});
        if (!m_process.waitForStarted(10'000) || !m_process.waitForReadyRead(10'000)) {
            ADD_FAILURE() << "the node peer did not start: " << m_process.readAllStandardError().toStdString();
            return;
        }
        m_port = QJsonDocument::fromJson(m_process.readLine()).object().value(QLatin1String("port")).toInt();
        EXPECT_GT(m_port, 0);
    }
    ~TransportPeer()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5'000);
    }

    QByteArray url(const char* path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path)).toUtf8();
    }

private:
    QProcess m_process;
    int m_port = 0;
};

sync::HttpRequest requestTo(const QByteArray& url, int responseTimeoutMs = 5'000)
{
    sync::HttpRequest request;
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}, {"webhook-id", "msg_transport_1"}};
    request.body = R"({"type":"order.packed"})";
    request.connectTimeoutMs = 2'000;
    request.responseTimeoutMs = responseTimeoutMs;
    return request;
}

/// Posts and runs this thread's event loop until the answer.
std::optional<HttpResponse> exchange(sync::HttpTransport& transport, sync::HttpRequest request)
{
    std::optional<HttpResponse> answer;
    transport.post(std::move(request), [&](const HttpResponse& response) { answer = response; });
    if (!waitUntil([&] { return answer.has_value(); }))
        ADD_FAILURE() << "no callback within the wait";
    return answer;
}

/// What the peer saw: its paths header and distinct connections.
HttpResponse seen(sync::HttpTransport& transport, const TransportPeer& peer)
{
    return exchange(transport, requestTo(peer.url("/control/seen"))).value_or(HttpResponse{});
}

} // namespace

TEST(SyncDeliveryTransport, SendsHeadersAndBodyAndReadsStatusAndRetryAfter)
{
    TransportPeer peer;
    sync::CurlTransport transport(4);

    const auto echoed = exchange(transport, requestTo(peer.url("/echo")));
    ASSERT_TRUE(echoed);
    EXPECT_EQ(echoed->status, 200);
    EXPECT_EQ(echoed->error, HttpResponse::TransportError::None);
    EXPECT_EQ(echoed->header("x-webhook-id"), QByteArray("msg_transport_1"));
    EXPECT_EQ(echoed->header("x-content-type"), QByteArray("application/json"));
    EXPECT_EQ(echoed->header("x-body-length"), QByteArray::number(qsizetype(strlen(R"({"type":"order.packed"})"))));

    const auto busy = exchange(transport, requestTo(peer.url("/status/503?retry-after=7")));
    ASSERT_TRUE(busy);
    EXPECT_EQ(busy->status, 503);
    EXPECT_EQ(busy->error, HttpResponse::TransportError::None);
    EXPECT_EQ(busy->header("retry-after"), QByteArray("7"));
    EXPECT_EQ(transport.inFlight(), 0);
}

TEST(SyncDeliveryTransport, ARedirectIsReturnedNotFollowed)
{
    TransportPeer peer;
    sync::CurlTransport transport(4);

    const auto redirected = exchange(transport, requestTo(peer.url("/redirect")));
    ASSERT_TRUE(redirected);
    EXPECT_EQ(redirected->status, 302);
    EXPECT_EQ(redirected->header("location"), QByteArray("/status/200"));
    EXPECT_EQ(seen(transport, peer).header("x-paths"), QByteArray("/redirect"));
}

TEST(SyncDeliveryTransport, NoAnswerWithinTheResponseTimeoutIsATimeout)
{
    TransportPeer peer;
    sync::CurlTransport transport(4);

    QElapsedTimer clock;
    clock.start();
    const auto hung = exchange(transport, requestTo(peer.url("/hang"), 300));
    ASSERT_TRUE(hung);
    EXPECT_EQ(hung->status, 0);
    EXPECT_EQ(hung->error, HttpResponse::TransportError::Timeout);
    // Not before the answer's limit (a little slack for the clocks), and the
    // answer's own limit, not libcurl's whole-exchange backstop (connect + response = 2.3 s).
    EXPECT_GE(clock.elapsed(), 280);
    EXPECT_LT(clock.elapsed(), 2'000);
    // The transport is still usable after a timeout.
    const auto after = exchange(transport, requestTo(peer.url("/status/204")));
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, 204);
}

TEST(SyncDeliveryTransport, ARefusedConnectionIsReportedAsRefused)
{
    QTcpServer probe; // a port that was free a moment ago and has no listener now
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    sync::CurlTransport transport(4);

    const auto refused = exchange(transport, requestTo(QStringLiteral("http://127.0.0.1:%1/hooks").arg(port).toUtf8()));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 0);
    EXPECT_EQ(refused->error, HttpResponse::TransportError::ConnectionRefused);
    EXPECT_FALSE(refused->errorMessage.isEmpty());
}

TEST(SyncDeliveryTransport, AConnectionClosedWithoutAnswerIsReportedAsReset)
{
    TransportPeer peer;
    sync::CurlTransport transport(4);

    const auto reset = exchange(transport, requestTo(peer.url("/reset")));
    ASSERT_TRUE(reset);
    EXPECT_EQ(reset->status, 0);
    EXPECT_EQ(reset->error, HttpResponse::TransportError::ConnectionReset);
    EXPECT_FALSE(reset->errorMessage.contains(QLatin1String("order.packed"))); // never the body
}

TEST(SyncDeliveryTransport, ConnectionsAreReusedWithinThePerHostLimit)
{
    TransportPeer peer;
    sync::CurlTransport transport(2);

    int answered = 0;
    int ok = 0;
    bool calledInsidePost = false;
    bool posting = false;
    for (int i = 0; i < 12; ++i) {
        posting = true;
        transport.post(requestTo(peer.url("/slow/20")), [&](const HttpResponse& response) {
            calledInsidePost = calledInsidePost || posting;
            ++answered;
            ok += response.status == 200 ? 1 : 0;
        });
        posting = false;
    }
    EXPECT_EQ(transport.inFlight(), 12);
    ASSERT_TRUE(waitUntil([&] { return answered == 12; }));
    EXPECT_EQ(ok, 12);
    EXPECT_FALSE(calledInsidePost);
    // 12 requests, never more than 2 connections at once, kept alive between them.
    EXPECT_EQ(seen(transport, peer).header("x-connections"), QByteArray("2"));
}

TEST(SyncDeliveryTransport, DestroyingItWithRequestsInFlightCallsNothingBack)
{
    TransportPeer peer;
    bool called = false;
    {
        sync::CurlTransport transport(4);
        transport.post(requestTo(peer.url("/hang")), [&](const HttpResponse&) { called = true; });
        waitUntil([] { return false; }, 200); // let it connect and send
        EXPECT_EQ(transport.inFlight(), 1);
    }
    waitUntil([] { return false; }, 100); // any late event would run here
    EXPECT_FALSE(called);
}
