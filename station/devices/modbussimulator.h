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
class ModbusSimulator
{
public:
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
    std::vector<std::uint16_t> holdingRegisters(int address, int count) const;
    bool coil(int address) const;

    /// `exceptionCode` for Exception (default 4, server device failure);
    /// `delayMs` for Slow.
    void setFault(SimulatorFault fault, int exceptionCode = 4, int delayMs = 0);
    SimulatorFault fault() const;

    /// Called on the server thread after a client wrote a coil or register
    /// (the scale simulation turns a tare coil into a tare).
    void setWriteObserver(std::function<void(bool isCoil, int address, int value)> observer);

    std::uint64_t requestsServed() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace packdesk::devices
