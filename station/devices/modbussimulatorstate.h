#pragma once

// Private to the simulator's two files: the server thread's state. Split
// from modbussimulator.cpp so that the public API (register bank, faults)
// and the server loop (TCP/RTU, faults on the wire) each read on their own.

#include "modbussimulator.h"

#include <modbus/modbus.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace packdesk::devices {

namespace simulator {
// How often the server thread looks at the stop flag and the fault while
// idle; also the slice a Slow fault sleeps in. stop() returns within about this.
constexpr int kPollMs = 50;
constexpr int kSliceMs = 10;
// select() cannot watch descriptors >= FD_SETSIZE; a simulator never needs many clients.
constexpr std::size_t kMaxClients = 32;

struct FaultSettings
{
    SimulatorFault fault = SimulatorFault::None;
    int exceptionCode = 4;
    int delayMs = 0;
};

/// libmodbus's last error as text.
QString modbusError();
int word(const std::uint8_t* bytes);
std::uint16_t crc16(const std::uint8_t* bytes, int length);
/// All four tables are ModbusSimulator::kTableSize long.
inline bool inBank(int address)
{
    return address >= 0 && address < ModbusSimulator::kTableSize;
}
void setBit(std::uint16_t& word, int bit, bool on);
std::vector<std::uint16_t> readWords(const std::uint16_t* table, int address, int count);
} // namespace simulator

using simulator::FaultSettings;

struct ModbusSimulator::State
{
    int unitId = 1;

    mutable std::mutex mappingMutex;
    modbus_mapping_t* mapping = nullptr;

    // Held while the observer runs, so replacing it waits for a running call.
    std::mutex observerMutex;
    std::function<void(bool, int, int)> observer;

    mutable std::mutex faultMutex;
    FaultSettings faultSettings;

    std::atomic<bool> stopping{false};
    std::atomic<bool> running{false};
    std::atomic<std::uint64_t> served{0};
    std::thread thread;

    // Only the server thread touches these once it runs.
    modbus_t* ctx = nullptr;
    bool rtu = false;
    int listenFd = -1;
    std::vector<int> clients;

    FaultSettings currentFault() const
    {
        std::lock_guard lock(faultMutex);
        return faultSettings;
    }

    void serveTcp();
    void serveRtu();
    void closeClients();
    void closeContext();
    /// Handles one request from `fd`; returns false when the connection must be closed.
    bool handle(int fd, const std::uint8_t* request, int length);
    bool sleepUnlessStopping(int ms) const;
    void sendGarbage(int fd, const std::uint8_t* request);
    void notifyWrites(const std::uint8_t* request, int offset);
};

} // namespace packdesk::devices
