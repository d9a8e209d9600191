#include "modbuslink.h"

#include <modbus/modbus.h>

#include <algorithm>
#include <cerrno>

namespace packdesk::devices {

struct ModbusLink::Context
{
    modbus_t* modbus = nullptr;
    bool connected = false;
};

namespace {

// libmodbus limits per request (Modbus application protocol, section 6).
constexpr int kMaxReadRegisters = MODBUS_MAX_READ_REGISTERS;
constexpr int kMaxReadBits = MODBUS_MAX_READ_BITS;
constexpr int kMaxWriteBits = MODBUS_MAX_WRITE_BITS;

QString areaName(ModbusArea area)
{
    switch (area) {
    case ModbusArea::Coil: return QStringLiteral("coil");
    case ModbusArea::DiscreteInput: return QStringLiteral("discrete input");
    case ModbusArea::InputRegister: return QStringLiteral("input register");
    case ModbusArea::HoldingRegister: return QStringLiteral("holding register");
    }
    return QStringLiteral("?");
}

// "holding register 40" / "holding registers 40-41": what the technician
// looks up in the indicator's manual.
QString where(ModbusArea area, int address, int count)
{
    if (count <= 1)
        return QStringLiteral("%1 %2").arg(areaName(area)).arg(address);
    return QStringLiteral("%1s %2-%3").arg(areaName(area)).arg(address).arg(address + count - 1);
}

QString exceptionName(int code)
{
    switch (code) {
    case MODBUS_EXCEPTION_ILLEGAL_FUNCTION: return QStringLiteral("illegal function");
    case MODBUS_EXCEPTION_ILLEGAL_DATA_ADDRESS: return QStringLiteral("illegal data address");
    case MODBUS_EXCEPTION_ILLEGAL_DATA_VALUE: return QStringLiteral("illegal data value");
    case MODBUS_EXCEPTION_SLAVE_OR_SERVER_FAILURE: return QStringLiteral("server device failure");
    case MODBUS_EXCEPTION_ACKNOWLEDGE: return QStringLiteral("acknowledge");
    case MODBUS_EXCEPTION_SLAVE_OR_SERVER_BUSY: return QStringLiteral("server device busy");
    case MODBUS_EXCEPTION_NEGATIVE_ACKNOWLEDGE: return QStringLiteral("negative acknowledge");
    case MODBUS_EXCEPTION_MEMORY_PARITY: return QStringLiteral("memory parity error");
    case MODBUS_EXCEPTION_GATEWAY_PATH: return QStringLiteral("gateway path unavailable");
    case MODBUS_EXCEPTION_GATEWAY_TARGET: return QStringLiteral("gateway target device failed to respond");
    default: return QStringLiteral("unknown exception");
    }
}

bool isModbusException(int error)
{
    return error >= EMBXILFUN && error <= EMBXGTAR;
}

bool isGarbage(int error)
{
    return error == EMBBADCRC || error == EMBBADDATA || error == EMBBADEXC || error == EMBMDATA
        || error == EMBBADSLAVE || error == EMBUNKEXC;
}

QString describeErrno(int error)
{
    return QString::fromLocal8Bit(modbus_strerror(error));
}

bool validAddress(int address, int count)
{
    return address >= 0 && count >= 1 && address + count - 1 <= 0xFFFF;
}

} // namespace

ModbusLink::ModbusLink(ModbusEndpoint endpoint) : m_endpoint(std::move(endpoint)), m_context(new Context) {}

ModbusLink::~ModbusLink()
{
    disconnect();
    if (m_context->modbus)
        modbus_free(m_context->modbus);
    delete m_context;
}

Result<void> ModbusLink::connect()
{
    if (m_context->connected)
        return {};
    if (!m_context->modbus) {
        if (m_endpoint.transport == ModbusEndpoint::Transport::Tcp) {
            if (m_endpoint.port < 1 || m_endpoint.port > 65535)
                return Result<void>::failure(QStringLiteral("offline"),
                                             QStringLiteral("invalid TCP port %1").arg(m_endpoint.port));
            m_context->modbus = modbus_new_tcp(m_endpoint.host.toLocal8Bit().constData(), m_endpoint.port);
        } else {
            if (m_endpoint.serialDevice.isEmpty())
                return Result<void>::failure(QStringLiteral("offline"), QStringLiteral("no serial device configured"));
            m_context->modbus = modbus_new_rtu(m_endpoint.serialDevice.toLocal8Bit().constData(), m_endpoint.baud,
                                               m_endpoint.parity, m_endpoint.dataBits, m_endpoint.stopBits);
        }
        if (!m_context->modbus)
            return Result<void>::failure(QStringLiteral("offline"),
                                         QStringLiteral("cannot set up the Modbus connection: %1")
                                             .arg(describeErrno(errno)));
        if (modbus_set_slave(m_context->modbus, m_endpoint.unitId) != 0) {
            const int error = errno;
            modbus_free(m_context->modbus);
            m_context->modbus = nullptr;
            return Result<void>::failure(QStringLiteral("offline"), QStringLiteral("invalid unit id %1: %2")
                                                                        .arg(m_endpoint.unitId)
                                                                        .arg(describeErrno(error)));
        }
        const int timeoutMs = std::max(1, m_endpoint.responseTimeoutMs);
        const auto seconds = static_cast<std::uint32_t>(timeoutMs / 1000);
        const auto micros = static_cast<std::uint32_t>((timeoutMs % 1000) * 1000);
        // The response timeout also bounds TCP connect (libmodbus uses it
        // there); the byte timeout (default 500 ms) bounds the gaps inside
        // one answer, so it must not exceed the response timeout either, or
        // a half-sent answer would hang a poll longer than promised.
        modbus_set_response_timeout(m_context->modbus, seconds, micros);
        modbus_set_byte_timeout(m_context->modbus, seconds, micros);
    }
    // libmodbus 3.1.6 returns -1 without setting errno when a TCP connect
    // runs into the timeout; a cleared errno tells that case apart.
    errno = 0;
    if (modbus_connect(m_context->modbus) != 0) {
        const int error = errno == 0 ? ETIMEDOUT : errno;
        const QString target = m_endpoint.transport == ModbusEndpoint::Transport::Tcp
            ? QStringLiteral("%1:%2").arg(m_endpoint.host).arg(m_endpoint.port)
            : m_endpoint.serialDevice;
        return Result<void>::failure(QStringLiteral("offline"),
                                     QStringLiteral("cannot connect to %1: %2").arg(target, describeErrno(error)));
    }
    m_context->connected = true;
    return {};
}

void ModbusLink::disconnect()
{
    if (!m_context->connected)
        return;
    // Drop whatever a late answer left in the receive buffer before closing,
    // so nothing of it can be read as the answer to the next request.
    modbus_flush(m_context->modbus);
    modbus_close(m_context->modbus);
    m_context->connected = false;
}

bool ModbusLink::isConnected() const
{
    return m_context->connected;
}

namespace {

// Turns errno after a failed libmodbus call into an Error. `closeLink` is set
// when the connection can no longer be trusted.
Error mapError(int error, const QString& what, bool& closeLink)
{
    if (isModbusException(error)) {
        // A complete, well-formed answer: the connection stays usable.
        closeLink = false;
        const int code = error - MODBUS_ENOBASE;
        return {QStringLiteral("device_exception"),
                QStringLiteral("Modbus exception %1 (%2) at %3").arg(code).arg(exceptionName(code), what)};
    }
    closeLink = true;
    if (error == ETIMEDOUT)
        return {QStringLiteral("timeout"), QStringLiteral("no answer in time from %1").arg(what)};
    if (isGarbage(error))
        return {QStringLiteral("garbage"),
                QStringLiteral("malformed answer for %1: %2").arg(what, describeErrno(error))};
    // ECONNREFUSED, ECONNRESET, EPIPE, EBADF, ENOTCONN, EIO and anything
    // unexpected: the line is gone; reconnect on the next call.
    return {QStringLiteral("offline"), QStringLiteral("connection lost at %1: %2").arg(what, describeErrno(error))};
}

} // namespace

Error ModbusLink::failed(int error, const QString& what)
{
    bool closeLink = true;
    Error failure = mapError(error, what, closeLink);
    if (closeLink)
        disconnect();
    return failure;
}

Result<std::vector<std::uint16_t>> ModbusLink::readRegisters(ModbusArea area, int address, int count)
{
    if (area != ModbusArea::HoldingRegister && area != ModbusArea::InputRegister)
        return Error{QStringLiteral("invalid_request"), QStringLiteral("%1 is not a register table").arg(areaName(area))};
    if (!validAddress(address, count) || count > kMaxReadRegisters)
        return Error{QStringLiteral("invalid_request"),
                     QStringLiteral("cannot read %1 registers at %2").arg(count).arg(address)};
    if (auto connected = connect(); !connected)
        return connected.error();
    std::vector<std::uint16_t> values(static_cast<std::size_t>(count));
    const int read = area == ModbusArea::HoldingRegister
        ? modbus_read_registers(m_context->modbus, address, count, values.data())
        : modbus_read_input_registers(m_context->modbus, address, count, values.data());
    if (read == count)
        return values;
    const int error = read < 0 ? errno : EMBBADDATA;
    return failed(error, where(area, address, count));
}

Result<std::vector<bool>> ModbusLink::readBits(ModbusArea area, int address, int count)
{
    if (area != ModbusArea::Coil && area != ModbusArea::DiscreteInput)
        return Error{QStringLiteral("invalid_request"), QStringLiteral("%1 is not a bit table").arg(areaName(area))};
    if (!validAddress(address, count) || count > kMaxReadBits)
        return Error{QStringLiteral("invalid_request"),
                     QStringLiteral("cannot read %1 bits at %2").arg(count).arg(address)};
    if (auto connected = connect(); !connected)
        return connected.error();
    std::vector<std::uint8_t> raw(static_cast<std::size_t>(count));
    const int read = area == ModbusArea::Coil ? modbus_read_bits(m_context->modbus, address, count, raw.data())
                                              : modbus_read_input_bits(m_context->modbus, address, count, raw.data());
    if (read == count)
        return std::vector<bool>(raw.begin(), raw.end());
    const int error = read < 0 ? errno : EMBBADDATA;
    return failed(error, where(area, address, count));
}

Result<void> ModbusLink::writeCoil(int address, bool on)
{
    if (!validAddress(address, 1))
        return Result<void>::failure(QStringLiteral("invalid_request"),
                                     QStringLiteral("cannot write coil %1").arg(address));
    if (auto connected = connect(); !connected)
        return connected;
    if (modbus_write_bit(m_context->modbus, address, on ? 1 : 0) == 1)
        return {};
    const int error = errno; // before anything else can touch it
    return failed(error, where(ModbusArea::Coil, address, 1));
}

Result<void> ModbusLink::writeCoils(int address, const std::vector<bool>& values)
{
    const int count = static_cast<int>(values.size());
    if (!validAddress(address, count) || count > kMaxWriteBits)
        return Result<void>::failure(QStringLiteral("invalid_request"),
                                     QStringLiteral("cannot write %1 coils at %2").arg(count).arg(address));
    if (auto connected = connect(); !connected)
        return connected;
    const std::vector<std::uint8_t> raw(values.begin(), values.end());
    if (modbus_write_bits(m_context->modbus, address, count, raw.data()) == count)
        return {};
    const int error = errno; // before anything else can touch it
    return failed(error, where(ModbusArea::Coil, address, count));
}

Result<void> ModbusLink::writeRegister(int address, std::uint16_t value)
{
    if (!validAddress(address, 1))
        return Result<void>::failure(QStringLiteral("invalid_request"),
                                     QStringLiteral("cannot write holding register %1").arg(address));
    if (auto connected = connect(); !connected)
        return connected;
    if (modbus_write_register(m_context->modbus, address, value) == 1)
        return {};
    const int error = errno; // before anything else can touch it
    return failed(error, where(ModbusArea::HoldingRegister, address, 1));
}

} // namespace packdesk::devices
