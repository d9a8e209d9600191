#pragma once

#include <QHash>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace packdesk::sync {

/// Limits the gate enforces on every connection.
struct RequestLimits
{
    qint64 maxBodyBytes = 1024 * 1024;  ///< larger Content-Length: 413 before the body is read
    qsizetype maxHeadBytes = 16 * 1024; ///< request line + headers; larger: 431
    int requestTimeoutMs = 30'000; ///< a request must arrive within this, an idle connection closes after it
    int maxConnections = 256;      ///< further connections wait in the kernel's backlog
};

/// The TCP front of the API: a QTcpServer that QHttpServer is bound to, which
/// accepts each connection itself and looks at every request's head *before*
/// QHttpServer sees it.
///
/// Why: QHttpServer 6.4 buffers a whole request, body included, before it
/// calls a handler, and has no size limit, so a client announcing a 10 GB
/// body would make it try to hold 10 GB. The gate reads only the head (up
/// to maxHeadBytes, with peek(): the bytes stay in the socket for
/// QHttpServer), answers 413/431/411/400 itself and closes, or hands the
/// socket over. On a kept-alive connection it looks at each new request the
/// same way whenever QHttpServer is between requests; in every case the
/// socket's read buffer is capped at head + body limit, so even a request
/// the gate could not look at never costs more memory than that (it stalls
/// and the timeout closes it). Chunked bodies are refused (411): every
/// client we serve sends Content-Length.
class RequestGate : public QTcpServer
{
    Q_OBJECT
public:
    explicit RequestGate(RequestLimits limits, QObject* parent = nullptr);

    const RequestLimits& limits() const { return m_limits; }
    int openConnections() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        QTimer* deadline = nullptr;
        bool handedOver = false;
        bool rejected = false; ///< answered with an error and closing: nothing more is read
    };

    void inspect(QTcpSocket* socket);
    void handOver(QTcpSocket* socket);
    void reject(QTcpSocket* socket, int status, const char* code, const QString& message);

    RequestLimits m_limits;
    QHash<QTcpSocket*, Connection> m_connections;
};

} // namespace packdesk::sync
