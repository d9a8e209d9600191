#pragma once

#include "core/packer.h"
#include "core/packstate.h"
#include "core/shopsettings.h"
#include "core/weightcheck.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <vector>

namespace packdesk::app {

/// One order line as the verification screen shows it.
struct LineView
{
    QString name;
    QString sku;
    QString barcode;
    int expected = 0;
    int scanned = 0;
};

/// A copy of everything the screens show about the station, made on the
/// worker thread after each command and handed to the UI thread: the UI
/// never reads the session (or the store) directly.
struct StationSnapshot
{
    std::optional<Packer> packer;
    bool hasSession = false;
    PackState state = PackState::Verifying;
    QString orderReference;   ///< "acme/1001"
    QString customerFirstName;
    std::vector<LineView> lines;
    std::vector<BoxType> boxes;
    QString chosenBox;
    int expectedGrams = 0;    ///< with the chosen box and materials
    int allowanceGrams = 0;
    std::optional<WeightCheckResult> lastWeight;
    bool awaitingOverride = false;
    std::vector<ChecklistItem> checklist;
    bool printFailed = false;
};

} // namespace packdesk::app

Q_DECLARE_METATYPE(packdesk::app::StationSnapshot)
