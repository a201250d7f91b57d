#include "aboutdialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QtTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesTheLibrariesWithTheirVersions();
    void showsVersionLicenceAndLibraries();
    void carriesWordNetsNotice();
};

void TestAboutDialog::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
}

void TestAboutDialog::namesTheLibrariesWithTheirVersions()
{
    QHash<QString, QString> versions;
    for (const AboutDialog::Library &library : AboutDialog::libraries()) {
        versions.insert(library.name, library.version);
        QVERIFY(library.url.startsWith(u"https://"));
    }
    QCOMPARE(versions.value(u"Qt"_s), QString::fromLatin1(qVersion()));
    QVERIFY(versions.contains(u"Snowball (libstemmer)"_s));
    // Found by CMake or asked at run time: a version such as "72.1" or "1.20".
    const QRegularExpression version(u"^\\d+\\.\\d+"_s);
    for (const QString &name : {u"ICU"_s, u"dtl"_s, u"Gumbo"_s, u"MD4C"_s})
        QVERIFY2(version.match(versions.value(name)).hasMatch(),
                 qPrintable(name + u": "_s + versions.value(name)));
}

void TestAboutDialog::showsVersionLicenceAndLibraries()
{
    AboutDialog dialog;
    const auto *about = dialog.findChild<QLabel *>(u"aboutText"_s);
    QVERIFY(about);
    const QString text = about->text();
    QVERIFY(text.contains(QStringLiteral("Parallax " PARALLAX_VERSION)));
    QVERIFY(text.contains(u"MIT"_s));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"ICU"_s));
    QVERIFY(text.contains(u"dtl"_s));
    QVERIFY(text.contains(u"libstemmer"_s));
}

void TestAboutDialog::carriesWordNetsNotice()
{
    AboutDialog dialog;
    const auto *notice = dialog.findChild<QPlainTextEdit *>(u"wordNetNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->toPlainText().contains(u"WordNet 3.0 Copyright 2006 by Princeton University"_s));
    QVERIFY(notice->isReadOnly());
    // The notice must stay as WordNet wrote it: compare with the copy shipped next to the table.
    QFile license(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/wordnet/LICENSE"));
    QVERIFY(license.open(QIODevice::ReadOnly));
    const QString shipped = QString::fromUtf8(license.readAll());
    QVERIFY(shipped.endsWith(AboutDialog::wordNetNotice()));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
