#include "intaketestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

std::ostream& operator<<(std::ostream& out, const QString& text)
{
    return out << text.toStdString();
}

namespace packdesk {

TempOrderFile::TempOrderFile(const QString& fileName, const QByteArray& bytes)
    : m_path(m_dir.filePath(fileName))
{
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QString fixturePath(const char* name)
{
    return QStringLiteral(INTAKE_FIXTURES_DIR "/") + QLatin1String(name);
}

QJsonObject validOrderObject(const QString& shop, const QString& number)
{
    const QJsonObject customer{
        {"name", "Kari Nordmann"}, {"email", "kari@example.no"}, {"locale", "nb-NO"}, {"previous_orders", 2}};
    const QJsonObject address{{"name", "Kari Nordmann"},
                              {"line1", "Storgata 1"},
                              {"postal_code", "0155"},
                              {"city", "Oslo"},
                              {"country", "NO"}};
    const QJsonObject first{{"sku", "SOCK-1"},
                            {"name", "Ullsokker"},
                            {"barcodes", QJsonArray{"7038010009457"}},
                            {"quantity", 2},
                            {"unit_weight_g", 120}};
    const QJsonObject second{{"sku", "MUG-1"},        {"name", "Krus"},       {"barcodes", QJsonArray{}},
                             {"quantity", 1},         {"unit_weight_g", 350}, {"fragile", true},
                             {"category", "ceramics"}};
    return QJsonObject{{"shop", shop},
                       {"number", number},
                       {"customer", customer},
                       {"shipping_address", address},
                       {"lines", QJsonArray{first, second}},
                       {"survey_url_template", "https://survey.example.no/r/{token}"},
                       {"return_portal_url_template", "https://returns.example.no/{rma}"}};
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

OrderFileContents readBytes(const QString& fileName, const QByteArray& bytes)
{
    const TempOrderFile file(fileName, bytes);
    return OrderFileReader::read(file.path());
}

const ImportProblem* problemFor(const std::vector<ImportProblem>& problems, const QString& field)
{
    for (const ImportProblem& problem : problems) {
        if (problem.field == field)
            return &problem;
    }
    return nullptr;
}

const ImportProblem* problemWithCode(const std::vector<ImportProblem>& problems, const QString& code)
{
    for (const ImportProblem& problem : problems) {
        if (problem.code == code)
            return &problem;
    }
    return nullptr;
}

std::string listProblems(const std::vector<ImportProblem>& problems)
{
    std::string text;
    for (const ImportProblem& problem : problems)
        text += "  [" + problem.code.toStdString() + "] " + problem.toString().toStdString() + "\n";
    return text.empty() ? std::string("  (no problems)\n") : text;
}

} // namespace packdesk
