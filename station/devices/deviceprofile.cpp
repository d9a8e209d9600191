#include "deviceprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace packdesk::devices {

namespace {

/// Reads a profile's JSON, remembering the first problem with its field path.
class ProfileReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return Error{QStringLiteral("invalid_profile"), m_error}; }

    void fail(const QString& path, const QString& message)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + message;
    }

    /// Refuses keys the format does not have: a typo must not silently
    /// fall back to a default (e.g. "word_oder" reading the wrong weight).
    void onlyKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> keys)
    {
        QSet<QString> known;
        for (const char* key : keys)
            known.insert(QString::fromLatin1(key));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                fail(join(path, it.key()), QStringLiteral("unknown field"));
        }
    }

    QJsonObject object(const QJsonObject& parent, const QString& path, const char* key, bool required)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(join(path, QString::fromLatin1(key)), QStringLiteral("missing"));
            return {};
        }
        if (!value.isObject())
            fail(join(path, QString::fromLatin1(key)), QStringLiteral("expected an object"));
        return value.toObject();
    }

    int integer(const QJsonObject& parent, const QString& path, const char* key, int fallback, int min, int max,
                bool required = false)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        const QString where = join(path, QString::fromLatin1(key));
        if (value.isUndefined()) {
            if (required)
                fail(where, QStringLiteral("missing"));
            return fallback;
        }
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
            fail(where, QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(number);
    }

    double number(const QJsonObject& parent, const QString& path, const char* key, double fallback, double min,
                  double max)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !(number >= min && number <= max)) {
            fail(join(path, QString::fromLatin1(key)), QStringLiteral("expected a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return number;
    }

    bool boolean(const QJsonObject& parent, const QString& path, const char* key, bool fallback)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(join(path, QString::fromLatin1(key)), QStringLiteral("expected true or false"));
        return value.toBool(fallback);
    }

    QString text(const QJsonObject& parent, const QString& path, const char* key, const QString& fallback,
                 bool required = false)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(join(path, QString::fromLatin1(key)), QStringLiteral("missing"));
            return fallback;
        }
        if (!value.isString())
            fail(join(path, QString::fromLatin1(key)), QStringLiteral("expected text"));
        return value.toString(fallback);
    }

    /// One of a fixed set of names, e.g. "int32".
    template<typename T>
    T choice(const QJsonObject& parent, const QString& path, const char* key, T fallback,
             std::initializer_list<std::pair<const char*, T>> options, bool required = false)
    {
        const QString where = join(path, QString::fromLatin1(key));
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(where, QStringLiteral("missing"));
            return fallback;
        }
        QStringList names;
        for (const auto& [name, option] : options) {
            if (value.toString() == QLatin1String(name))
                return option;
            names << QString::fromLatin1(name);
        }
        fail(where, QStringLiteral("expected one of %1").arg(names.join(QStringLiteral(", "))));
        return fallback;
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

private:
    QString m_error;
};

constexpr int kMaxAddress = 65535;

ModbusArea area(ProfileReader& reader, const QJsonObject& object, const QString& path,
                std::initializer_list<std::pair<const char*, ModbusArea>> allowed)
{
    return reader.choice(object, path, "table", allowed.begin()->second, allowed, true);
}

ModbusEndpoint readEndpoint(ProfileReader& reader, const QJsonObject& root)
{
    const QString path = QStringLiteral("connection");
    const QJsonObject c = reader.object(root, QString(), "connection", true);
    reader.onlyKeys(c, path,
                    {"transport", "host", "port", "device", "baud", "parity", "data_bits", "stop_bits", "unit_id",
                     "response_timeout_ms"});
    ModbusEndpoint e;
    e.transport = reader.choice(c, path, "transport", ModbusEndpoint::Transport::Tcp,
                                {{"tcp", ModbusEndpoint::Transport::Tcp}, {"rtu", ModbusEndpoint::Transport::Rtu}}, true);
    e.host = reader.text(c, path, "host", e.host);
    e.port = reader.integer(c, path, "port", e.port, 1, 65535);
    e.serialDevice = reader.text(c, path, "device", QString(), e.transport == ModbusEndpoint::Transport::Rtu);
    e.baud = reader.integer(c, path, "baud", e.baud, 1200, 921600);
    e.parity = reader.choice(c, path, "parity", 'N', {{"N", 'N'}, {"E", 'E'}, {"O", 'O'}});
    e.dataBits = reader.integer(c, path, "data_bits", e.dataBits, 7, 8);
    e.stopBits = reader.integer(c, path, "stop_bits", e.stopBits, 1, 2);
    e.unitId = reader.integer(c, path, "unit_id", e.unitId, 0, 255);
    e.responseTimeoutMs = reader.integer(c, path, "response_timeout_ms", e.responseTimeoutMs, 10, 10000);
    return e;
}

