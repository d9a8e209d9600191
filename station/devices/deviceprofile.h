#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace packdesk::devices {

/// Where a Modbus device is and how to talk to it.
struct ModbusEndpoint
{
    enum class Transport { Tcp, Rtu };
    Transport transport = Transport::Tcp;
    QString host = QStringLiteral("127.0.0.1"); ///< TCP
    int port = 502;                              ///< TCP
    QString serialDevice;                        ///< RTU, e.g. /dev/ttyUSB0
    int baud = 9600;                             ///< RTU
    char parity = 'N';                           ///< RTU: N, E or O
    int dataBits = 8;                            ///< RTU
    int stopBits = 1;                            ///< RTU
    int unitId = 1;
    /// How long to wait for an answer. A scale that polls at 10 Hz must not
    /// hang a poll for longer than a couple of periods.
    int responseTimeoutMs = 200;
};

/// The four Modbus data tables.
enum class ModbusArea { Coil, DiscreteInput, InputRegister, HoldingRegister };

enum class ValueType { Int16, UInt16, Int32, UInt32, Float32 };
/// Word order of 32-bit values (which register holds the high word) and
/// byte order within each register. Big/big is the Modbus convention
/// ("ABCD"); indicators also use CDAB (little word order), BADC and DCBA.
enum class ByteOrder { Big, Little };
enum class WeightUnit { Gram, Kilogram, Pound };

/// Where the weight is and how it is encoded.
struct WeightRegister
{
    ModbusArea area = ModbusArea::HoldingRegister; ///< holding or input registers
    int address = 0;                               ///< 0-based protocol address
    ValueType type = ValueType::Int32;
    ByteOrder wordOrder = ByteOrder::Big;
    ByteOrder byteOrder = ByteOrder::Big;
    /// Raw value x scale = weight in `unit` (e.g. 0.1 for a display with one decimal).
    double scale = 1.0;
    WeightUnit unit = WeightUnit::Gram;

    /// How many 16-bit registers the value takes (1 or 2).
    int registerCount() const;
    /// Raw value -> grams.
    double toGrams(double raw) const;
    /// Grams -> raw value (the simulator writes the weight this way).
    double fromGrams(double grams) const;
};

/// A bit the device sets: in a coil/discrete input, or bit `bit` of a register.
struct BitLocation
{
    ModbusArea area = ModbusArea::HoldingRegister;
    int address = 0;
    int bit = 0;          ///< for registers: 0 = least significant
    bool activeHigh = true;
};

/// A write that makes the device do something (tare, zero): a coil set to
/// `value != 0`, or a holding register written with `value`.
struct WriteAction
{
    ModbusArea area = ModbusArea::Coil; ///< Coil or HoldingRegister
    int address = 0;
    int value = 1;
};

/// A scale's device profile (docs/devices.md; examples in deploy/devices/).
struct ScaleProfile
{
    QString name;
    ModbusEndpoint endpoint;
    WeightRegister weight;
    std::optional<BitLocation> stableFlag;
    /// For devices without a stable flag (or in addition to it): the weight is
    /// stable once it stays within stableBandGrams for stableForMs.
    double stableBandGrams = 2.0;
    int stableForMs = 400;
    std::optional<WriteAction> tare;
    std::optional<WriteAction> zero;
    int pollHz = 10;

    static Result<ScaleProfile> fromJson(const QByteArray& json);
    static Result<ScaleProfile> fromFile(const QString& path);
};

/// A light tower's device profile: which coil drives which lamp.
struct TowerProfile
{
    QString name;
    ModbusEndpoint endpoint;
    int greenCoil = -1; ///< -1: not fitted
    int amberCoil = -1;
    int redCoil = -1;
    int buzzerCoil = -1;

    static Result<TowerProfile> fromJson(const QByteArray& json);
    static Result<TowerProfile> fromFile(const QString& path);
};

} // namespace packdesk::devices
