#include "outboxwriter.h"

#include "orderrows.h"
#include "outboxpayload.h"
#include "sqlitedatabase.h"

#include <QRandomGenerator>

namespace packdesk::store {

namespace {
constexpr const char* kInsert =
    "INSERT INTO outbox (message_id, shop, order_key, type, payload, created_at, next_attempt_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)";
} // namespace

bool OutboxWriter::isOutbound(const QString& eventType)
{
    return eventType == EventTypes::OrderPacked || eventType == EventTypes::OrderException
        || eventType == EventTypes::ReturnLabelCreated || eventType == EventTypes::OrderCancelled;
}

QString OutboxWriter::webhookType(const QString& eventType)
{
    if (eventType == EventTypes::OrderCancelled)
        return QStringLiteral("order.cancelled_ack");
    return eventType;
}

Result<void> OutboxWriter::record(const DomainEvent& event, qint64 sessionId, qint64 orderId)
{
    // An event outside any order (imported history, synthetic stats data)
    // has no shop to tell. A real pack session always names its order.
    if (!isOutbound(event.type) || orderId == 0)
        return {};
    auto order = OrderRows(m_db).load(orderId);
    if (!order)
        return order.error();
    const QString type = webhookType(event.type);
    auto data = OutboxPayload(m_db).dataFor(type, event, order.value(), sessionId);
    if (!data)
        return data.error();
    auto queued = enqueue(order->shop, order->reference(), type, OutboxPayload::body(type, event.atMs, data.value()),
                          event.atMs);
    if (!queued)
        return queued.error();
    return {};
}

Result<QString> OutboxWriter::enqueue(const QString& shop, const QString& orderKey, const QString& type,
                                      const QByteArray& body, qint64 atMs)
{
    auto st = m_db.prepare(kInsert);
    if (!st)
        return st.error();
    const QString messageId = newMessageId();
    st->bind(1, messageId).bind(2, shop).bind(3, orderKey).bind(4, type).bindUtf8(5, body).bind(6, atMs);
    if (auto inserted = st->run(); !inserted)
        return inserted.error();
    return messageId;
}

QString OutboxWriter::newMessageId()
{
    static const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    // 24 base62 characters from the OS generator: ~143 bits, so two stations
    // (or a restored backup) never mint the same id.
    QString id = QStringLiteral("msg_");
    auto* random = QRandomGenerator::system();
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(kAlphabet[random->bounded(62)]);
    return id;
}

} // namespace packdesk::store
