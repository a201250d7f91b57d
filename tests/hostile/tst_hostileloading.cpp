// Hostile inputs to ArticleLoader: each case asserts the exact error or the
// exact result. Inputs are generated here, in a temporary folder.
#include "loading/articleloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// Peak resident set size of this process in KiB; -1 where unknown.
qint64 peakRssKiB()
{
#ifdef Q_OS_LINUX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_maxrss; // KiB on Linux
#endif
    return -1;
}

QByteArray elfHeader()
{
    QByteArray bytes("\x7F"
                     "ELF\x02\x01\x01",
                     7);
    bytes.append(QByteArray(57, '\0'));
    bytes.append("some readable strings after the header");
    return bytes;
}

QByteArray pngHeader()
{
    QByteArray bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    bytes.append(QByteArray(200, '\x7F'));
    return bytes;
}

} // namespace

class TestHostileLoading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, while this process's peak memory is still small.
    void sparse200MegabyteFileIsRefusedWithoutReadingIt();
    void refused_data();
    void refused();
    void invalidUtf8AmongMuchUtf8KeepsUtf8();
    void invalidUtf8InAsciiIsReadAsALegacyCodePage();
    void utf16WithoutByteOrderMark_data();
    void utf16WithoutByteOrderMark();
    void fiveMegabyteLineWithoutPunctuationIsOneBlock();
    void tenThousandOneWordSentences();
    void deeplyNestedHtmlIsRefusedBeforeParsing();
    void nestingAtTheCapStillLoads();
    void megabyteAttributeIsIgnored();
    void vanishedFileIsNamed();
    void unreadableFileIsNamed();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestHostileLoading::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestHostileLoading::sparse200MegabyteFileIsRefusedWithoutReadingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(200LL * 1024 * 1024)); // sparse: no 200 MB on disk
    }
    const qint64 before = peakRssKiB();
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    const qint64 after = peakRssKiB();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().path, path);
    QCOMPARE(loaded.error().message, QStringLiteral("file too large (200.0 MB; the limit is 50.0 MB)"));
    if (before < 0)
        QSKIP("peak memory is measured on Linux only (getrusage); the error was checked");
    // Reading the file would raise the peak by 200 MB (its bytes) at least.
    QVERIFY2(after - before < 20 * 1024,
             qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(after - before)));
}

void TestHostileLoading::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << u"empty file"_s;
    QTest::newRow("empty html") << u"empty.html"_s << QByteArray() << u"empty file"_s;
    QTest::newRow("whitespace") << u"blank.txt"_s << QByteArray(" \t\r\n\n   \n\f\v  ")
                                << u"no text (the file contains only whitespace)"_s;
    QTest::newRow("unicode whitespace")
        << u"blank2.txt"_s << QByteArray("\xC2\xA0\xE2\x80\x83\xE3\x80\x80\n\xE2\x80\xA9")
        << u"no text (the file contains only whitespace)"_s;
    QTest::newRow("whitespace html") << u"blank.html"_s << QByteArray("<html><body>  \n </body></html>")
                                     << u"no readable text found"_s;
    QTest::newRow("NUL bytes") << u"nul.txt"_s
                               << QByteArray("Some text\0with\0NUL\0bytes\0and more\0\0\0\0 here.", 43)
                               << u"binary file (contains NUL bytes)"_s;
    QTest::newRow("only NUL") << u"zeros.txt"_s << QByteArray(4096, '\0')
                              << u"binary file (contains NUL bytes)"_s;
    QTest::newRow("PNG") << u"picture.txt"_s << pngHeader() << u"binary file (PNG image)"_s;
    QTest::newRow("PNG as html") << u"picture.html"_s << pngHeader() << u"binary file (PNG image)"_s;
    QTest::newRow("ELF") << u"program.md"_s << elfHeader() << u"binary file (ELF executable)"_s;
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char(1 + (i * 37) % 255)); // every byte but NUL, no magic
    QTest::newRow("random bytes") << u"noise.txt"_s << noise
                                  << u"binary file (too many control characters)"_s;
    QTest::newRow("only punctuation")
        << u"rule.txt"_s << QByteArray("* * *\n\n-----\n\n...") << u"no readable text found"_s;
}

void TestHostileLoading::refused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = write(name, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), (Error {path, message}));
}

void TestHostileLoading::invalidUtf8AmongMuchUtf8KeepsUtf8()
{
    // A spliced file: real UTF-8 with a lone continuation byte and a truncated sequence.
    // 3 invalid bytes (\x80, and \xE2 \x82 cut short) among 63 valid multi-byte characters.
    const QByteArray valid = "Caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
                             "e na\xC3\xAFve \xC3\xA0 la fa\xC3\xA7"
                             "ade \xC3\xA9t\xC3\xA9. ";
    const QByteArray bytes = valid.repeated(7) + "\x80 broken \xE2\x82 end.";
    const QString path = write(u"spliced.txt"_s, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().encoding, u"UTF-8"_s);
    const QString sentence = u"Café crème brûlée naïve à la façade été. "_s;
    QCOMPARE(loaded.value().text.first(7 * sentence.size()), sentence.repeated(7));
    // Qt's decoder replaces each byte of a cut-short sequence (a browser would write one U+FFFD).
    QCOMPARE(loaded.value().text.sliced(7 * sentence.size()), u"\uFFFD broken \uFFFD\uFFFD end."_s);
}

