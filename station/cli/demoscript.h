#pragma once

#include "core/order.h"
#include "core/shopsettings.h"

#include <QString>

namespace packdesk::cli {

/// Writes the pack script a packer at a real station would produce for this
/// order: every item scanned, a box that fits, a scale reading near the
/// expected weight, a checklist, printing, completion. Every few orders a
/// scripted incident (wrong item, short pick, failed weight with a lead
/// override, printer out of paper) shows the exception paths. With
/// `simulatedScale` the parcel is placed on the simulated scale and weighed
/// through Modbus (`place` + `weigh scale`) instead of a typed reading.
QString demoPackScript(const Order& order, const ShopSettings& settings, int orderIndex, const QString& packerBadge,
                       const QString& leadBadge, const QString& leadPin, bool simulatedScale = false,
                       bool realPrinter = false);

} // namespace packdesk::cli
