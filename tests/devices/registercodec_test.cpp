// Register encoding of weights: every type, word order and byte order, with
// known wire bytes (not only round trips, which a symmetric bug would pass).
#include "devices/registercodec.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace packdesk::devices;

TEST(RegisterCodec, Int32BigEndianIsHighWordFirst)
{
    const std::uint16_t wire[2] = {0x0001, 0xE240}; // 123456
    EXPECT_EQ(decodeRegisters(wire, ValueType::Int32, ByteOrder::Big, ByteOrder::Big), 123456.0);
}

TEST(RegisterCodec, Int32WordSwappedIsLowWordFirst)
{
    const std::uint16_t wire[2] = {0xE240, 0x0001}; // CDAB
    EXPECT_EQ(decodeRegisters(wire, ValueType::Int32, ByteOrder::Little, ByteOrder::Big), 123456.0);
}

TEST(RegisterCodec, ByteSwappedRegisters)
{
    const std::uint16_t badc[2] = {0x0100, 0x40E2};
    EXPECT_EQ(decodeRegisters(badc, ValueType::Int32, ByteOrder::Big, ByteOrder::Little), 123456.0);
    const std::uint16_t dcba[2] = {0x40E2, 0x0100};
    EXPECT_EQ(decodeRegisters(dcba, ValueType::Int32, ByteOrder::Little, ByteOrder::Little), 123456.0);
}

TEST(RegisterCodec, SignedValuesAreNegative)
{
    const std::uint16_t int16[1] = {0xFFF6};
    EXPECT_EQ(decodeRegisters(int16, ValueType::Int16, ByteOrder::Big, ByteOrder::Big), -10.0);
    EXPECT_EQ(decodeRegisters(int16, ValueType::UInt16, ByteOrder::Big, ByteOrder::Big), 65526.0);
    const std::uint16_t int32[2] = {0xFFFF, 0xFF38};
    EXPECT_EQ(decodeRegisters(int32, ValueType::Int32, ByteOrder::Big, ByteOrder::Big), -200.0);
    EXPECT_EQ(decodeRegisters(int32, ValueType::UInt32, ByteOrder::Big, ByteOrder::Big), 4294967096.0);
}

TEST(RegisterCodec, Float32IsIeee754)
{
    const std::uint16_t abcd[2] = {0x449A, 0x5000}; // 1234.5f
    EXPECT_FLOAT_EQ(decodeRegisters(abcd, ValueType::Float32, ByteOrder::Big, ByteOrder::Big), 1234.5);
    const std::uint16_t cdab[2] = {0x5000, 0x449A};
    EXPECT_FLOAT_EQ(decodeRegisters(cdab, ValueType::Float32, ByteOrder::Little, ByteOrder::Big), 1234.5);
}

TEST(RegisterCodec, EncodeIsTheInverseForEveryLayout)
{
    for (ValueType type : {ValueType::Int16, ValueType::UInt16, ValueType::Int32, ValueType::UInt32, ValueType::Float32}) {
        for (ByteOrder words : {ByteOrder::Big, ByteOrder::Little}) {
            for (ByteOrder bytes : {ByteOrder::Big, ByteOrder::Little}) {
                const auto wire = encodeRegisters(1234, type, words, bytes);
                EXPECT_EQ(decodeRegisters(wire.data(), type, words, bytes), 1234.0)
                    << int(type) << " " << int(words) << " " << int(bytes);
            }
        }
    }
    const auto abcd = encodeRegisters(123456, ValueType::Int32, ByteOrder::Big, ByteOrder::Big);
    EXPECT_EQ(abcd[0], 0x0001);
    EXPECT_EQ(abcd[1], 0xE240);
}

TEST(RegisterCodec, EncodingClampsToTheTypesRange)
{
    EXPECT_EQ(encodeRegisters(70000, ValueType::Int16, ByteOrder::Big, ByteOrder::Big)[0], 0x7FFF);
    EXPECT_EQ(encodeRegisters(-5, ValueType::UInt16, ByteOrder::Big, ByteOrder::Big)[0], 0);
    EXPECT_EQ(encodeRegisters(std::nan(""), ValueType::Int32, ByteOrder::Big, ByteOrder::Big)[1], 0);
}

TEST(WeightRegister, ScaleAndUnitGiveGrams)
{
    WeightRegister kgMilli;
    kgMilli.scale = 0.001;
    kgMilli.unit = WeightUnit::Kilogram;
    EXPECT_DOUBLE_EQ(kgMilli.toGrams(1234), 1234.0);
    EXPECT_DOUBLE_EQ(kgMilli.fromGrams(930), 930.0);
    WeightRegister tenthGram;
    tenthGram.scale = 0.1;
    EXPECT_DOUBLE_EQ(tenthGram.toGrams(12345), 1234.5);
    WeightRegister pounds;
    pounds.unit = WeightUnit::Pound;
    EXPECT_NEAR(pounds.toGrams(2), 907.18474, 1e-9);
    EXPECT_EQ(WeightRegister{.type = ValueType::Int16}.registerCount(), 1);
    EXPECT_EQ(WeightRegister{.type = ValueType::Float32}.registerCount(), 2);
}
