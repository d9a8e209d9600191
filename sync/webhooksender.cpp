#include "webhooksender.h"

#include "curltransport.h"

#include "store/sqlitedatabase.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWebhooks, "packdesk.sync.webhooks")

namespace packdesk::sync {

namespace {
/// Rows read ahead of the free slots: enough to keep 8+ connections busy
/// between two reads, few enough that a read stays well under a millisecond.
constexpr int kReadAhead = 256;
/// After a flush the outbox is read again only below this many rows in hand:
/// each read also returns the rows already held, so reading after every small
/// flush cost more than the sending itself.
constexpr int kReadAgainBelow = 64;
/// Outcomes written per commit at most, and how long one may wait for others.
constexpr std::size_t kFlushBatch = 128;
constexpr int kFlushDelayMs = 2;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

WebhookSender::WebhookSender(std::unique_ptr<store::SqliteDatabase> db, const DeliveryOptions& options)
    : m_db(std::move(db)), m_queue(*m_db), m_options(options), m_schedule(options.retryDelaysMs, options.jitter),
      m_pollTimer(this), m_flushTimer(this)
{
    m_pollTimer.setSingleShot(true);
    m_flushTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &WebhookSender::poll);
    connect(&m_flushTimer, &QTimer::timeout, this, &WebhookSender::flush);
}

WebhookSender::~WebhookSender() = default;

HttpTransport& WebhookSender::transport()
{
    if (!m_transport)
        m_transport = std::make_unique<CurlTransport>(m_options.concurrentRequestsPerEndpoint);
    return *m_transport;
}

void WebhookSender::poll()
{
    if (m_stopping)
        return;
    fetch();
    dispatch();
    armPollTimer();
    checkIdle();
}

void WebhookSender::beginStop()
{
    m_stopping = true;
    m_pollTimer.stop();
    for (const OutboxMessage& message : m_ready)
        m_busy.remove(message.id);
    m_ready.clear();
    if (m_inFlight == 0) {
        flush();
        Q_EMIT stopped();
    }
}

void WebhookSender::reloadEndpoints()
{
    auto endpoints = WebhookEndpoints(*m_db).all();
    if (!endpoints) {
        m_lastError = endpoints.error().message;
        qCWarning(lcWebhooks) << "cannot read webhook endpoints:" << m_lastError;
        return;
    }
    QSet<QString> seen;
    for (WebhookEndpoint& config : endpoints.value()) {
        Endpoint& endpoint = m_endpoints[config.shop];
        seen.insert(config.shop);
        if (endpoint.config.secrets != config.secrets || !endpoint.signer) {
            auto signer = WebhookSigner::fromSecrets(config.secrets);
            endpoint.signer = signer ? std::optional<WebhookSigner>(signer.value()) : std::nullopt;
            if (!signer)
                qCWarning(lcWebhooks) << "endpoint of" << config.shop << "cannot sign:" << signer.error().message;
        }
        endpoint.config = std::move(config);
    }
    for (auto it = m_endpoints.begin(); it != m_endpoints.end();) {
        if (!seen.contains(it.key()) && it->inFlight == 0)
            it = m_endpoints.erase(it);
        else
            ++it;
    }
}

void WebhookSender::fetch()
{
    if (m_stopping || int(m_ready.size()) >= kReadAhead)
        return;
    reloadEndpoints();
    // Rows already held here come back from the query too; ask for enough.
    const int wanted = kReadAhead - int(m_ready.size());
    auto due = m_queue.due(nowMs(), wanted + int(m_busy.size()));
    if (!due) {
        m_lastError = due.error().message;
        qCWarning(lcWebhooks) << "cannot read the outbox:" << m_lastError;
        return;
    }
    for (OutboxMessage& message : due.value()) {
        if (m_busy.contains(message.id))
            continue;
        m_busy.insert(message.id);
        m_ready.push_back(std::move(message));
    }
}

void WebhookSender::dispatch()
{
    if (m_stopping)
        return;
    // Runs after every answer: walking all rows in hand (a hash lookup each)
    // to find no free slot cost a tenth of the sender's time. With every
    // endpoint usable, once the free slots are taken nothing else can change;
    // rows of an endpoint gone meanwhile are dropped at the next walk.
    int freeSlots = 0;
    bool allUsable = true;
    for (const Endpoint& endpoint : std::as_const(m_endpoints)) {
        if (!endpoint.config.enabled || !endpoint.signer)
            allUsable = false;
        else
            freeSlots += std::max(0, m_options.concurrentRequestsPerEndpoint - endpoint.inFlight);
    }
    if (allUsable && freeSlots == 0)
        return;
    for (auto it = m_ready.begin(); it != m_ready.end();) {
        auto endpoint = m_endpoints.find(it->shop);
        if (endpoint == m_endpoints.end() || !endpoint->config.enabled || !endpoint->signer) {
            // Disabled or gone since it was read: it stays pending in the table.
            m_busy.remove(it->id);
            it = m_ready.erase(it);
            continue;
        }
        if (endpoint->inFlight >= m_options.concurrentRequestsPerEndpoint) {
            ++it;
            continue;
        }
        send(*it, *endpoint);
        it = m_ready.erase(it);
        if (allUsable && --freeSlots == 0)
            break;
    }
}

void WebhookSender::send(const OutboxMessage& message, Endpoint& endpoint)
{
    const QByteArray id = message.messageId.toLatin1();
    // The timestamp is the attempt's, so a retry hours later still passes the
    // shop's 5-minute tolerance; the id never changes.
    const qint64 timestamp = nowMs() / 1000;
    HttpRequest request;
    request.url = endpoint.config.url.toUtf8();
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("packdesk-webhooks/1")},
        {QByteArrayLiteral("webhook-id"), id},
        {QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestamp)},
        {QByteArrayLiteral("webhook-signature"), endpoint.signer->signatureHeader(id, timestamp, message.payload)},
    };
    request.body = message.payload;
    // Until the connection is open the connect timeout runs, then the
    // response timeout: a shop that accepts and never answers is a failure.
    request.connectTimeoutMs = m_options.connectTimeoutMs;
    request.responseTimeoutMs = m_options.responseTimeoutMs;
    ++m_inFlight;
    ++endpoint.inFlight;
    transport().post(std::move(request),
                     [this, message](const HttpResponse& response) { onFinished(response, message); });
}

