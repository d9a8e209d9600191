#include "documentfont.h"

#include <QFontDatabase>
#include <QStringList>

#include <mutex>

namespace packdesk::printing {

namespace {
const char* const kFontDirectory = "/usr/share/fonts/truetype/dejavu/";
const char* const kFontFiles[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};
} // namespace

Result<QString> documentFontFamily()
{
    static std::once_flag once;
    static Result<QString> family = Error{};
    std::call_once(once, [] {
        QString name;
        for (const char* file : kFontFiles) {
            const QString path = QString::fromLatin1(kFontDirectory) + QString::fromLatin1(file);
            const int id = QFontDatabase::addApplicationFont(path);
            if (id < 0) {
                family = Error{QStringLiteral("font_missing"),
                               QStringLiteral("The document font %1 is missing; install the Debian package "
                                              "fonts-dejavu-core.")
                                   .arg(path)};
                return;
            }
            if (name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        family = name;
    });
    return family;
}

} // namespace packdesk::printing
