#include "dashboardroutes.h"

#include "csvwriter.h"
#include "dashboardpage.h"
#include "dashboardquery.h"
#include "dashboardresponses.h"
#include "loginpage.h"
#include "reporttables.h"
#include "sync/httpapiserver.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

namespace packdesk::dashboard {

Q_LOGGING_CATEGORY(lcDashboard, "packdesk.dashboard")

namespace {
// One sentence for a wrong badge, a wrong PIN, a packer who is not a lead
// and a locked-out badge: the answer must not help a guesser.
const QString kLoginFailed =
    QStringLiteral("Sign-in failed. Check your badge and PIN; only leads can sign in.");
const QString kLoginThrottled = QStringLiteral("Too many failed sign-ins. Wait 15 minutes, then try again.");

QUrlQuery formOf(const QByteArray& body)
{
    // application/x-www-form-urlencoded: '+' is a space, which QUrlQuery does not know.
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

QString cookieValue(const QByteArray& header, const QByteArray& name)
{
    for (const QByteArray& part : header.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(name + '='))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

/// A form posted from another site (the cookie is SameSite=Strict already;
/// this also covers login CSRF and old browsers). Browsers say so in
/// Sec-Fetch-Site; otherwise the Origin must match our Host. With our
/// Referrer-Policy: no-referrer, Chromium sends "Origin: null" on form posts,
/// so "null" alone proves nothing either way.
bool crossSite(const sync::ApiRequest& request)
{
    const QByteArray fetchSite = request.header("sec-fetch-site");
    if (!fetchSite.isEmpty())
        return fetchSite != "same-origin" && fetchSite != "none";
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty() || origin == "null")
        return false;
    return QUrl(QString::fromLatin1(origin)).authority() != QString::fromLatin1(request.header("host"));
}

QByteArray sessionCookie(const QString& id, qint64 maxAgeS)
{
    return QByteArray(DashboardRoutes::kCookieName) + '=' + id.toLatin1() +
           "; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=" + QByteArray::number(maxAgeS);
}
} // namespace

DashboardRoutes::DashboardRoutes(DashboardBackend backend, const DashboardOptions& options)
    : m_backend(std::move(backend)), m_clock(options.clock), m_sessionLifetimeMs(options.sessionLifetimeMs),
      m_sessions(options.sessionLifetimeMs, options.clock),
      m_throttle(options.maxFailedLogins, options.failedLoginWindowMs, options.clock),
      m_worker(std::make_unique<WorkerThread>(QStringLiteral("dashboard")))
{
}

DashboardRoutes::~DashboardRoutes()
{
    // StatsQueries is one per thread: it closes on the thread that used it.
    m_worker->runAndWait([this] { m_stats.reset(); });
    m_worker.reset();
}

std::unique_ptr<DashboardRoutes> DashboardRoutes::install(sync::HttpApiServer& server,
                                                          DashboardBackend backend, DashboardOptions options)
{
    std::unique_ptr<DashboardRoutes> routes(new DashboardRoutes(std::move(backend), options));
    routes->addRoutes(server);
    return routes;
}

void DashboardRoutes::addRoutes(sync::HttpApiServer& server)
{
    using namespace std::placeholders;
    server.addRoute("GET", QStringLiteral("/dashboard/login"),
                    std::bind(&DashboardRoutes::showLogin, this, _1, _2));
    server.addRoute("POST", QStringLiteral("/dashboard/login"),
                    std::bind(&DashboardRoutes::login, this, _1, _2));
    server.addRoute("POST", QStringLiteral("/dashboard/logout"),
                    std::bind(&DashboardRoutes::logout, this, _1, _2));
    server.addRoute("GET", QStringLiteral("/dashboard"),
                    std::bind(&DashboardRoutes::showDashboard, this, _1, _2));
    server.addRoute("GET", QStringLiteral("/dashboard/export/{file}"),
                    std::bind(&DashboardRoutes::exportCsv, this, _1, _2));
    server.addRoute("GET", QStringLiteral("/dashboard/static/dashboard.css"),
                    [](const sync::ApiRequest&, const sync::ApiReply& reply) {
                        QFile css(QStringLiteral(":/dashboard/dashboard.css"));
                        if (!css.open(QIODevice::ReadOnly))
                            return reply(
                                DashboardResponses::plainText(404, QStringLiteral("No stylesheet.")));
                        reply(DashboardResponses::css(css.readAll()));
                    });
}

qint64 DashboardRoutes::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

std::optional<DashboardSession> DashboardRoutes::sessionOf(const sync::ApiRequest& request)
{
    const QString id = cookieValue(request.header("cookie"), kCookieName);
    if (id.isEmpty())
        return std::nullopt;
    return m_sessions.find(id);
}

void DashboardRoutes::showLogin(const sync::ApiRequest& request, const sync::ApiReply& reply)
{
    if (sessionOf(request))
        return reply(DashboardResponses::redirect("/dashboard"));
    reply(DashboardResponses::html(200, LoginPage::render()));
}

void DashboardRoutes::login(const sync::ApiRequest& request, const sync::ApiReply& reply)
{
    if (crossSite(request))
        return reply(
            DashboardResponses::plainText(403, QStringLiteral("Cross-site form posts are refused.")));
    const QUrlQuery form = formOf(request.body);
    const QString badge = form.queryItemValue(QStringLiteral("badge"), QUrl::FullyDecoded).trimmed();
    const QString pin = form.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded);
    const QString address = request.remoteAddress;
    if (!m_throttle.allowed(badge, address)) {
        qCWarning(lcDashboard, "dashboard sign-in refused: too many failures");
        return reply(DashboardResponses::html(429, LoginPage::render(kLoginThrottled)));
    }
    m_worker->post([this, badge, pin, address, reply] {
        const Result<Packer> packer = badge.isEmpty()
                                          ? Result<Packer>(Error{QStringLiteral("unknown_badge"), {}})
                                          : m_backend.authenticate(badge, pin);
        if (!packer || !packer.value().isLead) {
            m_throttle.recordFailure(badge, address);
            qCInfo(lcDashboard, "dashboard sign-in failed: %s",
                   packer ? "not a lead" : qPrintable(packer.error().code));
            return reply(DashboardResponses::html(403, LoginPage::render(kLoginFailed)));
        }
        m_throttle.recordSuccess(badge);
        const QString id = m_sessions.create(packer.value().badge, packer.value().name);
        sync::ApiResponse response = DashboardResponses::redirect("/dashboard");
        response.headers.append({"Set-Cookie", sessionCookie(id, m_sessionLifetimeMs / 1000)});
        reply(std::move(response));
    });
}

void DashboardRoutes::logout(const sync::ApiRequest& request, const sync::ApiReply& reply)
{
    if (crossSite(request))
        return reply(
            DashboardResponses::plainText(403, QStringLiteral("Cross-site form posts are refused.")));
    const QString id = cookieValue(request.header("cookie"), kCookieName);
    if (!id.isEmpty())
        m_sessions.remove(id);
    sync::ApiResponse response = DashboardResponses::redirect("/dashboard/login");
    response.headers.append({"Set-Cookie", sessionCookie(QString(), 0)});
    reply(std::move(response));
}

Result<stats::StatsQueries*> DashboardRoutes::statsQueries()
{
    if (!m_stats) {
        auto opened = m_backend.openStats();
        if (!opened)
            return opened.error();
        m_stats = std::move(opened.value());
    }
    return m_stats.get();
}

void DashboardRoutes::showDashboard(const sync::ApiRequest& request, const sync::ApiReply& reply)
{
    const std::optional<DashboardSession> session = sessionOf(request);
    if (!session)
        return reply(DashboardResponses::redirect("/dashboard/login"));
    const qint64 nowMs = now();
    const DashboardQuery query = DashboardQuery::parse(request.query, nowMs);
    m_worker->post([this, query, nowMs, leadName = session->name, reply] {
        auto queries = statsQueries();
        auto choices = queries ? queries.value()->choices() : Result<stats::FilterChoices>(queries.error());
        if (!choices)
            return reply(
                DashboardResponses::html(500, DashboardPage::renderError(choices.error().message, leadName)));
        auto report = queries.value()->report(query.toFilter());
        if (!report) {
            const int status = report.error().code == QLatin1String("invalid_filter") ? 400 : 500;
            return reply(DashboardResponses::html(
                status, DashboardPage::renderError(report.error().message, leadName)));
        }
        reply(DashboardResponses::html(
            200, DashboardPage::render(report.value(), choices.value(), query, leadName, nowMs)));
    });
}

void DashboardRoutes::exportCsv(const sync::ApiRequest& request, const sync::ApiReply& reply)
{
    // A download, not a page: no redirect, a plain 401.
    if (!sessionOf(request))
        return reply(DashboardResponses::plainText(401, QStringLiteral("Sign in to the dashboard first.")));
    const QString file = request.pathParams.value(QStringLiteral("file"));
    if (!file.endsWith(QLatin1String(".csv")))
        return reply(DashboardResponses::plainText(404, QStringLiteral("There is no such export.")));
    const QString name = file.chopped(4);
    const qint64 nowMs = now();
    const DashboardQuery query = DashboardQuery::parse(request.query, nowMs);
    m_worker->post([this, name, query, reply] {
        auto queries = statsQueries();
        if (!queries)
            return reply(DashboardResponses::plainText(500, queries.error().message));
        auto report = queries.value()->report(query.toFilter());
        if (!report)
            return reply(DashboardResponses::plainText(
                report.error().code == QLatin1String("invalid_filter") ? 400 : 500, report.error().message));
        const std::optional<DataTable> table = ReportTables::named(report.value(), name);
        if (!table)
            return reply(DashboardResponses::plainText(404, QStringLiteral("There is no such export.")));
        reply(DashboardResponses::csv(
            QStringLiteral("packdesk-%1-%2-to-%3.csv").arg(name, query.from, query.to),
            CsvWriter::write(*table)));
    });
}

} // namespace packdesk::dashboard
