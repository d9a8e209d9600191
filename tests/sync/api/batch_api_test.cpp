// OrderApiService::submitAll: the group commit of queued POSTs. Each request
// stands alone inside the batch's transaction.
#include "apitesting.h"
#include "sync/orderapiservice.h"

using namespace packdesk::sync;
using namespace packdesk::sync::testing;

using SyncApiBatch = ApiTestServer;

namespace {
ApiRequest postRequest(const QByteArray& body, const QString& token, const QByteArray& key = {})
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/orders");
    request.headers.insert("content-type", "application/json");
    request.headers.insert("authorization", "Bearer " + token.toLatin1());
    if (!key.isEmpty())
        request.headers.insert("idempotency-key", key);
    request.body = body;
    return request;
}
} // namespace

TEST_F(SyncApiBatch, ARefusedRequestLeavesTheOthersOfItsBatchAlone)
{
    m_routes.reset(); // the service below is the only writer
    auto service = OrderApiService::open(m_dbPath);
    ASSERT_TRUE(service.ok());
    ASSERT_EQ(service.value()->submit(postRequest(orderJson("nordlys", "NL-P"), m_nordlysToken)).status, 201);
    sqlValue("UPDATE orders SET status = 'packed'");

    QByteArray broken = orderJson("nordlys", "NL-X");
    broken.replace("\"quantity\":2", "\"quantity\":0");
    const std::vector<ApiResponse> responses = service.value()->submitAll({
        postRequest(orderJson("nordlys", "NL-A"), m_nordlysToken, "key-a"),
        postRequest(orderJson("nordlys", "NL-P", 9), m_nordlysToken),       // packed: 409
        postRequest(broken, m_nordlysToken),                                // invalid: 422
        postRequest(orderJson("nordlys", "NL-B"), m_acmeToken),             // other shop: 403
        postRequest(orderJson("nordlys", "NL-C"), m_nordlysToken, "key-a"), // key reused: 422
        postRequest(orderJson("nordlys", "NL-A"), m_nordlysToken, "key-a"), // replay in the same batch
        postRequest(orderJson("nordlys", "NL-D"), m_nordlysToken),
    });
    ASSERT_EQ(responses.size(), 7u);
    EXPECT_EQ(responses[0].status, 201);
    EXPECT_EQ(responses[1].status, 409);
    EXPECT_EQ(responses[2].status, 422);
    EXPECT_EQ(responses[3].status, 403);
    EXPECT_EQ(responses[4].status, 422);
    EXPECT_EQ(responses[5].status, 201);
    EXPECT_EQ(responses[5].body, responses[0].body);
    EXPECT_EQ(responses[6].status, 201);
    EXPECT_EQ(sqlValue("SELECT group_concat(number, ',') FROM (SELECT number FROM orders ORDER BY number)"),
              "NL-A,NL-D,NL-P");
    EXPECT_EQ(
        sqlValue("SELECT quantity FROM order_lines JOIN orders o ON o.id = order_id WHERE o.number = 'NL-P'"),
        "2");
    EXPECT_EQ(sqlValue("SELECT count(*) FROM api_requests"), "1");
}
