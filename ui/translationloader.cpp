#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace parallax {

TranslationLoader::~TranslationLoader()
{
    unload();
}

QString TranslationLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::qtTranslationsDirectory()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

QString TranslationLoader::load(const QLocale &locale)
{
    unload();
    const QString prefix = QStringLiteral("_");
    // QTranslator::load(QLocale, ...) tries every UI language in order (on
    // Unix that includes $LANGUAGE), "de_AT" before "de".
    if (m_parallax.load(locale, QStringLiteral("parallax"), prefix, resourceDirectory())
        || m_parallax.load(QStringLiteral("parallax_en"), resourceDirectory()))
        m_parallaxInstalled = QCoreApplication::installTranslator(&m_parallax);
    // Qt ships no English qtbase translation: its source texts are English.
    if (m_qt.load(locale, QStringLiteral("qtbase"), prefix, qtTranslationsDirectory()))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    return m_parallaxInstalled ? m_parallax.language() : QString();
}

void TranslationLoader::unload()
{
    if (m_parallaxInstalled)
        QCoreApplication::removeTranslator(&m_parallax);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_parallaxInstalled = false;
    m_qtInstalled = false;
}

} // namespace parallax
