#include "languagecontroller.h"

#include <QCoreApplication>
#include <QQmlEngine>

#include <array>

namespace packdesk::app {

namespace {
struct Language
{
    const char* code;
    const char* nativeName;
};
// The station's languages, in the order the picker shows them.
constexpr std::array<Language, 5> kLanguages = {{
    {"en", "English"},
    {"nl", "Nederlands"},
    {"de", "Deutsch"},
    {"nb", "Norsk bokmål"},
    {"fr", "Français"},
}};

const Language* find(const QString& code)
{
    for (const auto& language : kLanguages) {
        if (code == QLatin1String(language.code))
            return &language;
    }
    return nullptr;
}

/// "nb-NO", "nb_NO", "NB" -> "nb": packers' and customers' locales are BCP 47.
QString baseLanguage(const QString& locale)
{
    return locale.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).trimmed().toLower();
}
} // namespace

LanguageController::LanguageController(QObject* parent) : QObject(parent) {}

void LanguageController::setEngine(QQmlEngine* engine)
{
    m_engine = engine;
}

void LanguageController::setLanguage(const QString& language)
{
    QString code = baseLanguage(language);
    if (!find(code))
        code = QStringLiteral("en");
    if (code == m_language)
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // The source strings are English, so English needs no catalogue; nor is
    // a missing one an error: the screens then show English.
    auto translator = std::make_unique<QTranslator>();
    if (code != QLatin1String("en") &&
        translator->load(QStringLiteral(":/i18n/packdesk_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
    m_language = code;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

QStringList LanguageController::languages() const
{
    QStringList codes;
    for (const auto& language : kLanguages)
        codes << QString::fromLatin1(language.code);
    return codes;
}

QString LanguageController::nativeName(const QString& language) const
{
    const Language* found = find(baseLanguage(language));
    return found ? QString::fromUtf8(found->nativeName) : QString();
}

} // namespace packdesk::app
