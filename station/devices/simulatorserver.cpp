// The simulator's server thread: accepts and serves Modbus TCP clients or
// one RTU line, and plays the configured fault on the wire.
#include "modbussimulatorstate.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>

namespace packdesk::devices {

namespace simulator {

int word(const std::uint8_t* bytes)
{
    return (bytes[0] << 8) | bytes[1];
}

std::uint16_t crc16(const std::uint8_t* bytes, int length)
{
    std::uint16_t crc = 0xFFFF;
    for (int i = 0; i < length; ++i) {
        crc ^= bytes[i];
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001) : static_cast<std::uint16_t>(crc >> 1);
    }
    return crc;
}

QString modbusError()
{
    return QString::fromLocal8Bit(modbus_strerror(errno));
}

void setBit(std::uint16_t& word, int bit, bool on)
{
    if (bit < 0 || bit > 15)
        return;
    const auto mask = static_cast<std::uint16_t>(1u << bit);
    word = on ? static_cast<std::uint16_t>(word | mask) : static_cast<std::uint16_t>(word & ~mask);
}

std::vector<std::uint16_t> readWords(const std::uint16_t* table, int address, int count)
{
    std::vector<std::uint16_t> values(static_cast<std::size_t>(std::max(count, 0)), 0);
    for (int i = 0; i < count; ++i)
        if (inBank(address + i))
            values[static_cast<std::size_t>(i)] = table[address + i];
    return values;
}

} // namespace simulator

using namespace simulator;

void ModbusSimulator::State::serveTcp()
{
    while (!stopping) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(listenFd, &readable);
        int maxFd = listenFd;
        for (int fd : clients) {
            FD_SET(fd, &readable);
            maxFd = std::max(maxFd, fd);
        }
        timeval timeout{0, kPollMs * 1000};
        const int ready = ::select(maxFd + 1, &readable, nullptr, nullptr, &timeout);
        if (ready < 0) {
            if (errno != EINTR)
                std::this_thread::sleep_for(std::chrono::milliseconds(kSliceMs));
            continue;
        }
        const bool disconnected = currentFault().fault == SimulatorFault::Disconnect;
        if (disconnected)
            closeClients();
        if (FD_ISSET(listenFd, &readable)) {
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            // Accept-and-close rather than closing the listening socket: the
            // port stays ours, and the client sees its connection dropped.
            if (fd >= 0 && (disconnected || clients.size() >= kMaxClients || fd >= FD_SETSIZE))
                ::close(fd);
            else if (fd >= 0)
                clients.push_back(fd);
        }
        if (disconnected)
            continue;
        // Copy: handle() may close a client and erase it.
        const std::vector<int> current = clients;
        for (int fd : current) {
            if (stopping || !FD_ISSET(fd, &readable))
                continue;
            std::uint8_t request[MODBUS_TCP_MAX_ADU_LENGTH];
            modbus_set_socket(ctx, fd);
            const int length = modbus_receive(ctx, request);
            // -1: the client closed the connection or sent a broken frame.
            if (length < 0 || (length > 0 && !handle(fd, request, length))) {
                ::close(fd);
                clients.erase(std::find(clients.begin(), clients.end(), fd));
            }
        }
    }
}

void ModbusSimulator::State::serveRtu()
{
    const int fd = modbus_get_socket(ctx);
    while (!stopping) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        timeval timeout{0, kPollMs * 1000};
        const int ready = ::select(fd + 1, &readable, nullptr, nullptr, &timeout);
        if (ready <= 0)
            continue;
        std::uint8_t request[MODBUS_RTU_MAX_ADU_LENGTH];
        // 0: a frame for another unit (libmodbus filters on the slave id).
        const int length = modbus_receive(ctx, request);
        if (length > 0) {
            handle(fd, request, length);
        } else if (length < 0 && errno != EMBBADCRC && errno != ETIMEDOUT && errno != EMBBADDATA) {
            // The line is gone (e.g. the other end of a pty closed): do not spin.
            std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
        }
    }
}

