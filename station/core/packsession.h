#pragma once

#include "domainevent.h"
#include "order.h"
#include "packstate.h"
#include "productcode.h"
#include "qualityrecord.h"
#include "result.h"
#include "shopsettings.h"
#include "weightcheck.h"

#include <optional>
#include <vector>

namespace packdesk {

/// Who packs, where, and under which session id (given by the store's claim).
struct SessionContext
{
    qint64 sessionId = 0;
    QString station;
    QString packer; ///< badge id
    qint64 startedAtMs = 0;
};

/// The pack session state machine for one order.
///
/// Commands *decide*: they check the command against the current state and
/// return the events it produces, or an Error saying why it is not allowed
/// now; they never change the session. `apply` changes it. The caller stores
/// the events first and applies them after, so the session in memory is never
/// ahead of what survives a power cut, and replaying the stored events
/// rebuilds it exactly (see replay()).
class PackSession
{
public:
    PackSession(Order order, ShopSettings settings, SessionContext context);

    /// Rebuilds a session from its stored events.
    static PackSession replay(Order order, ShopSettings settings, SessionContext context,
                              const DomainEvents& history);

    // Commands ---------------------------------------------------------------
    Result<DomainEvents> scanItem(const QString& code, qint64 atMs) const;
    Result<DomainEvents> chooseBox(const QString& boxCode, qint64 atMs) const;
    /// No value: the scale could not give a stable reading.
    Result<DomainEvents> recordWeight(std::optional<int> grams, qint64 atMs) const;
    Result<DomainEvents> recordQuality(const QualityRecord& record, qint64 atMs) const;
    Result<DomainEvents> printFinished(const QStringList& documents, qint64 atMs) const;
    Result<DomainEvents> printFailed(const QString& reason, qint64 atMs) const;
    /// A lead lets a blocked step pass: a failed weight check or a failed print.
    /// For the weight step the lead may enter the weight by hand (the scale
    /// is broken): the only way a weight is ever typed in.
    Result<DomainEvents> approveOverride(const QString& leadBadge, const QString& reason, qint64 atMs,
                                         std::optional<int> manualGrams = std::nullopt) const;
    Result<DomainEvents> complete(qint64 atMs) const;
    Result<DomainEvents> raiseException(ExceptionReason reason, const QString& note, qint64 atMs) const;
    Result<DomainEvents> cancel(const QString& reason, qint64 atMs) const;

    void apply(const DomainEvent& event);
    void apply(const DomainEvents& events);

    // State ------------------------------------------------------------------
    PackState state() const { return m_state; }
    const Order& order() const { return m_order; }
    const ShopSettings& settings() const { return m_settings; }
    const SessionContext& context() const { return m_context; }
    int scannedCount(std::size_t lineIndex) const { return m_scanned.at(lineIndex); }
    int totalScanned() const;
    bool allItemsScanned() const;
    const BoxType* box() const { return m_box ? &*m_box : nullptr; }
    const std::optional<WeightCheckResult>& lastWeightCheck() const { return m_lastWeight; }
    bool weightOverridden() const { return m_weightOverridden; }
    /// A check failed and the session waits for a lead's override.
    bool awaitingOverride() const;
    const std::optional<int>& manualWeightGrams() const { return m_manualWeightGrams; }
    const std::optional<QualityRecord>& quality() const { return m_quality; }
    /// What the parcel should weigh with the chosen box (or with none yet).
    int expectedWeightGrams() const;

private:
    DomainEvent makeEvent(QLatin1String type, qint64 atMs, QJsonObject details) const;
    Result<DomainEvents> requireState(PackState wanted, const QString& action) const;
    Result<DomainEvents> rejectScan(const QString& code, const QString& reason, qint64 atMs,
                                    const QString& sku = {}) const;
    std::optional<std::size_t> lineMatching(const ProductCode& code) const;

    Order m_order;
    ShopSettings m_settings;
    SessionContext m_context;
    std::vector<std::vector<ProductCode>> m_lineCodes; ///< per line, precomputed for fast scans
    std::vector<int> m_scanned;
    PackState m_state = PackState::Verifying;
    std::optional<BoxType> m_box;
    std::optional<WeightCheckResult> m_lastWeight;
    bool m_weightOverridden = false;
    std::optional<int> m_manualWeightGrams;
    std::optional<QualityRecord> m_quality;
    bool m_printFailed = false;
};

} // namespace packdesk
