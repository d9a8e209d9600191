#include "recordfields.h"

#include <cmath>

namespace packdesk {

namespace {

using Kind = RawValue::Kind;

QString rangeText(int min, int max)
{
    return QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max);
}

bool hasForbiddenControl(QStringView text, bool multiline)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != 0x7F)
            continue;
        if (multiline && (u == u'\n' || u == u'\t' || u == u'\r'))
            continue;
        return true;
    }
    return false;
}

} // namespace

RecordFields::RecordFields(const OrderRecord& record, std::vector<ImportProblem>* problems, StringPool* pool)
    : m_record(record), m_problems(problems), m_pool(pool)
{
}

void RecordFields::fail(const FieldPath& path, const char* code, QString message)
{
    ImportProblem problem;
    problem.code = QLatin1String(code);
    problem.record = m_record.index;
    problem.line = m_record.line;
    // In CSV each line item has its own row: point at that row.
    if (path.parent == QLatin1String("lines") && path.index >= 0 &&
        size_t(path.index) < m_record.itemLines.size())
        problem.line = m_record.itemLines[size_t(path.index)];
    problem.field = path.toString();
    if (m_record.columnForPath)
        problem.column = m_record.columnForPath(problem.field);
    problem.message = std::move(message);
    m_problems->push_back(std::move(problem));
}

void RecordFields::fail(const FieldPath& path, const char* code, const QString& message, const RawValue& got)
{
    fail(path, code, message + QStringLiteral(", got ") + got.describe());
}

qsizetype RecordFields::codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

bool RecordFields::text(const RawValue& value, const FieldPath& path, bool required, TextRule rule,
                        QString* out)
{
    out->clear();
    if (value.isAbsent()) {
        if (!required)
            return true;
        fail(path, "missing_field",
             value.kind == Kind::Null ? QStringLiteral("is required, got null")
                                      : QStringLiteral("is required"));
        return false;
    }
    if (value.kind != Kind::Text) {
        fail(path, "invalid_field", QStringLiteral("must be a string"), value);
        return false;
    }
    QString text = rule.trim ? value.text.trimmed() : value.text;
    if (text.isEmpty()) {
        if (!required)
            return true; // "" means "not given" for an optional field
        fail(path, "missing_field", QStringLiteral("is required, got an empty string"));
        return false;
    }
    // QString counts UTF-16 units; only count code points when it matters.
    if (text.size() > rule.maxLength && codePointCount(text) > rule.maxLength) {
        fail(path, "invalid_field",
             QStringLiteral("must be at most %1 characters, got %2")
                 .arg(rule.maxLength)
                 .arg(codePointCount(text)));
        return false;
    }
    if (hasForbiddenControl(text, rule.multiline)) {
        fail(path, "invalid_field",
             rule.multiline
                 ? QStringLiteral("must not contain control characters other than line breaks and tabs")
                 : QStringLiteral("must be one line of text without tabs or control characters"));
        return false;
    }
    *out = rule.pooled ? shared(std::move(text)) : std::move(text);
    return true;
}

bool RecordFields::integer(const RawValue& value, const FieldPath& path, int min, int max,
                           std::optional<int> defaultValue, int* out)
{
    *out = defaultValue.value_or(0);
    if (value.isAbsent()) {
        if (defaultValue)
            return true;
        fail(path, "missing_field", QStringLiteral("is required (%1)").arg(rangeText(min, max)));
        return false;
    }
    if (value.kind == Kind::Number) {
        if (std::trunc(value.number) == value.number && value.number >= min && value.number <= max) {
            *out = int(value.number);
            return true;
        }
    } else if (value.kind == Kind::Text && m_record.textValues) {
        bool ok = false;
        const qlonglong number = QStringView(value.text).trimmed().toLongLong(&ok);
        if (ok && number >= min && number <= max) {
            *out = int(number);
            return true;
        }
    } else if (value.kind == Kind::Text) {
        // Likely "quantity": "2": say exactly what to change.
        fail(
            path, "invalid_field",
            rangeText(min, max) +
                QStringLiteral(", got %1 (a string; write the number without quotes)").arg(value.describe()));
        return false;
    }
    fail(path, "invalid_field", rangeText(min, max), value);
    return false;
}

bool RecordFields::flag(const RawValue& value, const FieldPath& path, bool defaultValue, bool* out)
{
    *out = defaultValue;
    if (value.isAbsent())
        return true;
    if (value.kind == Kind::Bool) {
        *out = value.boolean;
        return true;
    }
    if (value.kind == Kind::Text && m_record.textValues) {
        const QString text = value.text.trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes")) {
            *out = true;
            return true;
        }
        if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no")) {
            *out = false;
            return true;
        }
        fail(path, "invalid_field", QStringLiteral("must be true, false, 1, 0, yes or no"), value);
        return false;
    }
    fail(path, "invalid_field", QStringLiteral("must be true or false"), value);
    return false;
}

bool RecordFields::object(const RawValue& value, const FieldPath& path)
{
    if (value.kind == Kind::Object)
        return true;
    if (value.isAbsent())
        fail(path, "missing_field", QStringLiteral("is required (an object {...})"));
    else
        fail(path, "invalid_field", QStringLiteral("must be an object {...}"), value);
    return false;
}

bool RecordFields::array(const RawValue& value, const FieldPath& path, bool required)
{
    if (value.kind == Kind::Array)
        return true;
    if (value.isAbsent()) {
        if (required)
            fail(path, "missing_field", QStringLiteral("is required (an array [...])"));
        return !required;
    }
    fail(path, "invalid_field", QStringLiteral("must be an array [...]"), value);
    return false;
}

} // namespace packdesk