bool ModbusSimulator::State::handle(int fd, const std::uint8_t* request, int length)
{
    const int offset = modbus_get_header_length(ctx);
    const int unit = request[offset - 1];
    const bool broadcast = rtu && unit == 0;
    if (!rtu && unit != unitId && unit != 0 && unit != 255)
        return true;

    const FaultSettings fault = currentFault();
    switch (fault.fault) {
    case SimulatorFault::Silent:
        return true;
    case SimulatorFault::Disconnect:
        // A serial line cannot be disconnected: the device just goes quiet.
        return rtu;
    case SimulatorFault::Exception:
        if (!broadcast) {
            ++served;
            modbus_reply_exception(ctx, request, static_cast<unsigned int>(fault.exceptionCode));
        }
        return true;
    case SimulatorFault::Garbage:
        if (!broadcast) {
            ++served;
            sendGarbage(fd, request);
        }
        return true;
    case SimulatorFault::Slow:
        if (!sleepUnlessStopping(fault.delayMs))
            return true;
        break;
    case SimulatorFault::None:
        break;
    }

    // Counted before the answer goes out, so a client that has its answer
    // also sees the count.
    if (!broadcast)
        ++served;
    int replied = 0;
    {
        std::lock_guard lock(mappingMutex);
        replied = modbus_reply(ctx, request, length, mapping);
    }
    if (replied < 0)
        return rtu; // the client went away while we answered
    notifyWrites(request, offset);
    return true;
}

bool ModbusSimulator::State::sleepUnlessStopping(int ms) const
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (!stopping && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(kSliceMs));
    return !stopping;
}

void ModbusSimulator::State::sendGarbage(int fd, const std::uint8_t* request)
{
    if (rtu) {
        // Shaped like an exception reply (so any client reads exactly five
        // bytes and stays in step with the line) but with a wrong CRC.
        std::uint8_t frame[5] = {request[0], static_cast<std::uint8_t>(request[1] | 0x80), 0x04, 0, 0};
        const std::uint16_t crc = crc16(frame, 3) ^ 0xFFFF;
        frame[3] = static_cast<std::uint8_t>(crc & 0xFF);
        frame[4] = static_cast<std::uint8_t>(crc >> 8);
        [[maybe_unused]] const auto written = ::write(fd, frame, sizeof frame);
        return;
    }
    // The request's transaction id and a consistent MBAP length (so the
    // stream stays framed and the next request works), but a function code
    // that was not asked for and a nonsense byte: the client must reject it.
    const std::uint8_t frame[9] = {request[0], request[1], 0, 0, 0, 3, request[6],
                                   static_cast<std::uint8_t>(request[7] | 0x40), 0xA5};
    [[maybe_unused]] const auto sent = ::send(fd, frame, sizeof frame, MSG_NOSIGNAL);
}

void ModbusSimulator::State::notifyWrites(const std::uint8_t* request, int offset)
{
    const std::uint8_t* pdu = request + offset;
    std::vector<std::pair<int, int>> writes; // address, value
    bool coils = false;
    switch (pdu[0]) {
    case MODBUS_FC_WRITE_SINGLE_COIL:
        if (word(pdu + 3) != 0xFF00 && word(pdu + 3) != 0)
            return; // rejected by modbus_reply
        coils = true;
        writes.emplace_back(word(pdu + 1), word(pdu + 3) == 0xFF00 ? 1 : 0);
        break;
    case MODBUS_FC_WRITE_SINGLE_REGISTER:
        writes.emplace_back(word(pdu + 1), word(pdu + 3));
        break;
    case MODBUS_FC_WRITE_MULTIPLE_COILS:
        coils = true;
        for (int i = 0; i < word(pdu + 3); ++i)
            writes.emplace_back(word(pdu + 1) + i, (pdu[6 + i / 8] >> (i % 8)) & 1);
        break;
    case MODBUS_FC_WRITE_MULTIPLE_REGISTERS:
        for (int i = 0; i < word(pdu + 3); ++i)
            writes.emplace_back(word(pdu + 1) + i, word(pdu + 6 + 2 * i));
        break;
    case MODBUS_FC_WRITE_AND_READ_REGISTERS:
        for (int i = 0; i < word(pdu + 7); ++i)
            writes.emplace_back(word(pdu + 5) + i, word(pdu + 10 + 2 * i));
        break;
    default:
        return;
    }
    // Out of range: modbus_reply answered with an exception and wrote nothing.
    const int size = coils ? mapping->nb_bits : mapping->nb_registers;
    if (writes.empty() || writes.back().first >= size)
        return;
    std::lock_guard lock(observerMutex);
    if (!observer)
        return;
    for (const auto& [address, value] : writes)
        observer(coils, address, value);
}

void ModbusSimulator::State::closeClients()
{
    for (int fd : clients)
        ::close(fd);
    clients.clear();
}

void ModbusSimulator::State::closeContext()
{
    if (!ctx)
        return;
    closeClients();
    if (!rtu) {
        // modbus_close() closes the context's current socket: point it at the
        // listening one (it may still name a client we already closed).
        modbus_set_socket(ctx, listenFd);
        listenFd = -1;
    }
    modbus_close(ctx);
    modbus_free(ctx);
    ctx = nullptr;
}

} // namespace packdesk::devices
