#pragma once

#include "apirequest.h"
#include "core/result.h"
#include "requestgate.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <vector>

namespace packdesk::sync {

/// The HTTP server of `packdesk serve`: Qt HttpServer behind a RequestGate
/// (size limits and timeouts before anything is buffered), a small router
/// (method + path pattern with {name} segments; 404 and 405 with JSON
/// bodies) and an access log without bodies or personal data.
///
/// The order API (OrderApiRoutes) adds its routes here; the leads'
/// dashboard can add its own next to them. Handlers get plain ApiRequest
/// values and answer through ApiReply, from any thread, so slow work (the
/// database) never blocks the thread that reads sockets.
class HttpApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpApiServer(RequestLimits limits = {}, QObject* parent = nullptr);
    ~HttpApiServer() override;

    /// pattern: "/api/v1/orders/{shop}/{number}"; a {name} matches one non-empty segment.
    void addRoute(const QByteArray& method, const QString& pattern, RouteHandler handler);

    /// Starts listening; port 0 picks a free one. Returns the port.
    Result<quint16> start(const QHostAddress& address, quint16 port);
    /// Stops accepting connections (those open are finished).
    void stopAccepting();
    /// Requests handed to a handler and not answered yet.
    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    /// requestsInFlight() dropped to 0.
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };

    void respond(QTcpSocket* socket, const QHttpServerRequest& request, const ApiResponse& response);
    void finish(const QPointer<QTcpSocket>& socket, const QByteArray& method, const QString& path,
                const QElapsedTimer& timer, const ApiResponse& response);

    RequestGate* m_gate;
    std::vector<Route> m_routes;
    int m_inFlight = 0;
};

} // namespace packdesk::sync
