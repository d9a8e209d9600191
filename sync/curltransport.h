#pragma once

#include "httptransport.h"

#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

class QSocketNotifier;

namespace packdesk::sync {

/// HttpTransport on one libcurl multi handle, driven by the Qt event loop of
/// the thread that uses it (socket notifiers + curl_multi_socket_action), so
/// a request costs no thread hop: Qt Network ran each manager's HTTP on a
/// thread of its own and topped out near 5,000 webhooks/s on two cores.
/// Connections are kept alive and reused, at most `maxConnectionsPerHost`
/// per host; HTTP/1.1 only, redirects never followed, no proxy (as the Qt
/// sender before it). Destroying it aborts what is in flight without callbacks.
class CurlTransport final : public HttpTransport
{
public:
    explicit CurlTransport(int maxConnectionsPerHost);
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    void post(HttpRequest request, Callback done) override;
    int inFlight() const override { return int(m_active.size()); }

private:
    struct Transfer;
    struct Watch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    struct CurlCallbacks; ///< the C callbacks libcurl calls, in the .cpp

    void watch(int socket, int what);
    void unwatch(int socket);
    void act(int socket, int events);
    void collectFinished();
    void finish(Transfer* transfer, int curlCode);
    std::unique_ptr<Transfer> takeTransfer();

    void* m_multi = nullptr; ///< CURLM*, kept out of this header
    QTimer m_timer;          ///< libcurl's own timeouts and retries
    QHash<int, Watch> m_watches;  ///< by descriptor, kept for its next connection
    bool m_startPending = false;  ///< posted since libcurl last looked at its timers
    std::vector<std::unique_ptr<Transfer>> m_active;
    /// Finished easy handles, reused with their options and buffers.
    std::vector<std::unique_ptr<Transfer>> m_idle;
};

} // namespace packdesk::sync
