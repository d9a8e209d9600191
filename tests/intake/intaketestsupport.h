#pragma once

#include "intake/importproblem.h"
#include "intake/orderfilereader.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <ostream>
#include <vector>

// Readable QString values in GoogleTest failure messages and in `<< text`.
void PrintTo(const QString& text, std::ostream* out);
std::ostream& operator<<(std::ostream& out, const QString& text);

namespace packdesk {

/// A file with the given name and exact bytes in a fresh temporary directory.
class TempOrderFile
{
public:
    TempOrderFile(const QString& fileName, const QByteArray& bytes);
    const QString& path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QString fixturePath(const char* name);

/// A complete, valid order in the JSON shape; tests change one thing in it.
QJsonObject validOrderObject(const QString& shop = QStringLiteral("nordlys"),
                             const QString& number = QStringLiteral("1001"));
/// One JSON Lines line (with its "\n") for an object.
QByteArray jsonLine(const QJsonObject& object);

/// Reads bytes as a file of the given name (its extension picks the format).
OrderFileContents readBytes(const QString& fileName, const QByteArray& bytes);

/// The first problem about this field (exact path), or nullptr.
const ImportProblem* problemFor(const std::vector<ImportProblem>& problems, const QString& field);
/// The first problem with this code, or nullptr.
const ImportProblem* problemWithCode(const std::vector<ImportProblem>& problems, const QString& code);
/// All problems, one per line, for assertion messages.
std::string listProblems(const std::vector<ImportProblem>& problems);

} // namespace packdesk
