#pragma once

#include "core/result.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace packdesk::devices {

/// How the simulated device misbehaves (all through the real protocol).
enum class SimulatorFault {
    None,       ///< answers normally
    Silent,     ///< reads requests, never answers (the client times out)
    Slow,       ///< answers after delayMs
    Exception,  ///< answers every request with Modbus exception `exceptionCode`
    Garbage,    ///< answers with bytes that are not a valid Modbus reply
    Disconnect, ///< closes every connection and refuses new ones
};

/// A Modbus server (libmodbus) on its own thread: a register bank that
/// tests, the `packdesk simulate` command and `--demo` talk to over TCP on
/// loopback or RTU on a serial line (a pseudo-terminal in tests). Thread-safe.
///
/// Each table holds kTableSize entries (addresses 0..kTableSize-1); requests
/// beyond get exception 2 (illegal data address) like a real device.
/// Unit ids: it answers its own unit id; over TCP also 0 and 255 (both used
/// by clients for "the device behind this address"). Requests for another
/// unit get no answer (the client times out), as on a serial bus. Over RTU,
/// 0 is broadcast: writes are applied and nothing is sent back.
class ModbusSimulator
{
public:
    static constexpr int kTableSize = 10000;

    explicit ModbusSimulator(int unitId = 1);
    ~ModbusSimulator(); ///< stops
    ModbusSimulator(const ModbusSimulator&) = delete;
    ModbusSimulator& operator=(const ModbusSimulator&) = delete;

    /// Listens on host:port (port 0: any free port); returns the bound port.
    Result<int> startTcp(const QString& host = QStringLiteral("127.0.0.1"), int port = 0);
    /// Serves one serial line as an RTU slave.
    Result<void> startRtu(const QString& serialDevice, int baud = 9600, char parity = 'N', int dataBits = 8,
                          int stopBits = 1);
    void stop();
    bool isRunning() const;

    void setHoldingRegisters(int address, const std::vector<std::uint16_t>& values);
    void setInputRegisters(int address, const std::vector<std::uint16_t>& values);
    void setCoil(int address, bool on);
    void setDiscreteInput(int address, bool on);
    /// Sets or clears one bit (0 = least significant) of a register and keeps
    /// the others (a status word).
    void setHoldingRegisterBit(int address, int bit, bool on);
    void setInputRegisterBit(int address, int bit, bool on);
    /// Out-of-range addresses are ignored by the setters and read as 0/false.
    std::vector<std::uint16_t> holdingRegisters(int address, int count) const;
    std::vector<std::uint16_t> inputRegisters(int address, int count) const;
    bool coil(int address) const;
    bool discreteInput(int address) const;

    /// `exceptionCode` for Exception (default 4, server device failure);
    /// `delayMs` for Slow.
    void setFault(SimulatorFault fault, int exceptionCode = 4, int delayMs = 0);
    SimulatorFault fault() const;

    /// Called on the server thread after a client wrote a coil or register
    /// (the scale simulation turns a tare coil into a tare): once per written
    /// address, value 0/1 for coils. One observer at a time; once
    /// setWriteObserver returns, the previous one is no longer running. The
    /// observer may call the setters but not setWriteObserver.
    void setWriteObserver(std::function<void(bool isCoil, int address, int value)> observer);

    /// Requests for this unit that were answered (normally, late, with an
    /// exception or with garbage); silently dropped ones do not count.
    std::uint64_t requestsServed() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace packdesk::devices
