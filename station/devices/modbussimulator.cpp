#include "modbussimulatorstate.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace packdesk::devices {

using namespace simulator;

ModbusSimulator::ModbusSimulator(int unitId) : m_state(std::make_unique<State>())
{
    m_state->unitId = unitId;
    m_state->mapping = modbus_mapping_new(kTableSize, kTableSize, kTableSize, kTableSize);
}

ModbusSimulator::~ModbusSimulator()
{
    stop();
    modbus_mapping_free(m_state->mapping);
}

Result<int> ModbusSimulator::startTcp(const QString& host, int port)
{
    if (m_state->running)
        return Error{QStringLiteral("simulator_running"), QStringLiteral("the simulator is already running")};
    if (!m_state->mapping)
        return Error{QStringLiteral("simulator_memory"), QStringLiteral("could not allocate the register bank")};
    // modbus_new_tcp takes an IPv4 address, not a name.
    QString address = host.trimmed();
    if (address.isEmpty() || address == QLatin1String("*"))
        address = QStringLiteral("0.0.0.0");
    else if (address == QLatin1String("localhost"))
        address = QStringLiteral("127.0.0.1");
    in_addr parsed{};
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &parsed) != 1)
        return Error{QStringLiteral("simulator_address"),
                     QStringLiteral("'%1' is not an IPv4 address to listen on").arg(host)};
    if (port < 0 || port > 65535)
        return Error{QStringLiteral("simulator_address"), QStringLiteral("port %1 is out of range").arg(port)};

    modbus_t* ctx = modbus_new_tcp(address.toLatin1().constData(), port);
    if (!ctx)
        return Error{QStringLiteral("simulator_listen"), QStringLiteral("could not create the Modbus server: %1").arg(modbusError())};
    const int listenFd = modbus_tcp_listen(ctx, static_cast<int>(kMaxClients));
    if (listenFd < 0) {
        const QString reason = modbusError();
        modbus_free(ctx);
        return Error{QStringLiteral("simulator_listen"),
                     QStringLiteral("could not listen on %1:%2: %3").arg(address).arg(port).arg(reason)};
    }
    sockaddr_in bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(listenFd, reinterpret_cast<sockaddr*>(&bound), &boundLength);
    // A client that sends half a frame must not hold the server (and stop()) for long.
    modbus_set_byte_timeout(ctx, 0, 200 * 1000);

    m_state->ctx = ctx;
    m_state->rtu = false;
    m_state->listenFd = listenFd;
    m_state->stopping = false;
    m_state->running = true;
    m_state->thread = std::thread([state = m_state.get()] {
        state->serveTcp();
        state->closeContext();
    });
    return static_cast<int>(ntohs(bound.sin_port));
}

Result<void> ModbusSimulator::startRtu(const QString& serialDevice, int baud, char parity, int dataBits, int stopBits)
{
    if (m_state->running)
        return Error{QStringLiteral("simulator_running"), QStringLiteral("the simulator is already running")};
    if (!m_state->mapping)
        return Error{QStringLiteral("simulator_memory"), QStringLiteral("could not allocate the register bank")};
    modbus_t* ctx = modbus_new_rtu(serialDevice.toLocal8Bit().constData(), baud, parity, dataBits, stopBits);
    if (!ctx)
        return Error{QStringLiteral("simulator_serial"),
                     QStringLiteral("invalid serial settings for %1: %2").arg(serialDevice, modbusError())};
    if (modbus_set_slave(ctx, m_state->unitId) < 0 || modbus_connect(ctx) < 0) {
        const QString reason = modbusError();
        modbus_free(ctx);
        return Error{QStringLiteral("simulator_serial"), QStringLiteral("could not open %1: %2").arg(serialDevice, reason)};
    }
    // Resynchronise after a broken frame instead of misreading the next one.
    modbus_set_error_recovery(ctx, MODBUS_ERROR_RECOVERY_PROTOCOL);
    modbus_set_byte_timeout(ctx, 0, 200 * 1000);

    m_state->ctx = ctx;
    m_state->rtu = true;
    m_state->stopping = false;
    m_state->running = true;
    m_state->thread = std::thread([state = m_state.get()] {
        state->serveRtu();
        state->closeContext();
    });
    return {};
}

void ModbusSimulator::stop()
{
    m_state->stopping = true;
    if (m_state->thread.joinable())
        m_state->thread.join();
    m_state->running = false;
}

bool ModbusSimulator::isRunning() const
{
    return m_state->running;
}

void ModbusSimulator::setHoldingRegisters(int address, const std::vector<std::uint16_t>& values)
{
    std::lock_guard lock(m_state->mappingMutex);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (inBank(address + static_cast<int>(i)))
            m_state->mapping->tab_registers[address + static_cast<int>(i)] = values[i];
}

void ModbusSimulator::setInputRegisters(int address, const std::vector<std::uint16_t>& values)
{
    std::lock_guard lock(m_state->mappingMutex);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (inBank(address + static_cast<int>(i)))
            m_state->mapping->tab_input_registers[address + static_cast<int>(i)] = values[i];
}

void ModbusSimulator::setCoil(int address, bool on)
{
    std::lock_guard lock(m_state->mappingMutex);
    if (inBank(address))
        m_state->mapping->tab_bits[address] = on ? 1 : 0;
}

void ModbusSimulator::setDiscreteInput(int address, bool on)
{
    std::lock_guard lock(m_state->mappingMutex);
    if (inBank(address))
        m_state->mapping->tab_input_bits[address] = on ? 1 : 0;
}

void ModbusSimulator::setHoldingRegisterBit(int address, int bit, bool on)
{
    std::lock_guard lock(m_state->mappingMutex);
    if (inBank(address))
        setBit(m_state->mapping->tab_registers[address], bit, on);
}

void ModbusSimulator::setInputRegisterBit(int address, int bit, bool on)
{
    std::lock_guard lock(m_state->mappingMutex);
    if (inBank(address))
        setBit(m_state->mapping->tab_input_registers[address], bit, on);
}

std::vector<std::uint16_t> ModbusSimulator::holdingRegisters(int address, int count) const
{
    std::lock_guard lock(m_state->mappingMutex);
    return readWords(m_state->mapping->tab_registers, address, count);
}

std::vector<std::uint16_t> ModbusSimulator::inputRegisters(int address, int count) const
{
    std::lock_guard lock(m_state->mappingMutex);
    return readWords(m_state->mapping->tab_input_registers, address, count);
}

bool ModbusSimulator::coil(int address) const
{
    std::lock_guard lock(m_state->mappingMutex);
    return inBank(address) && m_state->mapping->tab_bits[address] != 0;
}

bool ModbusSimulator::discreteInput(int address) const
{
    std::lock_guard lock(m_state->mappingMutex);
    return inBank(address) && m_state->mapping->tab_input_bits[address] != 0;
}

void ModbusSimulator::setFault(SimulatorFault fault, int exceptionCode, int delayMs)
{
    std::lock_guard lock(m_state->faultMutex);
    m_state->faultSettings = {fault, std::clamp(exceptionCode, 1, 255), std::max(delayMs, 0)};
}

SimulatorFault ModbusSimulator::fault() const
{
    return m_state->currentFault().fault;
}

void ModbusSimulator::setWriteObserver(std::function<void(bool isCoil, int address, int value)> observer)
{
    std::lock_guard lock(m_state->observerMutex);
    m_state->observer = std::move(observer);
}

std::uint64_t ModbusSimulator::requestsServed() const
{
    return m_state->served;
}

} // namespace packdesk::devices
