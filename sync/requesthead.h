#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace packdesk::sync {

/// What the request gate needs from the head of an HTTP/1.1 request (the
/// request line and headers, up to the blank line), read before any of the
/// body is buffered: how long the head is and how big the body says it is.
///
/// Deliberately small: QHttpServer parses the request for real afterwards;
/// this only decides whether it may be read at all.
struct RequestHead
{
    enum class State
    {
        Incomplete, ///< no blank line yet: wait for more bytes
        Complete,
        Malformed, ///< not HTTP we accept (no request line, a bad or repeated Content-Length)
    };

    State state = State::Incomplete;
    qsizetype headBytes = 0;  ///< request line + headers + the blank line
    qint64 contentLength = 0; ///< 0 when the header is absent
    bool chunked = false;     ///< Transfer-Encoding given (we take no chunked bodies)
    bool expectContinue = false;

    /// Looks at the first bytes of a request (at most maxHeadBytes of them matter).
    static RequestHead parse(QByteArrayView bytes);
};

} // namespace packdesk::sync
