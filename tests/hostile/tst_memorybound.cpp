// Peak memory of `parallax compare` is bounded by a formula of its input:
//
//   peak RSS <= BaseKiB + BytesFactor x (total input bytes) + LinkBytes x (links)
//
// The constants hold the measured values (see the table in the report of
// issue 6 and the qInfo lines this test prints) with a margin of about two.
// The links term is there because links grow with the square of the number
// of documents when they all say the same thing (500 copies of one article).
// Each input runs in a fresh process (hostile_peakrss) whose peak RSS is read
// with getrusage on Linux; elsewhere the test skips.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// AddressSanitizer's shadow memory and quarantine inflate RSS several times:
// the bound is for normal builds.
#if defined(__SANITIZE_ADDRESS__)
#define PARALLAX_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARALLAX_ASAN 1
#endif
#endif

namespace {

constexpr qint64 BaseKiB = 64 * 1024;
constexpr qint64 BytesFactor = 160;
constexpr qint64 LinkBytes = 1024;

// Letters only, never an English word: "Bacaca".
QString pseudoWord(quint32 i)
{
    static const char consonants[] = "bcdfghklmnprstvz";
    static const char vowels[] = "aeiou";
    QString word;
    i += 17;
    do {
        word += QLatin1Char(consonants[i % 16]);
        word += QLatin1Char(vowels[(i / 16) % 5]);
        i /= 80;
    } while (i != 0);
    return word;
}

// A deterministic generator (the same inputs on every machine).
class Random
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33) % bound;
    }

private:
    quint64 m_state = 1;
};

QString sentence(Random &random)
{
    QStringList words;
    const quint32 count = 8 + random.next(22);
    for (quint32 i = 0; i < count; ++i)
        words << pseudoWord(random.next(3000));
    words[0][0] = words[0][0].toUpper();
    return words.join(u' ') + u'.';
}

// `documents` articles of `sentences` sentences in paragraphs of four; each
// sentence is the shared pool's at that position with probability 1/2, else new.
qint64 writeArticles(const QDir &dir, int documents, int sentences)
{
    Random random;
    QStringList pool;
    for (int s = 0; s < sentences; ++s)
        pool << sentence(random);
    qint64 bytes = 0;
    for (int d = 0; d < documents; ++d) {
        QString text;
        for (int s = 0; s < sentences; ++s) {
            text += random.next(2) == 0 ? pool[s] : sentence(random);
            text += s % 4 == 3 ? u"\n\n"_s : u" "_s;
        }
        QFile file(dir.filePath(u"doc%1.txt"_s.arg(d, 3, 10, QLatin1Char('0'))));
        const QByteArray utf8 = text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        bytes += utf8.size();
    }
    return bytes;
}

} // namespace

class TestMemoryBound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void peakStaysUnderTheBound_data();
    void peakStaysUnderTheBound();
};

void TestMemoryBound::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("peak memory is read with getrusage on Linux only");
#endif
#ifdef PARALLAX_ASAN
    QSKIP("built with AddressSanitizer, which inflates memory use several times");
#endif
}

void TestMemoryBound::peakStaysUnderTheBound_data()
{
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("sentences");
    QTest::newRow("2 x 50") << 2 << 50;
    QTest::newRow("4 x 100") << 4 << 100;
    QTest::newRow("4 x 400") << 4 << 400;
    QTest::newRow("4 x 1600") << 4 << 1600;
    QTest::newRow("32 x 100") << 32 << 100;
}

void TestMemoryBound::peakStaysUnderTheBound()
{
    QFETCH(int, documents);
    QFETCH(int, sentences);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"in"_s));
    const QDir in(dir.filePath(u"in"_s));
    const qint64 bytes = writeArticles(in, documents, sentences);
    const QString json = dir.filePath(u"out.json"_s);

    QStringList arguments {QStringLiteral(PARALLAX_EXECUTABLE), u"compare"_s, u"--json"_s, json};
    for (const QString &name : in.entryList(QDir::Files, QDir::Name))
        arguments << in.filePath(name);
    QProcess probe;
    probe.start(QStringLiteral(HOSTILE_PEAKRSS), arguments);
    QVERIFY2(probe.waitForFinished(300000), qPrintable(probe.errorString()));
    QCOMPARE(probe.exitCode(), 0);
    const qint64 peakKiB = probe.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(peakKiB > 0);

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 links = QJsonDocument::fromJson(file.readAll()).object().value(u"links"_s).toArray().size();
    QVERIFY(links > 0);

    const qint64 boundKiB = BaseKiB + (BytesFactor * bytes + LinkBytes * links) / 1024;
    qInfo("%d documents x %d sentences: %lld bytes, %lld links, peak %lld KiB (bound %lld KiB)", documents,
          sentences, bytes, links, peakKiB, boundKiB);
    QVERIFY2(peakKiB <= boundKiB,
             qPrintable(u"peak %1 KiB over the bound %2 KiB"_s.arg(peakKiB).arg(boundKiB)));
}

QTEST_GUILESS_MAIN(TestMemoryBound)
#include "tst_memorybound.moc"
