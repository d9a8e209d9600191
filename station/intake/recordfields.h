#pragma once

#include "fieldpath.h"
#include "orderrecord.h"
#include "stringpool.h"

#include <optional>
#include <vector>

namespace packdesk {

/// Typed, checked reading of the raw fields of one record. Each getter
/// either yields a usable value or records a problem that names the field
/// and says why, in the words docs/order-format.md uses. null counts as absent.
class RecordFields
{
public:
    struct TextRule
    {
        int maxLength = 200;    ///< in characters (Unicode code points)
        bool multiline = false; ///< line breaks and tabs allowed
        bool trim = true;       ///< leading and trailing white space dropped
        bool pooled = false;    ///< repeats across orders: share one copy (see StringPool)
    };

    /// pool may be null: then nothing is shared.
    RecordFields(const OrderRecord& record, std::vector<ImportProblem>* problems, StringPool* pool);

    /// Each returns false when it recorded a problem; *out then holds the
    /// default. An absent optional field yields the default without a problem.
    bool text(const RawValue& value, const FieldPath& path, bool required, TextRule rule, QString* out);
    bool integer(const RawValue& value, const FieldPath& path, int min, int max,
                 std::optional<int> defaultValue, int* out);
    bool flag(const RawValue& value, const FieldPath& path, bool defaultValue, bool* out);
    /// Whether value is the object (or array) a field must be; reports it when not.
    bool object(const RawValue& value, const FieldPath& path);
    bool array(const RawValue& value, const FieldPath& path, bool required);

    /// The pooled copy of text (see TextRule::pooled).
    QString shared(QString&& text) { return m_pool ? m_pool->shared(std::move(text)) : std::move(text); }

    void fail(const FieldPath& path, const char* code, QString message);
    /// Appends ", got <value>" to message.
    void fail(const FieldPath& path, const char* code, const QString& message, const RawValue& got);

    static qsizetype codePointCount(QStringView text);

private:
    const OrderRecord& m_record;
    std::vector<ImportProblem>* m_problems;
    StringPool* m_pool;
};

} // namespace packdesk
