#pragma once

#include "core/packsession.h"
#include "support/sampleorders.h"

#include <gtest/gtest.h>

namespace packdesk::testing {

/// Applies a decision that must succeed, failing the test otherwise.
inline void mustApply(PackSession& session, const Result<DomainEvents>& decided)
{
    ASSERT_TRUE(decided.ok()) << decided.error().code.toStdString() << ": "
                              << decided.error().message.toStdString();
    session.apply(decided.value());
}

inline QualityRecord passingQuality(const ShopSettings& settings)
{
    QualityRecord record;
    for (const auto& item : settings.checklist)
        record.answers.push_back({item.key, true, {}});
    return record;
}

/// The named starting points of the transition table, reached through real commands.
enum class Start {
    Verifying,
    Weighing,
    WeighingAfterFailedCheck,
    QualityCheck,
    Printing,
    PrintingAfterFailure,
    ReadyToComplete,
    Packed,
    Exception,
    Cancelled,
};

inline PackSession sessionAt(Start start)
{
    PackSession s(sampleOrder(), ShopSettings::defaults(QStringLiteral("acme")),
                  SessionContext{7, QStringLiteral("S1"), QStringLiteral("P01"), 1000});
    qint64 t = 1000;
    auto scanAll = [&] {
        for (const char* code : {"4006381333931", "4006381333931", "036000291452"})
            mustApply(s, s.scanItem(QString::fromLatin1(code), ++t));
        mustApply(s, s.chooseBox(QStringLiteral("M"), ++t));
    };
    switch (start) {
    case Start::Verifying:
        break;
    case Start::Weighing:
        scanAll();
        break;
    case Start::WeighingAfterFailedCheck:
        scanAll();
        mustApply(s, s.recordWeight(100, ++t));
        break;
    case Start::QualityCheck:
    case Start::Printing:
    case Start::PrintingAfterFailure:
    case Start::ReadyToComplete:
    case Start::Packed:
        scanAll();
        mustApply(s, s.recordWeight(kSampleExpectedGramsWithBoxM, ++t));
        if (start == Start::QualityCheck)
            break;
        mustApply(s, s.recordQuality(passingQuality(s.settings()), ++t));
        if (start == Start::Printing)
            break;
        if (start == Start::PrintingAfterFailure) {
            mustApply(s, s.printFailed(QStringLiteral("media-empty"), ++t));
            break;
        }
        mustApply(s, s.printFinished({QStringLiteral("card"), QStringLiteral("return_label")}, ++t));
        if (start == Start::Packed)
            mustApply(s, s.complete(++t));
        break;
    case Start::Exception:
        mustApply(s, s.raiseException(ExceptionReason::ShortPick, {}, ++t));
        break;
    case Start::Cancelled:
        mustApply(s, s.cancel(QStringLiteral("packer break"), ++t));
        break;
    }
    return s;
}

} // namespace packdesk::testing