std::optional<WriteAction> writeAction(ProfileReader& reader, const QJsonObject& root, const char* key)
{
    const QString path = QString::fromLatin1(key);
    const QJsonObject o = reader.object(root, QString(), key, false);
    if (o.isEmpty())
        return std::nullopt;
    reader.onlyKeys(o, path, {"table", "address", "value"});
    WriteAction action;
    action.area = area(reader, o, path, {{"coil", ModbusArea::Coil}, {"holding", ModbusArea::HoldingRegister}});
    action.address = reader.integer(o, path, "address", 0, 0, kMaxAddress, true);
    action.value = reader.integer(o, path, "value", 1, 0, 65535);
    return action;
}

QJsonObject parseRoot(ProfileReader& reader, const QByteArray& json, const char* kind)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(QStringLiteral("profile"),
                    QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return {};
    }
    if (!document.isObject()) {
        reader.fail(QStringLiteral("profile"), QStringLiteral("expected a JSON object"));
        return {};
    }
    const QJsonObject root = document.object();
    const QString actualKind = reader.text(root, QString(), "kind", QString(), true);
    if (!reader.failed() && actualKind != QLatin1String(kind))
        reader.fail(QStringLiteral("kind"), QStringLiteral("expected \"%1\", this profile is \"%2\"")
                                                .arg(QLatin1String(kind), actualKind));
    return root;
}

/// Reads and parses a profile file; errors name the file.
template<typename Profile>
Result<Profile> loadProfile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{QStringLiteral("profile_unreadable"), QStringLiteral("Device profile %1 does not exist").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("profile_unreadable"),
                     QStringLiteral("Cannot read device profile %1: %2").arg(path, file.errorString())};
    // A profile is a few hundred bytes; anything huge is the wrong file.
    auto profile = Profile::fromJson(file.read(1 << 20));
    if (!profile)
        return Error{profile.error().code, path + QStringLiteral(": ") + profile.error().message};
    return profile;
}

} // namespace

int WeightRegister::registerCount() const
{
    return type == ValueType::Int16 || type == ValueType::UInt16 ? 1 : 2;
}

namespace {
double gramsPer(WeightUnit unit)
{
    switch (unit) {
    case WeightUnit::Gram: return 1.0;
    case WeightUnit::Kilogram: return 1000.0;
    case WeightUnit::Pound: return 453.59237;
    }
    return 1.0;
}
} // namespace

double WeightRegister::toGrams(double raw) const
{
    return raw * scale * gramsPer(unit);
}

double WeightRegister::fromGrams(double grams) const
{
    return grams / gramsPer(unit) / scale;
}

