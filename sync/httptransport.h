#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace packdesk::sync {

/// One HTTP POST as the webhook sender makes it.
struct HttpRequest
{
    QByteArray url;
    /// Name/value pairs sent as given (Content-Type, webhook-id, ...).
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Time to open the connection (nothing when one is reused).
    int connectTimeoutMs = 10'000;
    /// Time from the request being on its way to the full answer.
    int responseTimeoutMs = 15'000;
};

/// How an exchange ended. A status of 0 means no HTTP answer arrived and
/// `error` says why; any status (3xx included: redirects are not followed)
/// is the shop's answer and `error` is None.
struct HttpResponse
{
    enum class TransportError { None, Timeout, ConnectionRefused, ConnectionReset, Other };

    int status = 0;
    /// Response headers the sender reads, names in lower case. Bodies are
    /// never kept: they may echo customer data and nothing reads them.
    QList<QPair<QByteArray, QByteArray>> headers;
    TransportError error = TransportError::None;
    /// For a person reading the dead letters: no URL path, body or secret.
    QString errorMessage;

    /// The first header with this lower-case name, or empty.
    QByteArray header(const QByteArray& lowerCaseName) const
    {
        for (const auto& [name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return {};
    }
};

/// The port the webhook sender sends through (DESIGN.md: HttpTransport).
/// Asynchronous, on the thread that owns it and runs its Qt event loop;
/// every post() gets exactly one callback, never from inside post().
class HttpTransport
{
public:
    using Callback = std::function<void(const HttpResponse&)>;

    virtual ~HttpTransport() = default;

    /// Starts the request; `done` runs on this thread when it ended.
    virtual void post(HttpRequest request, Callback done) = 0;
    /// Requests started and not yet answered.
    virtual int inFlight() const = 0;
};

} // namespace packdesk::sync
