#include "requestgate.h"

#include "apierror.h"
#include "requesthead.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QTcpSocket>
#include <QTimer>

namespace packdesk::sync {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

RequestGate::RequestGate(RequestLimits limits, QObject* parent) : QTcpServer(parent), m_limits(limits) {}

void RequestGate::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // The one memory bound that holds whatever the client does: a request
    // larger than this can never be buffered (it stalls and times out).
    socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes + 1);
    Connection connection;
    connection.deadline = new QTimer(socket);
    connection.deadline->setSingleShot(true);
    connection.deadline->setInterval(m_limits.requestTimeoutMs);
    connect(connection.deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connection.deadline->start();
    m_connections.insert(socket, connection);

    // Connected before QHttpServer connects its own slot, so this runs first
    // on every readyRead, for the connection's whole life.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    // A response written means the request was read: the request deadline
    // becomes the idle deadline of a kept-alive connection.
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end())
            it->deadline->start();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (!m_connections.value(socket).handedOver)
            socket->deleteLater(); // QHttpServer deletes those it owns
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    if (m_connections.size() >= m_limits.maxConnections)
        pauseAccepting(); // resumed when a connection closes
    connect(socket, &QObject::destroyed, this, [this] {
        if (m_connections.size() < m_limits.maxConnections)
            resumeAccepting();
    });
}

void RequestGate::inspect(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->rejected) {
        socket->skip(socket->bytesAvailable()); // the rest of a refused request: discarded unread
        return;
    }
    // QHttpServer reads a request inside a socket transaction; one in
    // progress means the bytes in front of us are the middle of a request
    // whose head was already seen (or capped by the read buffer size).
    if (it->handedOver && socket->isTransactionStarted())
        return;
    const qint64 available = socket->bytesAvailable();
    if (available == 0)
        return;
    const QByteArray start = socket->peek(qMin<qint64>(available, m_limits.maxHeadBytes + 1));
    const RequestHead head = RequestHead::parse(start);
    switch (head.state) {
    case RequestHead::State::Incomplete:
        if (start.size() > m_limits.maxHeadBytes)
            return reject(socket, 431, "headers_too_large",
                          QStringLiteral("The request line and headers are larger than %1 bytes.")
                              .arg(m_limits.maxHeadBytes));
        return; // wait for the rest of the head
    case RequestHead::State::Malformed:
        return reject(socket, 400, "bad_request",
                      QStringLiteral("The request is not valid HTTP/1.1 (request line or Content-Length)."));
    case RequestHead::State::Complete:
        break;
    }
    if (head.chunked)
        return reject(
            socket, 411, "length_required",
            QStringLiteral("Send the body with a Content-Length header; chunked bodies are not accepted."));
    if (head.contentLength > m_limits.maxBodyBytes)
        return reject(socket, 413, "body_too_large",
                      QStringLiteral("The body is %1 bytes; at most %2 bytes are accepted per request.")
                          .arg(head.contentLength)
                          .arg(m_limits.maxBodyBytes));
    if (head.expectContinue && head.contentLength > 0 && available == head.headBytes) {
        // The client waits for this before sending the body (curl does for
        // bodies over 1 KiB); QHttpServer 6.4 never sends it.
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (!it->handedOver)
        handOver(socket);
}

void RequestGate::handOver(QTcpSocket* socket)
{
    m_connections[socket].handedOver = true;
    addPendingConnection(socket);
    // QAbstractHttpServer (6.4) listens to pendingConnectionAvailable, which
    // QTcpServer emits only after incomingConnection(); ours comes later.
    // The signal is private (QPrivateSignal), so it is invoked by name.
    QMetaObject::invokeMethod(this, "pendingConnectionAvailable", Qt::DirectConnection);
    // The bytes already buffered produced their readyRead before QHttpServer
    // was listening: announce them again.
    if (socket->bytesAvailable() > 0)
        Q_EMIT socket->readyRead();
}

void RequestGate::reject(QTcpSocket* socket, int status, const char* code, const QString& message)
{
    m_connections[socket].rejected = true;
    const QByteArray body = ApiError{status, QLatin1String(code), message, {}, {}}.toJson();
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + ApiError::reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n" + body;
    // Drop what was read: QHttpServer's slot runs after this one and must
    // find nothing to parse.
    socket->skip(socket->bytesAvailable());
    socket->write(response);
    socket->disconnectFromHost();
    qCInfo(lcApi, "rejected a request with %d (%s) before reading its body", status, code);
}

} // namespace packdesk::sync
