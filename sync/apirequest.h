#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace packdesk::sync {

/// One HTTP request as a route handler sees it: plain values, copied out of
/// QHttpServerRequest so that a handler may run on another thread.
struct ApiRequest
{
    QByteArray method;                     ///< "GET", "POST"...
    QString path;                          ///< decoded path, no query
    QString query;                         ///< the raw (percent-encoded) query string, no '?'
    QString remoteAddress;                 ///< the client's IP (the proxy's behind nginx)
    QHash<QString, QString> pathParams;    ///< the {name} segments of the route's pattern
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// What a handler answers.
struct ApiResponse
{
    int status = 200;
    QByteArray body;                              ///< JSON
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Content-Type and Content-Length
    QString shop; ///< the authenticated shop, for the access log; empty before authentication
    QByteArray contentType = "application/json"; ///< the dashboard answers HTML, CSS and CSV
};

/// Sends the response; may be called from any thread, exactly once. If the
/// client has gone meanwhile the response is dropped.
using ApiReply = std::function<void(ApiResponse)>;
using RouteHandler = std::function<void(ApiRequest, ApiReply)>;

} // namespace packdesk::sync
