#include "curltransport.h"

#include <QSocketNotifier>

#include <curl/curl.h>

#include <algorithm>

namespace packdesk::sync {

namespace {
/// Idle keep-alive connections kept across all shops' hosts.
constexpr long kCachedConnections = 64;

CURLM* multiOf(void* multi)
{
    return static_cast<CURLM*>(multi);
}

void initialiseCurlOnce()
{
    // Before the first handle; thread-safe since libcurl 7.84 (Debian 12 has 7.88).
    static const CURLcode initialised = curl_global_init(CURL_GLOBAL_DEFAULT);
    Q_UNUSED(initialised);
}

/// Bodies are read and dropped: nothing uses them and they are never logged.
size_t discardBody(char*, size_t size, size_t count, void*)
{
    return size * count;
}

size_t keepHeader(char* data, size_t size, size_t count, void* user)
{
    const size_t length = size * count;
    auto* response = static_cast<HttpResponse*>(user);
    const QByteArray line = QByteArray::fromRawData(data, qsizetype(length));
    // A status line starts a new header block (after a 1xx, say): only the final one counts.
    if (line.startsWith("HTTP/")) {
        response->headers.clear();
        return length;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return length;
}

HttpResponse::TransportError classify(CURLcode code)
{
    using Error = HttpResponse::TransportError;
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return Error::Timeout;
    case CURLE_COULDNT_CONNECT:
        return Error::ConnectionRefused;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        return Error::ConnectionReset;
    default:
        return Error::Other;
    }
}
} // namespace

struct CurlTransport::Transfer
{
    CURL* easy = curl_easy_init();
    /// The response timeout, started when the request goes out on an open
    /// connection; libcurl's own deadline covers connect and answer together.
    QTimer responseTimer;
    int responseTimeoutMs = 0;
    curl_slist* headers = nullptr;
    QByteArray body; ///< libcurl reads it in place (CURLOPT_POSTFIELDS)
    HttpResponse response;
    Callback done;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        curl_slist_free_all(headers);
        curl_easy_cleanup(easy);
    }

    void clear()
    {
        // The handle keeps its options for the next request (see takeTransfer);
        // only what pointed at this request's data goes.
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, nullptr);
        curl_slist_free_all(headers);
        headers = nullptr;
        body.clear();
        response = {};
        done = nullptr;
        errorBuffer[0] = '\0';
        responseTimer.stop();
    }
};

struct CurlTransport::CurlCallbacks
{
    static int socket(CURL*, curl_socket_t socket, int what, void* self, void*)
    {
        auto* transport = static_cast<CurlTransport*>(self);
        if (what == CURL_POLL_REMOVE)
            transport->unwatch(socket);
        else
            transport->watch(socket, what);
        return 0;
    }

    /// Connected (or reused) and about to send: the answer's clock starts.
    static int requestGoesOut(void* data, char*, char*, int, int)
    {
        auto* transfer = static_cast<Transfer*>(data);
        transfer->responseTimer.start(transfer->responseTimeoutMs);
        return CURL_PREREQFUNC_OK;
    }

    static int timer(CURLM*, long timeoutMs, void* self)
    {
        auto* transport = static_cast<CurlTransport*>(self);
        // Never act from inside libcurl: the timer fires from the event loop.
        if (timeoutMs < 0)
            transport->m_timer.stop();
        else
            transport->m_timer.start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }
};

CurlTransport::CurlTransport(int maxConnectionsPerHost)
{
    initialiseCurlOnce();
    CURLM* multi = curl_multi_init();
    m_multi = multi;
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &CurlCallbacks::socket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &CurlCallbacks::timer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(std::max(1, maxConnectionsPerHost)));
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, std::max(kCachedConnections, long(maxConnectionsPerHost)));
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, long(CURLPIPE_NOTHING));
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlTransport::~CurlTransport()
{
    CURLM* multi = multiOf(m_multi);
    // The notifiers are deleted below; libcurl must not call back into a half-destroyed object.
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, nullptr);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, nullptr);
    for (const auto& transfer : m_active)
        curl_multi_remove_handle(multi, transfer->easy);
    m_active.clear();
    m_idle.clear();
    curl_multi_cleanup(multi);
    for (const Watch& watch : std::as_const(m_watches)) {
        delete watch.read;
        delete watch.write;
    }
}

std::unique_ptr<CurlTransport::Transfer> CurlTransport::takeTransfer()
{
    if (m_idle.empty()) {
        auto transfer = std::make_unique<Transfer>();
        transfer->responseTimer.setSingleShot(true);
        // Coarse timers may fire 5 % early; a shop gets its full response time.
        transfer->responseTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&transfer->responseTimer, &QTimer::timeout, &transfer->responseTimer,
                         [this, raw = transfer.get()] { finish(raw, CURLE_OPERATION_TIMEDOUT); });
        // What every request shares is set once per handle: handles are
        // reused, and setting it all again cost a tenth of libcurl's time.
        CURL* easy = transfer->easy;
        curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer.get());
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
        curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L); // a 3xx is the shop's answer, and a failure
        curl_easy_setopt(easy, CURLOPT_PROXY, "");          // no proxy from the environment, as Qt Network did
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_PREREQFUNCTION, &CurlCallbacks::requestGoesOut);
        curl_easy_setopt(easy, CURLOPT_PREREQDATA, transfer.get());
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &discardBody);
        curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &keepHeader);
        curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer->response);
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->errorBuffer);
        return transfer;
    }
    std::unique_ptr<Transfer> transfer = std::move(m_idle.back());
    m_idle.pop_back();
    return transfer;
}

