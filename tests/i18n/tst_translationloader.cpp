#include "mainwindow.h"
#include "translationloader.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

QString trWindow(const char *text, int n = -1)
{
    return QCoreApplication::translate("parallax::MainWindow", text, nullptr, n);
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyShippedLanguageIsCompiledIn_data();
    void everyShippedLanguageIsCompiledIn();
    void germanTranslatesTheWindowsMenus();
    void russianUsesThreePluralForms_data();
    void russianUsesThreePluralForms();
    void unknownLanguageFallsBackToEnglishPlurals();
    void qtsOwnStringsFollowTheLanguage();
    void reloadingReplacesTheLanguage();
    void destroyingTheLoaderRestoresTheSourceTexts();

private:
    QTemporaryDir m_dir;
};

void TestTranslationLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never touch the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestTranslationLoader::everyShippedLanguageIsCompiledIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestTranslationLoader::everyShippedLanguageIsCompiledIn()
{
    QFETCH(QString, language);
    const QFileInfo qm(TranslationLoader::resourceDirectory() + QStringLiteral("/parallax_") + language
                       + QStringLiteral(".qm"));
    QVERIFY2(qm.exists(), qPrintable(qm.filePath()));
    QVERIFY(qm.size() > 0);
    TranslationLoader loader;
    QCOMPARE(loader.load(QLocale(language)).left(2), language);
}

void TestTranslationLoader::germanTranslatesTheWindowsMenus()
{
    {
        MainWindow english;
        QVERIFY(menuTitles(english).contains(QStringLiteral("&File")));
    }
    TranslationLoader loader;
    QCOMPARE(loader.load(QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de"));
    MainWindow german;
    const QStringList titles = menuTitles(german);
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u", ")));
    QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
    QVERIFY(!titles.contains(QStringLiteral("&File")));
    QCOMPARE(trWindow("%n article(s) compared", 2), QStringLiteral("2 Artikel verglichen"));
}

void TestTranslationLoader::russianUsesThreePluralForms_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1") << 1 << QStringLiteral("1 совпадение");
    QTest::newRow("3") << 3 << QStringLiteral("3 совпадения");
    QTest::newRow("5") << 5 << QStringLiteral("5 совпадений");
    QTest::newRow("11") << 11 << QStringLiteral("11 совпадений");
    QTest::newRow("21") << 21 << QStringLiteral("21 совпадение");
    QTest::newRow("24") << 24 << QStringLiteral("24 совпадения");
}

void TestTranslationLoader::russianUsesThreePluralForms()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    TranslationLoader loader;
    QCOMPARE(loader.load(QLocale(QLocale::Russian)), QStringLiteral("ru"));
    QCOMPARE(QCoreApplication::translate("parallax::MatchPanel", "%n match(es)", nullptr, count), expected);
}

void TestTranslationLoader::unknownLanguageFallsBackToEnglishPlurals()
{
    TranslationLoader loader;
    QCOMPARE(loader.load(QLocale(QLocale::Japanese)), QStringLiteral("en"));
    QCOMPARE(trWindow("%n article(s) compared", 1), QStringLiteral("1 article compared"));
    QCOMPARE(trWindow("%n article(s) compared", 4), QStringLiteral("4 articles compared"));
    QCOMPARE(trWindow("&File"), QStringLiteral("&File"));
}

void TestTranslationLoader::qtsOwnStringsFollowTheLanguage()
{
    const QString qtbase = QDir(TranslationLoader::qtTranslationsDirectory()).filePath(u"qtbase_de.qm"_s);
    if (!QFileInfo::exists(qtbase))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    TranslationLoader loader;
    loader.load(QLocale(QLocale::German));
    // The button box's standard buttons, as in every Parallax dialog.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslationLoader::reloadingReplacesTheLanguage()
{
    TranslationLoader loader;
    loader.load(QLocale(QLocale::German));
    QCOMPARE(trWindow("&File"), QStringLiteral("&Datei"));
    loader.load(QLocale(QLocale::Russian));
    QCOMPARE(trWindow("&File"), QStringLiteral("&Файл"));
}

void TestTranslationLoader::destroyingTheLoaderRestoresTheSourceTexts()
{
    {
        TranslationLoader loader;
        loader.load(QLocale(QLocale::German));
        QCOMPARE(trWindow("&File"), QStringLiteral("&Datei"));
    }
    QCOMPARE(trWindow("&File"), QStringLiteral("&File"));
}

QTEST_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
