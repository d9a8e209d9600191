#pragma once

#include "core/scale.h"
#include "deviceprofile.h"

#include <functional>

namespace packdesk::devices {

struct StableWeight
{
    ScaleReading last; ///< the newest reading (its status says why there is no weight)
    bool stable = false;
};

/// Polls `scale` at the profile's rate until the weight is stable (the
/// device's flag, or StabilityDetector for devices without one) or
/// `timeoutMs` has passed. Blocks: for commands and scripts; the station UI
/// uses ScaleMonitor on its own thread instead. `onReading` sees every poll.
StableWeight readStableWeight(Scale& scale, const ScaleProfile& profile, int timeoutMs,
                              const std::function<void(const ScaleReading&, bool stable)>& onReading = {});

/// "930.0 g" / "offline: connection refused" for people.
QString describe(const ScaleReading& reading);

} // namespace packdesk::devices
