#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace packdesk {

/// One reading from a scale, or why there is none.
struct ScaleReading
{
    enum class Status {
        Ok,          ///< `grams` holds the weight
        Offline,     ///< no connection (refused, dropped, not configured)
        Timeout,     ///< the device did not answer in time
        DeviceError, ///< the device answered with a Modbus exception
        Garbage,     ///< the answer was malformed (CRC, length, wrong unit)
    };
    Status status = Status::Offline;
    std::optional<double> grams;
    /// The device's own "stable" flag; false when it has none (then the
    /// station decides stability from the readings: StabilityDetector).
    bool deviceStable = false;
    bool hasStableFlag = false;
    /// For the technician, never for logs with personal data: e.g.
    /// "Modbus exception 2 (illegal data address) at holding register 40".
    QString detail;

    bool ok() const { return status == Status::Ok && grams.has_value(); }
};

QString toString(ScaleReading::Status status);

/// A weighing scale (port). Calls block on I/O: run them on a worker thread
/// (devices::ScaleMonitor does), never on the UI thread.
class Scale
{
public:
    virtual ~Scale() = default;
    /// One poll. Reconnects by itself if the last poll lost the connection.
    virtual ScaleReading read() = 0;
    /// Zeroes the display with the current load (an empty box on the plate).
    virtual Result<void> tare() = 0;
    /// Sets the zero point with the plate empty.
    virtual Result<void> zero() = 0;
};

} // namespace packdesk
