#include "templatelibrary.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace packdesk::printing {

namespace {
const QString kBuiltIn = QStringLiteral(":/packdesk/templates");

/// Shop codes come from shops: one that is not a plain name must never
/// reach another directory ("../"), so it only ever gets the defaults.
bool isPlainName(const QString& shop)
{
    if (shop.isEmpty() || shop.size() > 64)
        return false;
    for (const QChar c : shop)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            return false;
    return shop != QLatin1String(".") && shop != QLatin1String("..");
}

QStringList languageChain(const QString& language)
{
    QStringList chain;
    const QString lower = language.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (!lower.isEmpty())
        chain << lower;
    const QString base = lower.section(QLatin1Char('-'), 0, 0);
    if (!base.isEmpty() && !chain.contains(base))
        chain << base;
    if (!chain.contains(QStringLiteral("en")))
        chain << QStringLiteral("en");
    return chain;
}
} // namespace

TemplateLibrary::TemplateLibrary(QStringList directories) : m_directories(std::move(directories))
{
    m_directories << kBuiltIn;
}

QStringList TemplateLibrary::builtInLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("nb"),
            QStringLiteral("fr")};
}

Result<TemplateFile> TemplateLibrary::load(const QString& shop, const QString& name, const QString& language) const
{
    QStringList bases;
    if (isPlainName(shop))
        bases << shop;
    bases << QStringLiteral("default");
    QStringList relative;
    for (const QString& base : bases)
        relative << base + QLatin1Char('/') + name + QStringLiteral(".%1.json");
    return loadFirst(relative, languageChain(language), name);
}

Result<TemplateFile> TemplateLibrary::loadShopProfile(const QString& shop) const
{
    QStringList relative;
    if (isPlainName(shop))
        relative << shop + QStringLiteral("/shop.json");
    relative << QStringLiteral("default/shop.json");
    return loadFirst(relative, {QString()}, QStringLiteral("shop profile"));
}

Result<TemplateFile> TemplateLibrary::loadFirst(const QStringList& relativePaths, const QStringList& languages,
                                                const QString& what) const
{
    // Language first: a shop's own card in English beats the default card in
    // the customer's language only when the shop has no card in that language.
    for (const QString& language : languages) {
        for (const QString& directory : m_directories) {
            for (const QString& pattern : relativePaths) {
                const QString relative = pattern.contains(QLatin1String("%1")) ? pattern.arg(language) : pattern;
                const QString path = directory + QLatin1Char('/') + relative;
                QFile file(path);
                if (!file.exists())
                    continue;
                if (!file.open(QIODevice::ReadOnly))
                    return Error{QStringLiteral("template_unreadable"),
                                 QStringLiteral("Cannot read the template %1: %2").arg(path, file.errorString())};
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
                if (parseError.error != QJsonParseError::NoError || !document.isObject())
                    return Error{QStringLiteral("template_invalid"),
                                 QStringLiteral("The template %1 is not a JSON object (at byte %2: %3).")
                                     .arg(path)
                                     .arg(parseError.offset)
                                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                       : QStringLiteral("not an object"))};
                return TemplateFile{document.object(), path, language.isEmpty() ? QString() : language};
            }
        }
    }
    return Error{QStringLiteral("template_missing"),
                 QStringLiteral("No %1 template was found in %2.").arg(what, m_directories.join(QStringLiteral(", ")))};
}

} // namespace packdesk::printing
