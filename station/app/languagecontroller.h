#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace packdesk::app {

/// The station's language: follows the logged-in packer and can be switched
/// on screen. Installs the compiled translation (.qm, built from
/// qml/i18n/*.ts by lrelease into the binary's resources) and asks the QML
/// engine to re-evaluate every qsTr() binding.
class LanguageController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
public:
    explicit LanguageController(QObject* parent = nullptr);
    void setEngine(QQmlEngine* engine);

    /// "en", "nl", "de", "nb", "fr"
    QString language() const { return m_language; }
    /// Unknown codes fall back to English.
    void setLanguage(const QString& language);
    QStringList languages() const;
    /// The language's own name: "Nederlands", "Norsk bokmål", ...
    Q_INVOKABLE QString nativeName(const QString& language) const;

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    QQmlEngine* m_engine = nullptr;
};

} // namespace packdesk::app
