#pragma once

#include "core/result.h"

#include <QString>

#include <memory>
#include <vector>

namespace packdesk::sync {

/// How the webhook sender behaves. Defaults are the production values of the
/// sync contract (docs/webhooks.md); tests shorten them.
struct DeliveryOptions
{
    int concurrentRequestsPerEndpoint = 8;
    int connectTimeoutMs = 10'000;
    int responseTimeoutMs = 15'000;
    /// Wait before attempt n+1 (n = 1 is the first retry); the last entry
    /// ends the schedule: after it the event is dead-lettered.
    std::vector<qint64> retryDelaysMs{5'000, 300'000, 1'800'000, 7'200'000, 18'000'000, 36'000'000, 36'000'000};
    double jitter = 0.2;       ///< each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
    int idlePollMs = 1'000;    ///< how often the outbox is read when nothing is due
};

/// The sync worker: delivers the outbox of one database to the shops'
/// webhook endpoints on its own thread, until stopped. `packdesk serve` and
/// `packdesk station` run one; packing never waits for it.
class DeliveryService
{
public:
    virtual ~DeliveryService() = default;

    /// Opens its own connection to the database at dbPath and starts.
    static Result<std::unique_ptr<DeliveryService>> start(const QString& dbPath, const DeliveryOptions& options = {});

    /// Wakes the worker now (an event was just recorded) instead of at its next poll.
    virtual void wake() = 0;
    /// Finishes the requests in flight (up to their timeouts) and stops.
    virtual void stop() = 0;
};

} // namespace packdesk::sync
