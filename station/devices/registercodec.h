#pragma once

#include "deviceprofile.h"

#include <array>
#include <cstdint>

namespace packdesk::devices {

/// Decodes a value from Modbus registers as the profile describes it.
/// `registers` holds registerCount() words as read from the device.
double decodeRegisters(const std::uint16_t* registers, ValueType type, ByteOrder wordOrder, ByteOrder byteOrder);

/// Encodes a value into registers the same way (rounded and clamped to the
/// type's range for integer types); the inverse of decodeRegisters.
std::array<std::uint16_t, 2> encodeRegisters(double value, ValueType type, ByteOrder wordOrder, ByteOrder byteOrder);

} // namespace packdesk::devices