void TestHostileLoading::invalidUtf8InAsciiIsReadAsALegacyCodePage()
{
    // Overlong and out-of-range sequences in otherwise ASCII text: not UTF-8, so a code page.
    const QByteArray bytes = "The council met on Tuesday \xC0\xAF and again \xF8\x88 on Friday \xFF"
                             " to discuss the budget for the coming year.";
    const QString path = write(u"overlong.txt"_s, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QVERIFY(loaded.value().encoding != u"UTF-8"_s);
    QVERIFY(loaded.value().text.startsWith(u"The council met on Tuesday "_s));
    QVERIFY(loaded.value().text.endsWith(u" to discuss the budget for the coming year."_s));
    QVERIFY(!loaded.value().text.contains(QChar(0xFFFD)));
}

void TestHostileLoading::utf16WithoutByteOrderMark_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("LE") << true << u"UTF-16LE"_s;
    QTest::newRow("BE") << false << u"UTF-16BE"_s;
}

void TestHostileLoading::utf16WithoutByteOrderMark()
{
    QFETCH(bool, littleEndian);
    QFETCH(QString, encoding);
    const QString text = QStringLiteral("Флот вышел в море в понедельник. The ferry sailed on Monday.");
    QByteArray bytes;
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
    }
    const QString path = write(u"wide.txt"_s, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().encoding, encoding);
    QCOMPARE(loaded.value().text, text);
}

void TestHostileLoading::fiveMegabyteLineWithoutPunctuationIsOneBlock()
{
    // Decided: a line without punctuation is one block (one paragraph); the
    // loader does not invent breaks. See tst_hostilescale for what analysis makes of it.
    QByteArray line;
    line.reserve(5 * 1024 * 1024 + 16);
    for (int i = 0; line.size() < 5 * 1024 * 1024; ++i)
        line.append("word").append(QByteArray::number(i % 1000)).append(' ');
    line.chop(1);
    const QString path = write(u"line.txt"_s, line);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().text.size(), line.size());
    QCOMPARE(loaded.value().blocks.size(), 1);
    QCOMPARE(loaded.value().blocks.first().start, 0);
    QCOMPARE(loaded.value().blocks.first().end, line.size());
    QCOMPARE(loaded.value().title, u"line"_s); // no headline: the file name
}

void TestHostileLoading::tenThousandOneWordSentences()
{
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i)
        bytes.append("Word").append(QByteArray::number(i)).append(". ");
    const QString path = write(u"words.txt"_s, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().blocks.size(), 1); // one paragraph; sentences are the analyzer's
    QCOMPARE(loaded.value().text.size(), bytes.size());
    QCOMPARE(loaded.value().text, QString::fromLatin1(bytes));
}

void TestHostileLoading::deeplyNestedHtmlIsRefusedBeforeParsing()
{
    QByteArray bytes = "<!DOCTYPE html><html><body>";
    bytes.reserve(100000 * 16);
    for (int i = 0; i < 100000; ++i)
        bytes.append("<div>");
    bytes.append("deep text");
    for (int i = 0; i < 100000; ++i)
        bytes.append("</div>");
    bytes.append("</body></html>");
    const QString path = write(u"deep.html"_s, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), (Error {path, u"HTML nested too deeply (more than 512 levels)"_s}));

    // Unclosed tags nest too (the parser would open them all).
    QByteArray unclosed = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        unclosed.append("<span>a ");
    const QString path2 = write(u"unclosed.html"_s, unclosed);
    const Result<Article> loaded2 = ArticleLoader().loadFile(path2);
    QVERIFY(!loaded2);
    QCOMPARE(loaded2.error(), (Error {path2, u"HTML nested too deeply (more than 512 levels)"_s}));
}

void TestHostileLoading::nestingAtTheCapStillLoads()
{
    // 500 div levels plus html/body/p stay under the 512 cap and load.
    QByteArray bytes = "<html><body>";
    for (int i = 0; i < 500; ++i)
        bytes.append("<div>");
    bytes.append("<p>The text at the bottom of the well is still read.</p>");
    for (int i = 0; i < 500; ++i)
        bytes.append("</div>");
    bytes.append("</body></html>");
    const QString path = write(u"nested.html"_s, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().text, u"The text at the bottom of the well is still read."_s);
}

void TestHostileLoading::megabyteAttributeIsIgnored()
{
    QByteArray bytes = "<html><head><title>Ferry back</title></head><body><p data-x=\"";
    bytes.append(QByteArray(1024 * 1024, 'x'));
    bytes.append("\">The ferry sailed again on Monday.</p><img alt=\"");
    bytes.append(QByteArray(1024 * 1024, 'y'));
    bytes.append("\"></body></html>");
    const QString path = write(u"attribute.html"_s, bytes);
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().title, u"Ferry back"_s);
    QCOMPARE(loaded.value().text, u"The ferry sailed again on Monday."_s);
}

void TestHostileLoading::vanishedFileIsNamed()
{
    const QString path = write(u"vanishing.txt"_s, "Here now.");
    QVERIFY(QFile::remove(path));
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), (Error {path, u"file not found"_s}));
}

void TestHostileLoading::unreadableFileIsNamed()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("running as root, which reads any file whatever its permissions");
#endif
    const QString path = write(u"secret.txt"_s, "A secret nobody may read.");
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    const Result<Article> loaded = ArticleLoader().loadFile(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), (Error {path, u"cannot open the file (permission denied)"_s}));
}

QTEST_GUILESS_MAIN(TestHostileLoading)
#include "tst_hostileloading.moc"
