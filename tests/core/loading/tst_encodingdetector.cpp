#include "loading/encodingdetector.h"

#include <QStringEncoder>
#include <QTest>

#include <unicode/ucnv.h>

using namespace parallax;

namespace {

QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    QByteArray bytes(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length
        = ucnv_fromUChars(converter, bytes.data(), int32_t(bytes.size()),
                          reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        qFatal("cannot encode test text");
    bytes.resize(length);
    return bytes;
}

const QString Russian
    = QStringLiteral("Строительство нового моста через реку завершится к сентябрю, сообщили в "
                     "городской администрации. Рабочие уже закончили укладку пролётов.");
const QString French
    = QStringLiteral("Le maire a déclaré à la presse que la fête aura lieu à la mi-août, près du "
                     "château, malgré les réserves exprimées par l'opposition.");

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");

        QTest::newRow("ascii") << QByteArray("plain ascii") << QByteArray() << QStringLiteral("UTF-8")
                               << QStringLiteral("plain ascii");
        QTest::newRow("utf-8 bom stripped") << QByteArray("\xEF\xBB\xBFok") << QByteArray()
                                            << QStringLiteral("UTF-8") << QStringLiteral("ok");
        QTest::newRow("utf-32be bom") << QByteArray("\0\0\xFE\xFF\0\0\0o\0\0\0k", 12) << QByteArray()
                                      << QStringLiteral("UTF-32BE") << QStringLiteral("ok");
        QTest::newRow("windows-1251")
            << encode(Russian, "windows-1251") << QByteArray() << QStringLiteral("windows-1251") << Russian;
        QTest::newRow("koi8-r") << encode(Russian, "KOI8-R") << QByteArray() << QStringLiteral("KOI8-R")
                                << Russian;
        QTest::newRow("iso-8859-1") << encode(French, "ISO-8859-1") << QByteArray()
                                    << QStringLiteral("ISO-8859-1") << French;
        const QString curly
            = QStringLiteral("The mayor said the \u201Cfestival\u201D would go ahead \u2013 whatever the "
                             "weather \u2013 and that the caf\u00E9 owners\u2019 complaints were heard.");
        QTest::newRow("windows-1252")
            << encode(curly, "windows-1252") << QByteArray() << QStringLiteral("windows-1252") << curly;
        QTest::newRow("declared windows-1251")
            << encode(Russian, "windows-1251") << QByteArray("windows-1251") << QStringLiteral("windows-1251")
            << Russian;
        QTest::newRow("declared latin1 is windows-1252")
            << QByteArray("caf\xE9 \x93quoted\x94") << QByteArray("iso-8859-1")
            << QStringLiteral("windows-1252") << QStringLiteral("café “quoted”");
        QTest::newRow("stale declaration, utf-8 bytes")
            << Russian.toUtf8() << QByteArray("windows-1251") << QStringLiteral("UTF-8") << Russian;
        QTest::newRow("unknown declaration")
            << Russian.toUtf8() << QByteArray("x-no-such-charset") << QStringLiteral("UTF-8") << Russian;
        QTest::newRow("declared utf-16 in ascii page") << QByteArray("plain") << QByteArray("utf-16")
                                                       << QStringLiteral("UTF-8") << QStringLiteral("plain");
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, declared);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const Result<DecodedText> result = EncodingDetector().decode(bytes, declared);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().encoding, encoding);
        QCOMPARE(result.value().text, text);
    }

    void mostlyUtf8StaysUtf8()
    {
        // A truncated or spliced file: one broken byte in good UTF-8.
        const QByteArray bytes = Russian.toUtf8() + "\xFF" + Russian.toUtf8();
        const Result<DecodedText> result = EncodingDetector().decode(bytes);
        QVERIFY(result.ok());
        QCOMPARE(result.value().encoding, QStringLiteral("UTF-8"));
        QCOMPARE(result.value().text, Russian + QChar(0xFFFD) + Russian);
    }

    void nulBytesWithoutUtf16PatternAreBinary()
    {
        const Result<DecodedText> result
            = EncodingDetector().decode(QByteArray("\x01\x02\0\0\x05\0\xFF\0\0\x09", 10));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("binary file (contains NUL bytes)"));
    }

    void invalidUtf16IsRefused()
    {
        // A lone high surrogate after the BOM.
        const Result<DecodedText> result = EncodingDetector().decode(QByteArray("\xFF\xFE\x3D\xD8\x41\0", 6));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 QStringLiteral("cannot decode the text as UTF-16LE (invalid code units)"));
    }

    void decodeWithUnknownCharset()
    {
        const Result<DecodedText> result = EncodingDetector().decodeWith("abc", "x-no-such-charset");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("unknown encoding \"x-no-such-charset\""));
    }

    void decodeWithReportsStandardName()
    {
        const Result<DecodedText> result = EncodingDetector().decodeWith(encode(Russian, "cp1251"), "cp1251");
        QVERIFY(result.ok());
        QCOMPARE(result.value().encoding, QStringLiteral("windows-1251"));
        QCOMPARE(result.value().text, Russian);
    }
};

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