Result<ScaleProfile> ScaleProfile::fromJson(const QByteArray& json)
{
    ProfileReader reader;
    const QJsonObject root = parseRoot(reader, json, "scale");
    if (reader.failed())
        return reader.error();
    reader.onlyKeys(root, QString(),
                    {"name", "kind", "connection", "weight", "stable_flag", "stability", "tare", "zero", "poll_hz"});
    ScaleProfile profile;
    profile.name = reader.text(root, QString(), "name", QString(), true);
    profile.endpoint = readEndpoint(reader, root);

    const QString w = QStringLiteral("weight");
    const QJsonObject weight = reader.object(root, QString(), "weight", true);
    reader.onlyKeys(weight, w, {"table", "address", "type", "word_order", "byte_order", "scale", "unit"});
    profile.weight.area =
        area(reader, weight, w, {{"holding", ModbusArea::HoldingRegister}, {"input", ModbusArea::InputRegister}});
    profile.weight.address = reader.integer(weight, w, "address", 0, 0, kMaxAddress - 1, true);
    profile.weight.type = reader.choice(weight, w, "type", ValueType::Int32,
                                        {{"int16", ValueType::Int16},
                                         {"uint16", ValueType::UInt16},
                                         {"int32", ValueType::Int32},
                                         {"uint32", ValueType::UInt32},
                                         {"float32", ValueType::Float32}},
                                        true);
    const std::initializer_list<std::pair<const char*, ByteOrder>> orders{{"big", ByteOrder::Big},
                                                                          {"little", ByteOrder::Little}};
    profile.weight.wordOrder = reader.choice(weight, w, "word_order", ByteOrder::Big, orders);
    profile.weight.byteOrder = reader.choice(weight, w, "byte_order", ByteOrder::Big, orders);
    profile.weight.scale = reader.number(weight, w, "scale", 1.0, 1e-6, 1e6);
    profile.weight.unit = reader.choice(weight, w, "unit", WeightUnit::Gram,
                                        {{"g", WeightUnit::Gram}, {"kg", WeightUnit::Kilogram}, {"lb", WeightUnit::Pound}});

    const QJsonObject flag = reader.object(root, QString(), "stable_flag", false);
    if (!flag.isEmpty()) {
        const QString f = QStringLiteral("stable_flag");
        reader.onlyKeys(flag, f, {"table", "address", "bit", "active_high"});
        BitLocation bit;
        bit.area = area(reader, flag, f,
                        {{"coil", ModbusArea::Coil},
                         {"discrete_input", ModbusArea::DiscreteInput},
                         {"holding", ModbusArea::HoldingRegister},
                         {"input", ModbusArea::InputRegister}});
        bit.address = reader.integer(flag, f, "address", 0, 0, kMaxAddress, true);
        bit.bit = reader.integer(flag, f, "bit", 0, 0, 15);
        bit.activeHigh = reader.boolean(flag, f, "active_high", true);
        profile.stableFlag = bit;
    }
    const QJsonObject stability = reader.object(root, QString(), "stability", false);
    reader.onlyKeys(stability, QStringLiteral("stability"), {"band_grams", "for_ms"});
    profile.stableBandGrams =
        reader.number(stability, QStringLiteral("stability"), "band_grams", profile.stableBandGrams, 0, 100000);
    profile.stableForMs = reader.integer(stability, QStringLiteral("stability"), "for_ms", profile.stableForMs, 0, 60000);
    profile.tare = writeAction(reader, root, "tare");
    profile.zero = writeAction(reader, root, "zero");
    profile.pollHz = reader.integer(root, QString(), "poll_hz", profile.pollHz, 1, 50);
    if (reader.failed())
        return reader.error();
    return profile;
}

Result<ScaleProfile> ScaleProfile::fromFile(const QString& path)
{
    return loadProfile<ScaleProfile>(path);
}

Result<TowerProfile> TowerProfile::fromJson(const QByteArray& json)
{
    ProfileReader reader;
    const QJsonObject root = parseRoot(reader, json, "tower");
    if (reader.failed())
        return reader.error();
    reader.onlyKeys(root, QString(), {"name", "kind", "connection", "coils"});
    TowerProfile profile;
    profile.name = reader.text(root, QString(), "name", QString(), true);
    profile.endpoint = readEndpoint(reader, root);
    const QString c = QStringLiteral("coils");
    const QJsonObject coils = reader.object(root, QString(), "coils", true);
    reader.onlyKeys(coils, c, {"green", "amber", "red", "buzzer"});
    profile.greenCoil = reader.integer(coils, c, "green", -1, 0, kMaxAddress);
    profile.amberCoil = reader.integer(coils, c, "amber", -1, 0, kMaxAddress);
    profile.redCoil = reader.integer(coils, c, "red", -1, 0, kMaxAddress);
    profile.buzzerCoil = reader.integer(coils, c, "buzzer", -1, 0, kMaxAddress);
    if (!reader.failed() && profile.greenCoil < 0 && profile.amberCoil < 0 && profile.redCoil < 0
        && profile.buzzerCoil < 0)
        reader.fail(c, QStringLiteral("no lamp or buzzer is mapped to a coil"));
    if (reader.failed())
        return reader.error();
    return profile;
}

Result<TowerProfile> TowerProfile::fromFile(const QString& path)
{
    return loadProfile<TowerProfile>(path);
}

} // namespace packdesk::devices
