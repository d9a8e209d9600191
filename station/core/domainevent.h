#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <vector>

namespace packdesk {

/// Something that happened at a station. Events are the record the stats are
/// computed from and the log a pack session is rebuilt from after a crash, so
/// each carries everything needed to replay it.
struct DomainEvent
{
    QString type;      ///< one of EventTypes
    qint64 atMs = 0;   ///< UTC, milliseconds since the epoch
    QString station;
    QString packer;    ///< badge id
    qint64 orderId = 0;   ///< 0 for events outside an order (login)
    qint64 sessionId = 0; ///< 0 for events outside a pack session
    QJsonObject details;
};

using DomainEvents = std::vector<DomainEvent>;

/// The event type names, stable: they are stored and exported.
namespace EventTypes {
inline constexpr QLatin1String PackerLoggedIn{"packer.logged_in"};
inline constexpr QLatin1String PackerLoggedOut{"packer.logged_out"};
inline constexpr QLatin1String SessionOpened{"session.opened"};
inline constexpr QLatin1String SessionResumed{"session.resumed"};
inline constexpr QLatin1String ItemScanned{"item.scanned"};
inline constexpr QLatin1String ScanRejected{"scan.rejected"};
inline constexpr QLatin1String ItemsVerified{"items.verified"};
inline constexpr QLatin1String BoxChosen{"box.chosen"};
inline constexpr QLatin1String WeightChecked{"weight.checked"};
inline constexpr QLatin1String QualityRecorded{"quality.recorded"};
inline constexpr QLatin1String PrintFinished{"print.finished"};
inline constexpr QLatin1String PrintFailed{"print.failed"};
inline constexpr QLatin1String OverrideApproved{"override.approved"};
inline constexpr QLatin1String OrderPacked{"order.packed"};
inline constexpr QLatin1String OrderException{"order.exception"};
inline constexpr QLatin1String SessionCancelled{"session.cancelled"};
/// The order's RMA code and survey token were made (once per order).
inline constexpr QLatin1String ReturnLabelCreated{"return_label.created"};
/// The shop cancelled the order and the warehouse applied it (the shop
/// hears it back as the webhook order.cancelled_ack).
inline constexpr QLatin1String OrderCancelled{"order.cancelled"};
/// A lead or packer printed a document again; details name the job.
inline constexpr QLatin1String DocumentReprinted{"document.reprinted"};
} // namespace EventTypes

} // namespace packdesk