void CurlTransport::post(HttpRequest request, Callback done)
{
    std::unique_ptr<Transfer> transfer = takeTransfer();
    CURL* easy = transfer->easy;
    for (const auto& [name, value] : std::as_const(request.headers))
        transfer->headers = curl_slist_append(transfer->headers, QByteArray(name + ": " + value).constData());
    // libcurl would wait for a 100 Continue before larger bodies: a round trip for nothing.
    transfer->headers = curl_slist_append(transfer->headers, "Expect:");
    transfer->body = std::move(request.body);
    transfer->done = std::move(done);
    transfer->responseTimeoutMs = request.responseTimeoutMs;

    curl_easy_setopt(easy, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, transfer->body.constData());
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(transfer->body.size()));
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers);
    // libcurl has one deadline for the whole exchange, connect included: it
    // gets the sum, as a backstop; responseTimer keeps the answer's own limit.
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(request.connectTimeoutMs) + long(request.responseTimeoutMs));

    if (curl_multi_add_handle(multiOf(m_multi), easy) != CURLM_OK) {
        // Still asynchronous, as promised: the caller may hold state it updates after post().
        HttpResponse failed;
        failed.error = HttpResponse::TransportError::Other;
        failed.errorMessage = QStringLiteral("The HTTP client could not start the request.");
        QTimer::singleShot(0, &m_timer, [done = std::move(transfer->done), failed] { done(failed); });
        transfer->clear();
        m_idle.push_back(std::move(transfer));
        return;
    }
    m_active.push_back(std::move(transfer));
    m_startPending = true;
}

void CurlTransport::watch(int socket, int what)
{
    Watch& watch = m_watches[socket];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !watch.read) {
        watch.read = new QSocketNotifier(socket, QSocketNotifier::Read);
        QObject::connect(watch.read, &QSocketNotifier::activated, watch.read,
                         [this, socket] { act(socket, CURL_CSELECT_IN); });
    }
    if (wantWrite && !watch.write) {
        watch.write = new QSocketNotifier(socket, QSocketNotifier::Write);
        QObject::connect(watch.write, &QSocketNotifier::activated, watch.write,
                         [this, socket] { act(socket, CURL_CSELECT_OUT); });
    }
    if (watch.read)
        watch.read->setEnabled(wantRead);
    if (watch.write)
        watch.write->setEnabled(wantWrite);
}

void CurlTransport::unwatch(int socket)
{
    // libcurl stops watching a kept-alive connection between two requests
    // and watches it again for the next: the notifiers stay, disabled (a
    // descriptor closed and reused by a new socket is the same number),
    // rather than being made and deleted per request.
    const auto found = m_watches.constFind(socket);
    if (found == m_watches.cend())
        return;
    if (found->read)
        found->read->setEnabled(false);
    if (found->write)
        found->write->setEnabled(false);
}

void CurlTransport::act(int socket, int events)
{
    int running = 0;
    curl_multi_socket_action(multiOf(m_multi), socket, events, &running);
    collectFinished();
    // An answer usually posts the next request at once: start it now rather
    // than one pass of the event loop later.
    while (m_startPending) {
        m_startPending = false;
        curl_multi_socket_action(multiOf(m_multi), CURL_SOCKET_TIMEOUT, 0, &running);
        collectFinished();
    }
}

void CurlTransport::collectFinished()
{
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multiOf(m_multi), &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        Transfer* transfer = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
        finish(transfer, int(message->data.result));
    }
}

void CurlTransport::finish(Transfer* transfer, int curlCode)
{
    const auto found = std::find_if(m_active.begin(), m_active.end(),
                                    [transfer](const auto& active) { return active.get() == transfer; });
    if (found == m_active.end())
        return;
    std::unique_ptr<Transfer> owned = std::move(*found);
    m_active.erase(found);
    curl_multi_remove_handle(multiOf(m_multi), owned->easy);

    owned->responseTimer.stop();
    HttpResponse response = std::move(owned->response);
    const auto code = CURLcode(curlCode);
    if (code == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(owned->easy, CURLINFO_RESPONSE_CODE, &status);
        response.status = int(status);
    } else {
        response.status = 0;
        response.error = classify(code);
        // libcurl's message names host and port at most, never the path, body or headers.
        response.errorMessage = QString::fromUtf8(owned->errorBuffer[0] ? owned->errorBuffer : curl_easy_strerror(code));
    }
    Callback done = std::move(owned->done);
    owned->clear();
    m_idle.push_back(std::move(owned));
    // Last: the callback may post the next request, or end the event loop.
    done(response);
}

} // namespace packdesk::sync
