// The dashboard's routes on a real HttpApiServer on loopback, with the real
// backend (SqliteOrderStore's PIN check, StatsQueries) on a temp database.
#include "dashboard/dashboardroutes.h"
#include "store/sqliteorderstore.h"
#include "sync/httpapiserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::dashboard;

namespace {
struct Http
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower case names
};

Http request(quint16 port, const QByteArray& method, const QString& path, const QByteArray& cookie = {},
             const QByteArray& body = {}, const QByteArray& origin = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    // Qt 6 follows redirects by default: the tests want to see them.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!cookie.isEmpty())
        req.setRawHeader("Cookie", cookie);
    if (!origin.isEmpty())
        req.setRawHeader("Origin", origin);
    if (method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply* reply = manager.sendCustomRequest(req, method, body);
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < 10'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::usleep(200);
    }
    Http result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    delete reply;
    return result;
}

void expectSecurityHeaders(const Http& http)
{
    EXPECT_EQ(http.headers.value("content-security-policy"),
              QByteArray("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                         "frame-ancestors 'none'"));
    EXPECT_EQ(http.headers.value("x-content-type-options"), QByteArray("nosniff"));
    EXPECT_EQ(http.headers.value("referrer-policy"), QByteArray("no-referrer"));
    EXPECT_EQ(http.headers.value("cache-control"), QByteArray("no-store"));
}

const QByteArray kFailed = "Sign-in failed. Check your badge and PIN; only leads can sign in.";

class DashboardRoutesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("dash.db"));
        {
            auto store = store::SqliteOrderStore::open(m_dbPath);
            ASSERT_TRUE(store.ok());
            ASSERT_TRUE(store.value()->upsertPacker(Packer{"L1", "Lena Lead", "en", true}, "4321").ok());
            ASSERT_TRUE(store.value()->upsertPacker(Packer{"P1", "Per Packer", "en", false}, "1234").ok());
        }
        m_server = std::make_unique<sync::HttpApiServer>();
        DashboardOptions options;
        options.maxFailedLogins = 3;
        auto routes = DashboardRoutes::install(*m_server, m_dbPath, options);
        ASSERT_TRUE(routes.ok()) << routes.error().message.toStdString();
        m_routes = std::move(routes.value());
        auto port = m_server->start(QHostAddress::LocalHost, 0);
        ASSERT_TRUE(port.ok());
        m_port = port.value();
    }
    void TearDown() override
    {
        m_routes.reset();
        m_server.reset();
    }
    Http login(const QByteArray& badge, const QByteArray& pin)
    {
        return request(m_port, "POST", QStringLiteral("/dashboard/login"), {},
                       "badge=" + badge + "&pin=" + pin);
    }
    /// "packdesk_session=..." from a successful login.
    QByteArray leadCookie()
    {
        const Http http = login("L1", "4321");
        return http.headers.value("set-cookie").split(';').first();
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<sync::HttpApiServer> m_server;
    std::unique_ptr<DashboardRoutes> m_routes;
    quint16 m_port = 0;
};
} // namespace

TEST_F(DashboardRoutesTest, LoginPageHasAFormAndTheSecurityHeaders)
{
    const Http http = request(m_port, "GET", QStringLiteral("/dashboard/login"));
    EXPECT_EQ(http.status, 200);
    EXPECT_TRUE(http.headers.value("content-type").startsWith("text/html"));
    EXPECT_TRUE(http.body.contains("<form method=\"post\" action=\"/dashboard/login\">"));
    expectSecurityHeaders(http);
}

TEST_F(DashboardRoutesTest, LeadLoginSetsAStrictSessionCookie)
{
    const Http http = login("L1", "4321");
    EXPECT_EQ(http.status, 303);
    EXPECT_EQ(http.headers.value("location"), QByteArray("/dashboard"));
    const QByteArray cookie = http.headers.value("set-cookie");
    EXPECT_TRUE(cookie.startsWith("packdesk_session=")) << cookie.constData();
    EXPECT_EQ(cookie.split(';').first().size(), qsizetype(strlen("packdesk_session=") + 64));
    EXPECT_TRUE(cookie.contains("HttpOnly"));
    EXPECT_TRUE(cookie.contains("SameSite=Strict"));
    EXPECT_TRUE(cookie.contains("Path=/dashboard"));
    EXPECT_EQ(m_routes->sessions().size(), 1);
}

