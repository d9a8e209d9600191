#pragma once

#include <QString>

namespace packdesk {

/// One thing wrong with an order file: where (record, line, order), which
/// field, and why, so a person can fix the file without guessing.
struct ImportProblem
{
    enum class Scope
    {
        Record, ///< this record (order) is rejected; others may still be imported
        File,   ///< the file as a whole is unusable: nothing from it is imported
    };

    Scope scope = Scope::Record;
    /// Stable machine code for tests and tools, e.g. "missing_field",
    /// "invalid_field", "invalid_json", "invalid_utf8", "duplicate_order",
    /// "conflicting_values", "invalid_csv", "missing_columns", "empty_file",
    /// "file_too_large", "unknown_format", "cannot_open", "too_many_problems",
    /// "storage_failed".
    QString code;
    int record = 0;  ///< 1-based record (order) number in the file; 0 for file-level problems
    int line = 0;    ///< 1-based file line the problem points at; 0 when there is none
    QString shop;    ///< the order's shop, when it could be read
    QString number;  ///< the order's number, when it could be read
    QString field;   ///< path in the JSON shape, e.g. "lines[2].quantity"; empty for the whole record
    QString column;  ///< the CSV column holding field, when the file is CSV
    QString message; ///< why, e.g. "must be an integer from 1 to 9999, got \"two\""

    bool isFileLevel() const { return scope == Scope::File; }

    /// One line for people, e.g.
    /// `line 14, record 3 (nordlys/10042), lines[2].quantity: must be an integer from 1 to 9999, got "two"`.
    /// The file name is not included: the caller prefixes it when useful.
    QString toString() const;
};

} // namespace packdesk
