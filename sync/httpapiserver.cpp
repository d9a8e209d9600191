#include "httpapiserver.h"

#include "apierror.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>
#include <atomic>
#include <memory>

namespace packdesk::sync {

Q_LOGGING_CATEGORY(lcApi, "packdesk.api")

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

ApiResponse errorResponse(int status, const char* code, const QString& message)
{
    return ApiResponse{status, ApiError{status, QLatin1String(code), message, {}, {}}.toJson(), {}, {}};
}

QStringList segmentsOf(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

HttpApiServer::HttpApiServer(RequestLimits limits, QObject* parent)
    : QAbstractHttpServer(parent), m_gate(new RequestGate(limits, this))
{
}

HttpApiServer::~HttpApiServer() = default;

void HttpApiServer::addRoute(const QByteArray& method, const QString& pattern, RouteHandler handler)
{
    m_routes.push_back(Route{method, segmentsOf(pattern), std::move(handler)});
}

Result<quint16> HttpApiServer::start(const QHostAddress& address, quint16 port)
{
    if (!m_gate->listen(address, port))
        return Error{QStringLiteral("listen_failed"), QStringLiteral("Cannot listen on %1:%2: %3.")
                                                          .arg(address.toString())
                                                          .arg(port)
                                                          .arg(m_gate->errorString())};
    bind(m_gate);
    return m_gate->serverPort();
}

void HttpApiServer::stopAccepting()
{
    m_gate->close();
}

bool HttpApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    apiRequest.path = request.url().path();
    apiRequest.query = request.url().query(QUrl::FullyEncoded);
    apiRequest.remoteAddress = request.remoteAddress().toString();
    const QStringList segments = segmentsOf(apiRequest.path);

    const Route* match = nullptr;
    bool pathMatched = false;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString& want = route.segments.at(i);
            if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}')))
                params.insert(want.mid(1, want.size() - 2), segments.at(i));
            else
                same = want == segments.at(i);
        }
        if (!same)
            continue;
        pathMatched = true;
        if (route.method == apiRequest.method) {
            match = &route;
            apiRequest.pathParams = std::move(params);
            break;
        }
    }
    const QPointer<QTcpSocket> guarded(socket);
    if (!match) {
        const ApiResponse response =
            pathMatched
                ? errorResponse(405, "method_not_allowed",
                                QStringLiteral("%1 is not allowed on %2.")
                                    .arg(QLatin1String(apiRequest.method), apiRequest.path))
                : errorResponse(404, "not_found", QStringLiteral("There is no endpoint at this path."));
        finish(guarded, apiRequest.method, apiRequest.path, timer, response);
        return true;
    }
    for (const auto& [name, value] : request.headers())
        apiRequest.headers.insert(name.toLower(), value);
    apiRequest.body = request.body();

    ++m_inFlight;
    // Answered exactly once, possibly from a worker thread: hop back here.
    auto answered = std::make_shared<std::atomic_bool>(false);
    ApiReply reply = [this, guarded, method = apiRequest.method, path = apiRequest.path, timer,
                      answered](ApiResponse response) {
        if (answered->exchange(true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, guarded, method, path, timer, response = std::move(response)] {
                finish(guarded, method, path, timer, response);
                if (--m_inFlight == 0)
                    Q_EMIT drained();
            },
            Qt::QueuedConnection);
    };
    match->handler(std::move(apiRequest), std::move(reply));
    return true;
}

void HttpApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    Q_UNUSED(socket); // handleRequest answers every request itself
}

void HttpApiServer::finish(const QPointer<QTcpSocket>& socket, const QByteArray& method, const QString& path,
                           const QElapsedTimer& timer, const ApiResponse& response)
{
    // Method, path, status, time and shop only: bodies hold customers' data.
    qCInfo(lcApi, "%s %s %d %.1f ms%s%s", method.constData(), qPrintable(path), response.status,
           double(timer.nsecsElapsed()) / 1e6,
           response.shop.isEmpty() ? "" : " shop=", qPrintable(response.shop));
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left; what was done stays done (idempotency makes the retry safe)
    // Written by hand rather than with QHttpServerResponder: the responder
    // of 6.4 refers to the QHttpServerRequest, which may be gone by the time
    // a worker thread answers.
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + ApiError::reasonPhrase(response.status) +
        "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
        "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    socket->write(out);
}

} // namespace packdesk::sync