TEST_F(DashboardRoutesTest, LoginRefusesNonLeadsWrongPinsAndUnknownBadgesAlike)
{
    const Http packer = login("P1", "1234");
    const Http wrongPin = login("L1", "0000");
    const Http unknown = login("ZZ", "4321");
    for (const Http& http : {packer, wrongPin, unknown}) {
        EXPECT_EQ(http.status, 403);
        EXPECT_TRUE(http.body.contains(kFailed));
        EXPECT_FALSE(http.headers.contains("set-cookie"));
        expectSecurityHeaders(http);
    }
    EXPECT_EQ(m_routes->sessions().size(), 0);
}

TEST_F(DashboardRoutesTest, RepeatedFailuresLockTheBadgeEvenWithTheRightPin)
{
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(login("L1", "9999").status, 403);
    const Http http = login("L1", "4321");
    EXPECT_EQ(http.status, 429);
    EXPECT_FALSE(http.headers.contains("set-cookie"));
}

TEST_F(DashboardRoutesTest, PagesRedirectAndExportsRefuseWithoutASession)
{
    for (const QByteArray& cookie : {QByteArray(), QByteArray("packdesk_session=") + QByteArray(64, 'a')}) {
        const Http page = request(m_port, "GET", QStringLiteral("/dashboard?range=7d"), cookie);
        EXPECT_EQ(page.status, 303);
        EXPECT_EQ(page.headers.value("location"), QByteArray("/dashboard/login"));
        expectSecurityHeaders(page);
        const Http csv = request(m_port, "GET", QStringLiteral("/dashboard/export/packers.csv"), cookie);
        EXPECT_EQ(csv.status, 401);
        EXPECT_FALSE(csv.body.contains("badge"));
    }
}

TEST_F(DashboardRoutesTest, TheDashboardWithASession)
{
    const Http http = request(m_port, "GET", QStringLiteral("/dashboard?range=30d"), leadCookie());
    ASSERT_EQ(http.status, 200) << http.body.constData();
    expectSecurityHeaders(http);
    EXPECT_TRUE(http.body.contains("Signed in: Lena Lead"));
    EXPECT_TRUE(http.body.contains("data-kpi=\"orders_packed\""));
    EXPECT_TRUE(http.body.contains("href=\"/dashboard/export/packers.csv?range=30d\""));
    EXPECT_FALSE(http.body.contains("<script"));
}

TEST_F(DashboardRoutesTest, CsvExportIsAnAttachment)
{
    const Http http =
        request(m_port, "GET", QStringLiteral("/dashboard/export/packers.csv?range=7d"), leadCookie());
    ASSERT_EQ(http.status, 200) << http.body.constData();
    EXPECT_TRUE(http.headers.value("content-type").startsWith("text/csv"));
    EXPECT_TRUE(
        http.headers.value("content-disposition").startsWith("attachment; filename=\"packdesk-packers-"));
    EXPECT_TRUE(http.body.startsWith("badge,name,orders_packed,items_packed,"));
    expectSecurityHeaders(http);
    EXPECT_EQ(request(m_port, "GET", QStringLiteral("/dashboard/export/nothing.csv"), leadCookie()).status,
              404);
}

TEST_F(DashboardRoutesTest, LogoutInvalidatesTheSession)
{
    const QByteArray cookie = leadCookie();
    const Http out = request(m_port, "POST", QStringLiteral("/dashboard/logout"), cookie);
    EXPECT_EQ(out.status, 303);
    EXPECT_TRUE(out.headers.value("set-cookie").contains("Max-Age=0"));
    EXPECT_EQ(request(m_port, "GET", QStringLiteral("/dashboard"), cookie).status, 303);
}

TEST_F(DashboardRoutesTest, CrossSiteLoginPostsAreRefused)
{
    const Http http = request(m_port, "POST", QStringLiteral("/dashboard/login"), {}, "badge=L1&pin=4321",
                              "http://evil.example");
    EXPECT_EQ(http.status, 403);
    EXPECT_FALSE(http.headers.contains("set-cookie"));
    const Http sameOrigin =
        request(m_port, "POST", QStringLiteral("/dashboard/login"), {}, "badge=L1&pin=4321",
                QStringLiteral("http://127.0.0.1:%1").arg(m_port).toLatin1());
    EXPECT_EQ(sameOrigin.status, 303);
}

TEST_F(DashboardRoutesTest, TheStylesheetComesFromTheResource)
{
    const Http http = request(m_port, "GET", QStringLiteral("/dashboard/static/dashboard.css"));
    EXPECT_EQ(http.status, 200);
    EXPECT_TRUE(http.headers.value("content-type").startsWith("text/css"));
    EXPECT_TRUE(http.body.contains(".tp-bar"));
}
