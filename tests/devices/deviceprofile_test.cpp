// Device profiles: the documented examples load, and every mistake a
// technician can make is named with its field.
#include "devices/deviceprofile.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace packdesk::devices;

namespace {

QByteArray scaleJson(const QString& weight, const QString& extra = {})
{
    return (QStringLiteral(R"({"name": "test", "kind": "scale",
        "connection": {"transport": "tcp", "host": "127.0.0.1", "port": 1502},
        "weight": %1 %2})")
                .arg(weight, extra))
        .toUtf8();
}

QString errorOf(const QByteArray& json)
{
    auto profile = ScaleProfile::fromJson(json);
    EXPECT_FALSE(profile.ok());
    return profile.ok() ? QString() : profile.error().message;
}

} // namespace

TEST(DeviceProfile, EveryExampleInDeployLoads)
{
    const QDir dir(QStringLiteral(DEVICE_PROFILES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")});
    ASSERT_GE(files.size(), 4);
    for (const QString& file : files) {
        const QString path = dir.filePath(file);
        if (file.startsWith(QLatin1String("tower"))) {
            auto profile = TowerProfile::fromFile(path);
            EXPECT_TRUE(profile.ok()) << path.toStdString() << ": " << profile.error().message.toStdString();
        } else {
            auto profile = ScaleProfile::fromFile(path);
            EXPECT_TRUE(profile.ok()) << path.toStdString() << ": " << profile.error().message.toStdString();
        }
    }
}

TEST(DeviceProfile, TheInt32ExampleReadsAsDocumented)
{
    auto profile = ScaleProfile::fromFile(QStringLiteral(DEVICE_PROFILES_DIR "/scale-int32-abcd-status-bit.json"));
    ASSERT_TRUE(profile.ok()) << profile.error().message.toStdString();
    EXPECT_EQ(profile->endpoint.port, 1502);
    EXPECT_EQ(profile->weight.area, ModbusArea::HoldingRegister);
    EXPECT_EQ(profile->weight.type, ValueType::Int32);
    EXPECT_EQ(profile->weight.unit, WeightUnit::Kilogram);
    EXPECT_DOUBLE_EQ(profile->weight.scale, 0.001);
    ASSERT_TRUE(profile->stableFlag.has_value());
    EXPECT_EQ(profile->stableFlag->address, 2);
    ASSERT_TRUE(profile->tare.has_value());
    EXPECT_EQ(profile->tare->area, ModbusArea::Coil);
}

TEST(DeviceProfile, TheRtuExampleHasItsSerialLine)
{
    auto profile = ScaleProfile::fromFile(QStringLiteral(DEVICE_PROFILES_DIR "/scale-rtu-int16.json"));
    ASSERT_TRUE(profile.ok()) << profile.error().message.toStdString();
    EXPECT_EQ(profile->endpoint.transport, ModbusEndpoint::Transport::Rtu);
    EXPECT_EQ(profile->endpoint.serialDevice, QStringLiteral("/dev/ttyUSB0"));
    EXPECT_EQ(profile->endpoint.parity, 'E');
    EXPECT_EQ(profile->endpoint.unitId, 3);
    EXPECT_EQ(profile->stableFlag->area, ModbusArea::DiscreteInput);
}

TEST(DeviceProfile, DefaultsAreBigEndianGramsAtTenHertz)
{
    auto profile = ScaleProfile::fromJson(scaleJson(R"({"table": "input", "address": 4, "type": "float32"})"));
    ASSERT_TRUE(profile.ok()) << profile.error().message.toStdString();
    EXPECT_EQ(profile->weight.wordOrder, ByteOrder::Big);
    EXPECT_EQ(profile->weight.byteOrder, ByteOrder::Big);
    EXPECT_EQ(profile->weight.unit, WeightUnit::Gram);
    EXPECT_EQ(profile->pollHz, 10);
    EXPECT_EQ(profile->endpoint.unitId, 1);
    EXPECT_FALSE(profile->stableFlag.has_value());
}

TEST(DeviceProfile, MistakesAreNamedWithTheirField)
{
    EXPECT_EQ(errorOf(scaleJson(R"({"table": "holding", "address": 0, "type": "int24"})")),
              QStringLiteral("weight.type: expected one of int16, uint16, int32, uint32, float32"));
    EXPECT_EQ(errorOf(scaleJson(R"({"table": "coil", "address": 0, "type": "int32"})")),
              QStringLiteral("weight.table: expected one of holding, input"));
    EXPECT_EQ(errorOf(scaleJson(R"({"table": "holding", "address": 70000, "type": "int32"})")),
              QStringLiteral("weight.address: expected a whole number from 0 to 65534"));
    EXPECT_EQ(errorOf(scaleJson(R"({"table": "holding", "address": 0, "type": "int32", "word_oder": "little"})")),
              QStringLiteral("weight.word_oder: unknown field"));
    EXPECT_EQ(errorOf(scaleJson(R"({"table": "holding", "type": "int32"})")), QStringLiteral("weight.address: missing"));
    EXPECT_EQ(errorOf(scaleJson(R"({"table": "holding", "address": 0, "type": "int32"})",
                                R"(, "stable_flag": {"table": "holding", "address": 2, "bit": 16})")),
              QStringLiteral("stable_flag.bit: expected a whole number from 0 to 15"));
    EXPECT_EQ(errorOf(scaleJson(R"({"table": "holding", "address": 0, "type": "int32"})", R"(, "poll_hz": 0)")),
              QStringLiteral("poll_hz: expected a whole number from 1 to 50"));
}

TEST(DeviceProfile, WrongKindAndBadJsonAreRefused)
{
    EXPECT_TRUE(errorOf(R"({"kind": "tower", "name": "x"})").startsWith(QStringLiteral("kind: expected \"scale\"")));
    EXPECT_TRUE(errorOf("{not json").startsWith(QStringLiteral("profile: not valid JSON")));
    EXPECT_EQ(errorOf("[1, 2]"), QStringLiteral("profile: expected a JSON object"));
    const QByteArray rtuWithoutDevice = R"({"name": "x", "kind": "scale", "connection": {"transport": "rtu"},
        "weight": {"table": "holding", "address": 0, "type": "int16"}})";
    EXPECT_EQ(errorOf(rtuWithoutDevice), QStringLiteral("connection.device: missing"));
}

TEST(DeviceProfile, AMissingFileSaysWhichFile)
{
    auto profile = ScaleProfile::fromFile(QStringLiteral("/nonexistent/scale.json"));
    ASSERT_FALSE(profile.ok());
    EXPECT_EQ(profile.error().code, QStringLiteral("profile_unreadable"));
    EXPECT_TRUE(profile.error().message.contains(QStringLiteral("/nonexistent/scale.json")));
}

TEST(TowerProfile, NeedsAtLeastOneLamp)
{
    const QByteArray none = R"({"name": "t", "kind": "tower", "connection": {"transport": "tcp"}, "coils": {}})";
    auto profile = TowerProfile::fromJson(none);
    ASSERT_FALSE(profile.ok());
    EXPECT_EQ(profile.error().message, QStringLiteral("coils: no lamp or buzzer is mapped to a coil"));
    const QByteArray partial = R"({"name": "t", "kind": "tower", "connection": {"transport": "tcp"},
        "coils": {"red": 5}})";
    auto red = TowerProfile::fromJson(partial);
    ASSERT_TRUE(red.ok()) << red.error().message.toStdString();
    EXPECT_EQ(red->redCoil, 5);
    EXPECT_EQ(red->greenCoil, -1);
}