AttemptOutcome WebhookSender::judge(const HttpResponse& response, const OutboxMessage& message, qint64 atMs) const
{
    using Kind = AttemptOutcome::Kind;
    AttemptOutcome outcome;
    outcome.id = message.id;
    outcome.shop = message.shop;
    outcome.atMs = atMs;
    outcome.attempts = message.attempts + 1;
    outcome.status = response.status;
    if (outcome.status >= 200 && outcome.status < 300) {
        outcome.kind = Kind::Delivered;
        return outcome;
    }
    if (outcome.status == 410) {
        outcome.kind = Kind::EndpointGone;
        outcome.attempts = message.attempts;
        outcome.error = QStringLiteral("The endpoint answered 410 Gone, so it was disabled; "
                                       "enable it with `packdesk webhooks endpoints enable %1`.")
                            .arg(message.shop);
        return outcome;
    }
    if (response.error == HttpResponse::TransportError::Timeout)
        outcome.error = QStringLiteral("No answer within the timeout.");
    else if (outcome.status != 0)
        outcome.error = QStringLiteral("The endpoint answered HTTP %1.").arg(outcome.status);
    else
        outcome.error = QStringLiteral("Network error: %1.").arg(response.errorMessage);
    const std::optional<qint64> delay = m_schedule.delayAfter(outcome.attempts);
    if (!delay) {
        outcome.kind = Kind::Dead;
        return outcome;
    }
    qint64 waitMs = *delay;
    if (RetrySchedule::honoursRetryAfter(outcome.status)) {
        if (auto asked = RetrySchedule::parseRetryAfter(response.header("retry-after"), atMs))
            waitMs = std::max(waitMs, *asked);
    }
    outcome.kind = Kind::Retry;
    outcome.nextAttemptAtMs = atMs + waitMs;
    return outcome;
}

void WebhookSender::onFinished(const HttpResponse& response, const OutboxMessage& message)
{
    AttemptOutcome outcome = judge(response, message, nowMs());
    --m_inFlight;
    auto endpoint = m_endpoints.find(message.shop);
    if (endpoint != m_endpoints.end()) {
        --endpoint->inFlight;
        if (outcome.kind == AttemptOutcome::Kind::EndpointGone)
            endpoint->config.enabled = false; // stop now; the table follows at the flush
    }
    if (outcome.kind == AttemptOutcome::Kind::Delivered)
        ++m_delivered;
    else
        ++m_failedAttempts;
    record(std::move(outcome));
    if (m_stopping) {
        if (m_inFlight == 0) {
            flush();
            Q_EMIT stopped();
        }
        return;
    }
    dispatch();
}

void WebhookSender::record(AttemptOutcome outcome)
{
    m_outcomes.push_back(std::move(outcome));
    if (m_outcomes.size() >= kFlushBatch)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(kFlushDelayMs);
}

void WebhookSender::flush()
{
    m_flushTimer.stop();
    if (m_outcomes.empty())
        return;
    if (auto written = m_queue.apply(m_outcomes); !written) {
        // The answers are kept and written on the next try; if the process
        // dies first the rows are still pending and go out again, same id.
        m_lastError = written.error().message;
        qCWarning(lcWebhooks) << "cannot record delivery outcomes:" << m_lastError;
        m_flushTimer.start(100);
        return;
    }
    for (const AttemptOutcome& outcome : m_outcomes)
        m_busy.remove(outcome.id);
    m_outcomes.clear();
    if (m_stopping)
        return;
    // Delivered rows unblock the next event of their order: read again soon.
    if (int(m_ready.size()) < kReadAgainBelow)
        fetch();
    dispatch();
    armPollTimer();
    checkIdle();
}

void WebhookSender::armPollTimer()
{
    if (m_stopping)
        return;
    qint64 waitMs = m_options.idlePollMs;
    const qint64 now = nowMs();
    if (auto next = m_queue.nextDueAfter(now); next && next.value())
        waitMs = std::clamp<qint64>(*next.value() - now, 1, waitMs);
    // While rows wait for a free slot, answers drive the loop, not the timer.
    if (!m_ready.empty() || !m_outcomes.empty())
        waitMs = std::max<qint64>(waitMs, 50);
    m_pollTimer.start(int(waitMs));
}

void WebhookSender::checkIdle()
{
    if (m_inFlight != 0 || !m_ready.empty() || !m_outcomes.empty())
        return;
    auto pending = m_queue.pendingForEnabledEndpoints();
    if (pending && pending.value() == 0)
        Q_EMIT drained();
}

} // namespace packdesk::sync
