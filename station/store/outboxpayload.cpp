#include "outboxpayload.h"

#include "eventlog.h"
#include "sqlitedatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace packdesk::store {

namespace {
constexpr const char* kRmaCode = "SELECT rma_code FROM parcel_codes WHERE order_id = ?1";

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

/// The items as packed (sku and counted quantity from the event), named from the order's lines.
QJsonArray lineItems(const QJsonArray& packedItems, const Order& order)
{
    QJsonArray items;
    for (const QJsonValue& value : packedItems) {
        const QJsonObject item = value.toObject();
        const QString sku = text(item, "sku");
        QString name;
        for (const OrderLine& line : order.lines) {
            if (line.sku == sku) {
                name = line.name;
                break;
            }
        }
        items.append(QJsonObject{{QStringLiteral("sku"), sku},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("quantity"), item.value(QLatin1String("quantity")).toInt()}});
    }
    return items;
}

/// Checklist answers and the defect count; the free-text note and the photo
/// path stay in the warehouse (a note may name a person).
QJsonObject qualitySummary(const DomainEvents& history)
{
    QJsonObject latest;
    for (const DomainEvent& event : history) {
        if (event.type == EventTypes::QualityRecorded)
            latest = event.details;
    }
    QJsonArray answers;
    int defects = 0;
    for (const QJsonValue& value : latest.value(QLatin1String("answers")).toArray()) {
        const QJsonObject answer = value.toObject();
        const bool passed = answer.value(QLatin1String("passed")).toBool(true);
        defects += passed ? 0 : 1;
        QJsonObject out{{QStringLiteral("key"), text(answer, "key")}, {QStringLiteral("passed"), passed}};
        if (!passed)
            out.insert(QStringLiteral("defect_kind"), answer.value(QLatin1String("defect")));
        answers.append(out);
    }
    return {{QStringLiteral("checked"), !latest.isEmpty()},
            {QStringLiteral("defect_count"), defects},
            {QStringLiteral("answers"), answers}};
}
} // namespace

QString OutboxPayload::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray OutboxPayload::body(const QString& webhookType, qint64 atMs, const QJsonObject& data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), webhookType},
                                     {QStringLiteral("timestamp"), isoTime(atMs)},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

Result<QJsonObject> OutboxPayload::dataFor(const QString& webhookType, const DomainEvent& event, const Order& order,
                                           qint64 sessionId)
{
    QJsonObject data{{QStringLiteral("schema_version"), kSchemaVersion},
                     {QStringLiteral("shop"), order.shop},
                     {QStringLiteral("order_number"), order.number}};
    if (webhookType == EventTypes::OrderPacked) {
        auto packedData = packed(event, order, sessionId);
        if (!packedData)
            return packedData.error();
        for (auto it = packedData->begin(); it != packedData->end(); ++it)
            data.insert(it.key(), it.value());
    } else if (webhookType == EventTypes::OrderException) {
        data.insert(QStringLiteral("reason"), text(event.details, "reason"));
        data.insert(QStringLiteral("missing_items"), event.details.value(QLatin1String("missing")).toArray());
        data.insert(QStringLiteral("station"), event.station);
        data.insert(QStringLiteral("packer_badge"), event.packer);
        data.insert(QStringLiteral("raised_at"), isoTime(event.atMs));
    } else if (webhookType == EventTypes::ReturnLabelCreated) {
        QString rma = text(event.details, "rma_code");
        if (rma.isEmpty()) {
            auto stored = rmaCode(order.id);
            if (!stored)
                return stored.error();
            rma = stored.value();
        }
        data.insert(QStringLiteral("rma_code"), rma);
        data.insert(QStringLiteral("created_at"), isoTime(event.atMs));
    } else { // order.cancelled_ack
        data.insert(QStringLiteral("cancelled_at"), isoTime(event.atMs));
        data.insert(QStringLiteral("previous_status"), text(event.details, "previous_status"));
    }
    return data;
}

Result<QJsonObject> OutboxPayload::packed(const DomainEvent& event, const Order& order, qint64 sessionId)
{
    DomainEvents history;
    if (sessionId != 0) {
        auto events = EventLog(m_db).session(sessionId);
        if (!events)
            return events.error();
        history = std::move(events.value());
    }
    auto rma = rmaCode(order.id);
    if (!rma)
        return rma.error();
    const QJsonObject& d = event.details;
    const QString source = d.contains(QLatin1String("weight_grams")) ? text(d, "weight_source") : QStringLiteral("none");
    const qint64 openedMs = qint64(d.value(QLatin1String("started_at_ms")).toDouble());
    return QJsonObject{
        {QStringLiteral("packed_at"), isoTime(event.atMs)},
        {QStringLiteral("session_opened_at"), openedMs > 0 ? QJsonValue(isoTime(openedMs)) : QJsonValue()},
        {QStringLiteral("station"), event.station},
        {QStringLiteral("packer_badge"), event.packer},
        {QStringLiteral("parcel"),
         QJsonObject{{QStringLiteral("weight_grams"), d.value(QLatin1String("weight_grams")).toInt()},
                     {QStringLiteral("weight_source"), source}, // scale, manual or none
                     {QStringLiteral("weight_overridden"), d.value(QLatin1String("weight_overridden")).toBool()},
                     {QStringLiteral("box_code"), text(d, "box")}}},
        {QStringLiteral("line_items"), lineItems(d.value(QLatin1String("items")).toArray(), order)},
        {QStringLiteral("return_rma_code"), rma->isEmpty() ? QJsonValue() : QJsonValue(rma.value())},
        {QStringLiteral("quality"), qualitySummary(history)},
    };
}

Result<QString> OutboxPayload::rmaCode(qint64 orderId)
{
    auto st = m_db.prepare(kRmaCode);
    if (!st)
        return st.error();
    st->bind(1, orderId);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : QString();
}

} // namespace packdesk::store
