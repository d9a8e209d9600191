#pragma once

#include "core/result.h"
#include "deviceprofile.h"

#include <cstdint>
#include <vector>

namespace packdesk::devices {

/// One Modbus connection (TCP or RTU) through libmodbus, with every failure
/// turned into an Error value. Error::code is one of:
///   "offline"          no connection (refused, dropped, serial port missing)
///   "timeout"          no answer within the endpoint's response timeout
///   "device_exception" the device answered with a Modbus exception; the
///                      message names it ("exception 2: illegal data address")
///   "garbage"          a malformed answer (bad CRC, wrong length/unit/function)
///   "invalid_request"  the caller asked for something impossible (count 0)
/// Every read/write connects first if needed; after "offline", "timeout" or
/// "garbage" the connection is closed (and the receive buffer flushed), so
/// the next call starts clean. Not thread-safe: one thread per link.
class ModbusLink
{
public:
    explicit ModbusLink(ModbusEndpoint endpoint);
    ~ModbusLink();
    ModbusLink(const ModbusLink&) = delete;
    ModbusLink& operator=(const ModbusLink&) = delete;

    Result<void> connect();
    void disconnect();
    bool isConnected() const;
    const ModbusEndpoint& endpoint() const { return m_endpoint; }

    /// Holding or input registers.
    Result<std::vector<std::uint16_t>> readRegisters(ModbusArea area, int address, int count);
    /// Coils or discrete inputs.
    Result<std::vector<bool>> readBits(ModbusArea area, int address, int count);
    Result<void> writeCoil(int address, bool on);
    /// Consecutive coils from `address` in one request (function 15).
    Result<void> writeCoils(int address, const std::vector<bool>& values);
    Result<void> writeRegister(int address, std::uint16_t value);

private:
    /// The error for libmodbus's `error` on `what`; closes the link unless
    /// the answer was complete (a Modbus exception).
    Error failed(int error, const QString& what);

    struct Context;
    ModbusEndpoint m_endpoint;
    Context* m_context = nullptr; // owns the modbus_t
};

} // namespace packdesk::devices
