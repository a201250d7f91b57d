#include "loading/articleloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace parallax;

namespace QTest {
// Readable failures: "path: message".
template<> char *toString(const Error &error)
{
    return qstrdup(qPrintable(error.path + u": " + error.message));
}
} // namespace QTest

namespace {

QStringList blockTexts(const Article &article)
{
    QStringList result;
    for (const TextSpan &span : article.blocks)
        result.append(article.text.sliced(span.start, span.length()));
    return result;
}

} // namespace

class TestArticleLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

    static QString dataPath(const QString &name)
    {
        return QStringLiteral(PARALLAX_TEST_DATA "/loading/") + name;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void utf8PlainText()
    {
        const QByteArray bytes = "Headline of the day\n\nFirst paragraph, with a comma.\r\nSecond line.\n";
        const QString path = write(QStringLiteral("plain.txt"), bytes);
        const Result<Article> result = ArticleLoader().loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const Article &article = result.value();
        QCOMPARE(article.path, path);
        QCOMPARE(article.format, QStringLiteral("text"));
        QCOMPARE(article.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(article.text,
                 QStringLiteral("Headline of the day\n\nFirst paragraph, with a comma.\nSecond line.\n"));
        QCOMPARE(
            blockTexts(article),
            (QStringList {QStringLiteral("Headline of the day"),
                          QStringLiteral("First paragraph, with a comma."), QStringLiteral("Second line.")}));
        QCOMPARE(article.title, QStringLiteral("Headline of the day"));
        QCOMPARE(article.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(article.outlet.isEmpty());
        QVERIFY(article.date.isEmpty());
    }

    void titleFallsBackToFileName()
    {
        const Result<Article> result = ArticleLoader().loadBytes(
            "This first line is a full sentence.\nAnd another.\n", QStringLiteral("/x/report-7.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().title, QStringLiteral("report-7"));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");

        const QString english
            = QStringLiteral("Café owners in the old town said the “new” rules were unfair.\n");
        const QString russian = QStringLiteral(
            "Президент России провёл встречу с главой соседнего государства в Сочи. Стороны обсудили "
            "экономическое сотрудничество, поставки энергии и строительство новой дороги через перевал.\n");
        const QString latin1 = QStringLiteral(
            "Le maire a déclaré à la presse que la fête aura lieu à la mi-août, près du château, "
            "malgré les réserves exprimées par les élus de l'opposition.\n");

        QTest::newRow("utf-8") << english.toUtf8() << QStringLiteral("UTF-8") << english;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + english.toUtf8()) << QStringLiteral("UTF-8")
                                   << english;
        QTest::newRow("utf-16le bom")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)(english))
            << QStringLiteral("UTF-16LE") << english;
        QTest::newRow("utf-16be bom")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom)(english))
            << QStringLiteral("UTF-16BE") << english;
        QTest::newRow("utf-16le no bom") << QByteArray(QStringEncoder(QStringEncoder::Utf16LE)(english))
                                         << QStringLiteral("UTF-16LE") << english;
        QTest::newRow("utf-16be no bom") << QByteArray(QStringEncoder(QStringEncoder::Utf16BE)(english))
                                         << QStringLiteral("UTF-16BE") << english;
        QTest::newRow("utf-32le bom")
            << QByteArray(QStringEncoder(QStringEncoder::Utf32LE, QStringEncoder::Flag::WriteBom)(english))
            << QStringLiteral("UTF-32LE") << english;
        QTest::newRow("utf-16le russian")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)(russian))
            << QStringLiteral("UTF-16LE") << russian;
        QTest::newRow("utf-16le russian no bom")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE)(russian)) << QStringLiteral("UTF-16LE")
            << russian;
        QTest::newRow("utf-16be russian no bom")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16BE)(russian)) << QStringLiteral("UTF-16BE")
            << russian;
        QTest::newRow("utf-8 russian") << russian.toUtf8() << QStringLiteral("UTF-8") << russian;
        QTest::newRow("windows-1251") << cp1251(russian) << QStringLiteral("windows-1251") << russian;
        QTest::newRow("koi8-r") << koi8r(russian) << QStringLiteral("KOI8-R") << russian;
        QTest::newRow("iso-8859-1") << latin1.toLatin1() << QStringLiteral("ISO-8859-1") << latin1;
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const Result<Article> result = ArticleLoader().loadBytes(bytes, QStringLiteral("encoded.txt"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().encoding, encoding);
        QCOMPARE(result.value().text, text);
    }

    void decorationLinesAreNotBlocks()
    {
        const Result<Article> result = ArticleLoader().loadBytes(
            "Part one.\n\n* * *\n\n-----\nPart two, 2018.\n", QStringLiteral("d.txt"));
        QVERIFY(result.ok());
        QCOMPARE(blockTexts(result.value()),
                 (QStringList {QStringLiteral("Part one."), QStringLiteral("Part two, 2018.")}));
        QVERIFY(result.value().text.contains(u"* * *"));

        const Result<Article> symbols = ArticleLoader().loadBytes("* * *\n---\n", QStringLiteral("s.txt"));
        QVERIFY(!symbols.ok());
        QCOMPARE(symbols.error().message, QStringLiteral("no readable text found"));
    }

    void lineEndingsAndBom()
    {
        const Result<Article> result
            = ArticleLoader().loadBytes("\xEF\xBB\xBFOne.\r\nTwo.\rThree.\n", QStringLiteral("endings.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().text, QStringLiteral("One.\nTwo.\nThree.\n"));
        QCOMPARE(result.value().blocks.size(), 3);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        QByteArray elf("\x7F"
                       "ELF\x02\x01\x01\0\0\0\0\0",
                       12);
        QByteArray zip("PK\x03\x04\x14\0\0\0", 8);
        QByteArray nul("Some text\0with a NUL byte inside it.", 36);
        QByteArray controls;
        for (int i = 0; i < 200; ++i)
            controls += char(0x01 + i % 7) + QByteArray("abc");

        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("whitespace") << QByteArray(" \n\t\r\n  \n")
                                    << QStringLiteral("no text (the file contains only whitespace)");
        QTest::newRow("png") << png << QStringLiteral("binary file (PNG image)");
        QTest::newRow("elf") << elf << QStringLiteral("binary file (ELF executable)");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
                             << QStringLiteral("binary file (PDF document)");
        QTest::newRow("zip") << zip << QStringLiteral("binary file (ZIP archive)");
        QTest::newRow("nul") << nul << QStringLiteral("binary file (contains NUL bytes)");
        QByteArray samples;
        for (int i = 0; i < 300; ++i)
            samples += char(1 + i % 30) + QByteArray(1, '\0');
        QTest::newRow("16-bit samples")
            << samples << QStringLiteral("binary file (too many control characters)");
        QTest::newRow("controls") << controls << QStringLiteral("binary file (too many control characters)");
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("bad.txt"), bytes);
        const Result<Article> result = ArticleLoader().loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), (Error {path, message}));
    }

    void randomBinaryIsRefused()
    {
        QByteArray bytes;
        quint32 state = 12345;
        for (int i = 0; i < 4096; ++i) {
            state = state * 1664525u + 1013904223u;
            bytes += char(state >> 24);
        }
        const Result<Article> result = ArticleLoader().loadBytes(bytes, QStringLiteral("noise.txt"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(u"binary file"), qPrintable(result.error().message));
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist.txt"));
        const Result<Article> result = ArticleLoader().loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), (Error {path, QStringLiteral("file not found")}));
    }

    void directory()
    {
        const Result<Article> result = ArticleLoader().loadFile(m_dir.path());
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), (Error {m_dir.path(), QStringLiteral("is a directory, not a file")}));
    }

    void deviceIsNotARegularFile()
    {
        // A device never ends or lies about its size: refused before reading.
        const QString path = QStringLiteral("/dev/zero");
        if (!QFileInfo::exists(path))
            QSKIP("no /dev/zero on this system");
        const Result<Article> result = ArticleLoader().loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), (Error {path, QStringLiteral("not a regular file")}));
    }

    void unreadableFile()
    {
        const QString path = write(QStringLiteral("secret.txt"), "Top secret text.\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that ignore file permissions");
        const Result<Article> result = ArticleLoader().loadFile(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), (Error {path, QStringLiteral("cannot open the file (permission denied)")}));
    }

    void sizeLimitRefusesUnread()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(2 * 1024 * 1024)); // sparse: nothing to read if the check came too late
        file.close();
        const Result<Article> result = ArticleLoader(LoadOptions {1000}).loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(),
                 (Error {path, QStringLiteral("file too large (2.0 MB; the limit is 1000 bytes)")}));

        const Result<Article> bytes
            = ArticleLoader(LoadOptions {10}).loadBytes("Eleven byte", QStringLiteral("b.txt"));
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().message, QStringLiteral("file too large (11 bytes; the limit is 10 bytes)"));
    }

    void htmlPage()
    {
        const Result<Article> result
            = ArticleLoader().loadFile(dataPath(QStringLiteral("news-article.html")));
        QVERIFY(result.ok());
        const Article &article = result.value();
        QCOMPARE(article.format, QStringLiteral("html"));
        QCOMPARE(article.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(article.title, QStringLiteral("Old ferry terminal to become a covered market"));
        QCOMPARE(article.outlet, QStringLiteral("The Coastal Courier"));
        QCOMPARE(article.date, QStringLiteral("2024-03-14T09:30:00+01:00"));
        QCOMPARE(blockTexts(article).value(2).left(40),
                 QStringLiteral("The harbour commission voted on Tuesday "));
        QVERIFY(!article.text.contains(u"cookies"));
        QVERIFY(!article.text.contains(u"Related articles"));
    }

    void htmlDeclaredLegacyCharset()
    {
        const Result<Article> result = ArticleLoader().loadFile(dataPath(QStringLiteral("cp1251-page.html")));
        QVERIFY(result.ok());
        const Article &article = result.value();
        QCOMPARE(article.encoding, QStringLiteral("windows-1251"));
        QCOMPARE(article.title, QStringLiteral("Новый мост через реку откроют осенью"));
        QCOMPARE(
            blockTexts(article),
            (QStringList {QStringLiteral("Новый мост через реку откроют осенью"),
                          QStringLiteral("Строительство нового моста через реку в северной части города "
                                         "завершится к сентябрю, сообщили в городской администрации."),
                          QStringLiteral("По словам подрядчика, рабочие уже закончили укладку пролётов и "
                                         "приступили к асфальтированию проезжей части."),
                          QStringLiteral("Мост длиной около трёхсот метров соединит новый жилой район с "
                                         "центром города и сократит время в пути почти вдвое.")}));
    }

    void htmlUtf16WithBom()
    {
        const QString html
            = QStringLiteral("<html><head><meta charset=\"windows-1251\"><title>Wide</title></head>"
                             "<body><p>Text in UTF-16 despite the stale declaration.</p></body></html>");
        const QByteArray bytes
            = QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)(html);
        const Result<Article> result = ArticleLoader().loadBytes(bytes, QStringLiteral("wide.html"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(result.value().text, QStringLiteral("Text in UTF-16 despite the stale declaration."));
    }

    void brokenHtml()
    {
        const Result<Article> result = ArticleLoader().loadFile(dataPath(QStringLiteral("broken-page.htm")));
        QVERIFY(result.ok());
        QCOMPARE(result.value().format, QStringLiteral("html"));
        QCOMPARE(blockTexts(result.value()).value(0), QStringLiteral("Storm closes the coast road"));
    }

    void deepHtmlIsRefusedQuickly()
    {
        const QByteArray bytes = "<html><body>" + QByteArray("<div>").repeated(100000) + "text"
            + QByteArray("</div>").repeated(100000) + "</body></html>";
        const QString path = write(QStringLiteral("deep.html"), bytes);
        const Result<Article> result = ArticleLoader().loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(),
                 (Error {path, QStringLiteral("HTML nested too deeply (more than 512 levels)")}));
    }

    void moderatelyDeepHtmlLoads()
    {
        const QByteArray bytes
            = QByteArray("<div>").repeated(400) + "Deep but fine." + QByteArray("</div>").repeated(400);
        const Result<Article> result = ArticleLoader().loadBytes(bytes, QStringLiteral("deepish.html"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().text, QStringLiteral("Deep but fine."));
    }

    void htmlWithoutText()
    {
        const QString path = write(QStringLiteral("empty-page.html"),
                                   "<html><head><title>Nothing</title><script>var a = 1;</script></head>"
                                   "<body><img src=x.png><!-- comment --></body></html>");
        const Result<Article> result = ArticleLoader().loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), (Error {path, QStringLiteral("no readable text found")}));
    }

    void markdownFile()
    {
        const QByteArray bytes
            = "Intro line without a heading.\n\n# Harbour *market* opens\n\nThe market opened "
              "with [forty stalls](http://x.org).\n";
        const Result<Article> result = ArticleLoader().loadBytes(bytes, QStringLiteral("notes/story.md"));
        QVERIFY(result.ok());
        const Article &article = result.value();
        QCOMPARE(article.format, QStringLiteral("markdown"));
        QCOMPARE(article.title, QStringLiteral("Harbour market opens"));
        QCOMPARE(blockTexts(article),
                 (QStringList {QStringLiteral("Intro line without a heading."),
                               QStringLiteral("Harbour market opens"),
                               QStringLiteral("The market opened with forty stalls.")}));
    }

    void markdownTitleFallsBackToFirstBlock()
    {
        const Result<Article> result = ArticleLoader().loadBytes("Market opens\n\nThe market opened today.\n",
                                                                 QStringLiteral("m.markdown"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().format, QStringLiteral("markdown"));
        QCOMPARE(result.value().title, QStringLiteral("Market opens"));
    }

    void hardWrappedFile()
    {
        QString text = QStringLiteral("THE HARBOUR BOOK\n\n");
        const QString sentence
            = QStringLiteral("The boats came in with the tide and the gulls followed them ");
        for (int paragraph = 0; paragraph < 3; ++paragraph) {
            QString line;
            for (int i = 0; i < 8; ++i) {
                for (const QString &word : sentence.split(u' ', Qt::SkipEmptyParts)) {
                    if (line.size() + 1 + word.size() > 70) {
                        text += line + u'\n';
                        line.clear();
                    }
                    line += line.isEmpty() ? word : u' ' + word;
                }
            }
            text += line + QStringLiteral(".\n\n");
        }
        const Result<Article> result = ArticleLoader().loadBytes(text.toUtf8(), QStringLiteral("book.txt"));
        QVERIFY(result.ok());
        const Article &article = result.value();
        QCOMPARE(article.blocks.size(), 4);
        QCOMPARE(blockTexts(article).first(), QStringLiteral("THE HARBOUR BOOK"));
        QVERIFY(blockTexts(article).at(1).count(u'\n') >= 5);
        QCOMPARE(article.title, QStringLiteral("THE HARBOUR BOOK"));
    }

    void largeTextLoads()
    {
        // Loading must stay linear: a megabyte of text is a few milliseconds
        // (not asserted: the machine is shared and noisy).
        QByteArray bytes;
        const QByteArray line = "A sentence of an ordinary kind, written to fill a large file quickly.\n";
        while (bytes.size() < 1024 * 1024)
            bytes += line;
        const Result<Article> result = ArticleLoader().loadBytes(bytes, QStringLiteral("large.txt"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().blocks.size(), bytes.size() / line.size());
    }

    void defaultLimitIsFiftyMegabytes() { QCOMPARE(LoadOptions().maxBytes, 50LL * 1024 * 1024); }

    void sochiSamples()
    {
        const QDir dir(QStringLiteral(PARALLAX_SHARED_DIR "/samples/sochi-2018"));
        const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("../shared/samples/sochi-2018 is not available");
        QCOMPARE(files.size(), 5);
        for (const QString &name : files) {
            const Result<Article> result = ArticleLoader().loadFile(dir.filePath(name));
            QVERIFY2(result.ok(), qPrintable(name));
            const Article &article = result.value();
            QCOMPARE(article.encoding, QStringLiteral("UTF-8"));
            QVERIFY(article.blocks.size() >= 5);
            for (const TextSpan &block : article.blocks) {
                QVERIFY(!block.isEmpty());
                QVERIFY(!article.text.at(block.start).isSpace());
                QVERIFY(!article.text.at(block.end - 1).isSpace());
            }
            QVERIFY(!article.title.isEmpty());
        }
    }

private:
    static QByteArray cp1251(const QString &text) { return encodeWith(text, "windows-1251"); }
    static QByteArray koi8r(const QString &text) { return encodeWith(text, "KOI8-R"); }
    static QByteArray encodeWith(const QString &text, const char *name);
};

// Qt 6.4 encodes only Unicode and Latin-1 itself; legacy code pages come from ICU.
QByteArray TestArticleLoader::encodeWith(const QString &text, const char *name)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
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

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
