#pragma once

#include <QString>
#include <QTranslator>

class QLocale;

namespace parallax {

// Installs Parallax's own translation (compiled in under :/i18n) and Qt's
// qtbase translation for one locale, so the standard dialogs and buttons speak
// the same language as the window. Uses QtCore only: the headless commands
// load it too. The translators stay installed while the loader lives.
class TranslationLoader
{
public:
    TranslationLoader() = default;
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // Replaces what an earlier load() installed. Falls back to English, whose
    // translation supplies the plural forms ("1 article", "2 articles") that
    // the source texts leave open. Returns the language of Parallax's
    // translation ("de"), empty when none could be loaded.
    QString load(const QLocale &locale);

    // Where the translations are looked for; tests point these elsewhere.
    static QString resourceDirectory();
    static QString qtTranslationsDirectory();

private:
    void unload();

    QTranslator m_parallax;
    QTranslator m_qt;
    bool m_parallaxInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace parallax
