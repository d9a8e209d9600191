#pragma once

#include "core/result.h"
#include "devices/deviceprofile.h"
#include "devices/modbusscale.h"
#include "devices/modbussimulator.h"
#include "devices/modbustower.h"
#include "devices/scalesimulation.h"

#include <QString>

#include <memory>

namespace packdesk::store {
class SqliteOrderStore;
}

namespace packdesk::app {

/// The demo's lead (Zoë Martin), who approves overrides.
QString demoLeadBadge();
QString demoLeadPin();

/// The demo packers P01 Ingrid Bakke (nb), P02 Sanne de Vries (nl),
/// P03 Jürgen Weiß (de) and the lead L01 Zoë Martin (fr, PIN 2468).
Result<void> addDemoPackers(store::SqliteOrderStore& store);

/// Imports the demo orders built into the binary (deploy/demo/orders.json).
/// Idempotent: orders already there with the same content are left alone.
/// Returns the import's summary.
Result<QString> importDemoOrders(store::SqliteOrderStore& store);

/// Opens the database at `path` (creating its folder), adds the demo packers
/// and orders, and closes it again: the station's worker opens its own
/// connection on its own thread.
Result<void> seedDemoDatabase(const QString& path);

/// The demo station's scale and light tower: simulated Modbus devices on
/// loopback, used through the real protocol (shared by `packdesk demo` and
/// `packdesk station --demo`).
struct DemoDevices
{
    devices::ModbusSimulator scaleDevice;
    devices::ModbusSimulator towerDevice;
    devices::ScaleProfile scaleProfile;
    devices::TowerProfile towerProfile;
    std::unique_ptr<devices::ScaleSimulation> indicator;
    /// Clients for the simulated devices, for callers that use them
    /// directly; the station makes its own from the profiles.
    std::unique_ptr<devices::ModbusScale> scale;
    std::unique_ptr<devices::ModbusTower> tower;

    /// Starts both simulators on free loopback ports and fills the profiles.
    Result<void> start();
    /// Puts a parcel of `grams` on the plate, and waits (at most 0.5 s)
    /// until the indicator noticed it, so the next stable reading is the
    /// parcel's, not the old load's.
    void placeOnScale(double grams, int rampMs = 100);
};

} // namespace packdesk::app
