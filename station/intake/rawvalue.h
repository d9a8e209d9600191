#pragma once

#include <QString>

namespace packdesk {

/// One field's value as a file held it, before validation: what kind of
/// thing it was and its text or number. JSON and CSV readers both produce
/// these, so one validator judges them and says what it found.
struct RawValue
{
    enum class Kind : quint8
    {
        Absent, ///< not in the record (an empty CSV cell counts as absent)
        Null,
        Bool,
        Number,
        Text,
        Object, ///< the content is in the RawOrder's other members
        Array,
    };

    Kind kind = Kind::Absent;
    bool boolean = false;
    double number = 0;
    QString text;

    static RawValue fromText(QString text)
    {
        RawValue value;
        value.kind = Kind::Text;
        value.text = std::move(text);
        return value;
    }
    static RawValue ofKind(Kind kind)
    {
        RawValue value;
        value.kind = kind;
        return value;
    }

    bool isAbsent() const { return kind == Kind::Absent || kind == Kind::Null; }
    /// As it would appear in the file: "two" in quotes, 12, true, null, an object...
    QString describe() const;
};

} // namespace packdesk
