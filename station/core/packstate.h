#pragma once

#include <QString>

namespace packdesk {

/// Where a pack session stands. The happy path runs top to bottom; the last
/// three are terminal.
enum class PackState {
    Verifying,       ///< scanning the items against the order lines
    Weighing,        ///< all items verified; waiting for a passing weight
    QualityCheck,    ///< weight accepted; packaging checklist
    Printing,        ///< card and return label being printed
    ReadyToComplete, ///< documents printed; packer confirms the parcel is closed
    Packed,
    Exception, ///< ended as short pick, damaged or wrong item
    Cancelled, ///< packer gave the order back; it can be packed again
};

QString toString(PackState state);
bool packStateFromString(const QString& text, PackState* state);
bool isTerminal(PackState state);

/// Why a session ended as an exception.
enum class ExceptionReason { ShortPick, DamagedItem, WrongItem };

QString toString(ExceptionReason reason);
bool exceptionReasonFromString(const QString& text, ExceptionReason* reason);

} // namespace packdesk
