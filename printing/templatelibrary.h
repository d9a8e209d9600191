#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace packdesk::printing {

/// A template file, parsed, with where it came from (for error messages).
struct TemplateFile
{
    QJsonObject content;
    QString path;     ///< the file read, e.g. "/etc/packdesk/templates/acme/card.nl.json"
    QString language; ///< the language actually found ("en" when the asked one is missing)
};

/// Finds a shop's document templates, which shops change without a rebuild.
///
/// Layout of a template directory (docs/printing.md):
///     <dir>/<shop>/card.<lang>.json    the shop's own texts, per language
///     <dir>/<shop>/label.<lang>.json
///     <dir>/<shop>/shop.json           display name and return address
///     <dir>/default/...                 used for shops without their own
/// Directories are searched in order; the built-in defaults
/// (":/packdesk/templates", from printing/templates/) come last. For each
/// directory the shop's file is tried before default/, and the asked language
/// ("nb-NO" tries "nb") before English.
class TemplateLibrary
{
public:
    /// Directories to search before the built-in defaults.
    explicit TemplateLibrary(QStringList directories = {});

    /// name: "card", "label". template_missing when no file in any language
    /// exists; template_invalid (with the path and JSON error) when the file
    /// is not a JSON object.
    Result<TemplateFile> load(const QString& shop, const QString& name, const QString& language) const;
    /// shop.json for the shop, or default/shop.json.
    Result<TemplateFile> loadShopProfile(const QString& shop) const;

    const QStringList& directories() const { return m_directories; }

    /// The languages the built-in templates come in.
    static QStringList builtInLanguages();

private:
    Result<TemplateFile> loadFirst(const QStringList& relativePaths, const QStringList& languages,
                                   const QString& what) const;

    QStringList m_directories; ///< includes the built-in directory last
};

} // namespace packdesk::printing
