#include "registercodec.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace packdesk::devices {

namespace {

std::uint16_t swapBytes(std::uint16_t word)
{
    return static_cast<std::uint16_t>((word << 8) | (word >> 8));
}

std::uint16_t fromWire(std::uint16_t word, ByteOrder byteOrder)
{
    return byteOrder == ByteOrder::Big ? word : swapBytes(word);
}

template<typename T>
T clampedRound(double value)
{
    if (std::isnan(value))
        return 0;
    const double rounded = std::round(value);
    return static_cast<T>(std::clamp(rounded, double(std::numeric_limits<T>::min()), double(std::numeric_limits<T>::max())));
}

} // namespace

double decodeRegisters(const std::uint16_t* registers, ValueType type, ByteOrder wordOrder, ByteOrder byteOrder)
{
    const std::uint16_t first = fromWire(registers[0], byteOrder);
    switch (type) {
    case ValueType::Int16: return static_cast<std::int16_t>(first);
    case ValueType::UInt16: return first;
    default: break;
    }
    const std::uint16_t second = fromWire(registers[1], byteOrder);
    const std::uint32_t high = wordOrder == ByteOrder::Big ? first : second;
    const std::uint32_t low = wordOrder == ByteOrder::Big ? second : first;
    const std::uint32_t bits = (high << 16) | low;
    switch (type) {
    case ValueType::Int32: return static_cast<std::int32_t>(bits);
    case ValueType::UInt32: return bits;
    case ValueType::Float32: return std::bit_cast<float>(bits);
    default: return 0;
    }
}

std::array<std::uint16_t, 2> encodeRegisters(double value, ValueType type, ByteOrder wordOrder, ByteOrder byteOrder)
{
    std::uint32_t bits = 0;
    switch (type) {
    case ValueType::Int16:
        return {fromWire(static_cast<std::uint16_t>(clampedRound<std::int16_t>(value)), byteOrder), 0};
    case ValueType::UInt16: return {fromWire(clampedRound<std::uint16_t>(value), byteOrder), 0};
    case ValueType::Int32: bits = static_cast<std::uint32_t>(clampedRound<std::int32_t>(value)); break;
    case ValueType::UInt32: bits = clampedRound<std::uint32_t>(value); break;
    case ValueType::Float32: bits = std::bit_cast<std::uint32_t>(static_cast<float>(value)); break;
    }
    const auto high = static_cast<std::uint16_t>(bits >> 16);
    const auto low = static_cast<std::uint16_t>(bits & 0xFFFF);
    const std::uint16_t first = wordOrder == ByteOrder::Big ? high : low;
    const std::uint16_t second = wordOrder == ByteOrder::Big ? low : high;
    return {fromWire(first, byteOrder), fromWire(second, byteOrder)};
}

} // namespace packdesk::devices
