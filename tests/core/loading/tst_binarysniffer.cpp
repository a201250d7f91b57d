#include "loading/binarysniffer.h"

#include <QTest>

using namespace parallax;

class TestBinarySniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void magic_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0", 10)
                             << QStringLiteral("binary file (PNG image)");
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0") << QStringLiteral("binary file (JPEG image)");
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0", 4)
                              << QStringLiteral("binary file (gzip archive)");
        QTest::newRow("exe") << QByteArray("MZ\x90\0\x03\0", 6)
                             << QStringLiteral("binary file (Windows executable)");
        QTest::newRow("docx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8)
                              << QStringLiteral("binary file (ZIP archive)");
        QTest::newRow("rtf") << QByteArray("{\\rtf1\\ansi Hello}")
                             << QStringLiteral("unsupported format (RTF document; save it as plain text)");
        QTest::newRow("text starting MZ") << QByteArray("MZ Holdings reported higher profits.") << QString();
        QTest::newRow("text starting ID3") << QByteArray("ID3 tags are metadata in MP3 files.") << QString();
        QTest::newRow("text starting GIF89a") << QByteArray("GIF89a is an image format.") << QString();
        QTest::newRow("plain") << QByteArray("Hello") << QString();
    }

    void magic()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QCOMPARE(BinarySniffer().checkMagic(bytes), reason);
    }

    void controlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("refused");
        QTest::newRow("text with tabs and form feed") << QStringLiteral("a\tb\fc\r\nd\ve") << false;
        QTest::newRow("one stray control")
            << QStringLiteral("Some ordinary text with one \x01 stray byte.") << false;
        QTest::newRow("many controls") << QStringLiteral("\x01\x02\x03\x04 abc\x05\x06") << true;
        QTest::newRow("replacement characters") << QString(50, QChar(0xFFFD)) << true;
        QTest::newRow("c1 controls") << QStringLiteral("ab\u0081\u0082\u0083\u0084") << true;
    }

    void controlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(bool, refused);
        QCOMPARE(!BinarySniffer().checkControlCharacters(text).isEmpty(), refused);
    }
};

QTEST_GUILESS_MAIN(TestBinarySniffer)
#include "tst_binarysniffer.moc"
