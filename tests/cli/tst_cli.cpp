// Runs the built parallax executable as a user would: exit codes, output
// streams and the JSON it writes.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString dataDir = QStringLiteral(PARALLAX_TEST_DATA "/export");

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON:" << error.errorString() << "at" << error.offset;
    return document.object();
}

QString codePointMid(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end > ucs4.size() || start > end)
        return u"<out of range>"_s;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void compareToStdout_data();
    void compareToStdout();
    void compareOffsetsAreCodePoints();
    void compareToFile();
    void compareToHtmlAndCsv();
    void compareWithMissingFile();
    void compareUnwritableOutput();
    void compareSameBytesForAnyThreadCount();
    void pairsLabelled();
    void pairsUnlabelled();
    void pairsBadFile();
    void pairsMissingFile();

private:
    Run run(const QStringList &arguments) const;
    QTemporaryDir m_dir; // working directory with copies of the inputs: paths as given are relative
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(PARALLAX_EXECUTABLE)), PARALLAX_EXECUTABLE);
    for (const QString &name : {u"harbour-a.txt"_s, u"harbour-b.txt"_s, u"harbour-zh.txt"_s, u"pairs.tsv"_s,
                                u"pairs-unlabelled.tsv"_s, u"pairs-bad.tsv"_s})
        QVERIFY2(QFile::copy(dataDir + u'/' + name, m_dir.filePath(name)), qPrintable(name));
}

Run tst_Cli::run(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(PARALLAX_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(240000)) {
        qWarning() << "parallax did not run:" << process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_Cli::version()
{
    const Run result = run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("parallax " PARALLAX_VERSION "\n"));
    QCOMPARE(result.err, QByteArray());
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList {u"--help"_s};
    QTest::newRow("-h") << QStringList {u"-h"_s};
    QTest::newRow("help with files") << QStringList {u"harbour-a.txt"_s, u"--help"_s};
    QTest::newRow("compare --help") << QStringList {u"compare"_s, u"--help"_s};
    QTest::newRow("pairs --help") << QStringList {u"pairs"_s, u"--help"_s};
}

// Help covers both the window and the headless commands.
void tst_Cli::help()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    for (const char *expected :
         {"parallax [FILE...]", "parallax --sample", "parallax compare", "parallax pairs", "--json OUT",
          "--html OUT", "--csv OUT", "--lang CODE", "--shared-threshold", "--paraphrase-threshold",
          "--threads", "--max-file-size", "--version", "Exit codes"})
        QVERIFY2(result.out.contains(expected), expected);
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of what stderr must say

    const QString a = u"harbour-a.txt"_s;
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("compare without files") << QStringList {u"compare"_s} << u"no input files"_s;
    QTest::newRow("compare unknown option") << QStringList {u"compare"_s, u"--bogus"_s, a} << u"bogus"_s;
    QTest::newRow("threads not a number")
        << QStringList {u"compare"_s, u"--threads"_s, u"abc"_s, a} << u"abc"_s;
    QTest::newRow("threads negative")
        << QStringList {u"compare"_s, u"--threads"_s, u"-1"_s, a} << u"threads"_s;
    QTest::newRow("shared threshold above 1")
        << QStringList {u"compare"_s, u"--shared-threshold"_s, u"1.5"_s, a} << u"shared-threshold"_s;
    QTest::newRow("paraphrase threshold not a number")
        << QStringList {u"compare"_s, u"--paraphrase-threshold"_s, u"high"_s, a} << u"high"_s;
    QTest::newRow("decimal comma") << QStringList {u"compare"_s, u"--shared-threshold"_s, u"0,8"_s, a}
                                   << u"0,8"_s;
    QTest::newRow("max file size zero")
        << QStringList {u"compare"_s, u"--max-file-size"_s, u"0"_s, a} << u"max-file-size"_s;
    QTest::newRow("language not a code")
        << QStringList {u"compare"_s, u"--lang"_s, u"english"_s, a} << u"english"_s;
    QTest::newRow("json without value") << QStringList {u"compare"_s, a, u"--json"_s} << u"json"_s;
    QTest::newRow("two outputs to stdout")
        << QStringList {u"compare"_s, u"--html"_s, u"-"_s, u"--json"_s, u"-"_s, a} << u"standard output"_s;
    QTest::newRow("html without value") << QStringList {u"compare"_s, a, u"--html"_s} << u"html"_s;
    QTest::newRow("csv without value") << QStringList {u"compare"_s, a, u"--csv"_s} << u"csv"_s;
    QTest::newRow("pairs without file") << QStringList {u"pairs"_s} << u"no input file"_s;
    QTest::newRow("pairs with two files")
        << QStringList {u"pairs"_s, u"pairs.tsv"_s, u"pairs.tsv"_s} << u"one"_s;
    QTest::newRow("pairs bad threshold")
        << QStringList {u"pairs"_s, u"--paraphrase-threshold"_s, u"2"_s, u"pairs.tsv"_s} << u"paraphrase"_s;
}

// Usage errors: exit code 2, a message on stderr, nothing on stdout, nothing written.
void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY2(result.err.contains("parallax --help"), result.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"out.html"_s)));
}

void tst_Cli::compareToStdout_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("--json -") << QStringList {u"--json"_s, u"-"_s};
    QTest::newRow("default") << QStringList();
    QTest::newRow("with settings") << QStringList {u"--lang"_s, u"en"_s,        u"--shared-threshold"_s,
                                                   u"0.85"_s,   u"--threads"_s, u"1"_s};
}

void tst_Cli::compareToStdout()
{
    QFETCH(QStringList, options);
    const Run result
        = run(QStringList {u"compare"_s} + options + QStringList {u"harbour-a.txt"_s, u"harbour-b.txt"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.err, QByteArray());

    const QJsonObject root = parseObject(result.out);
    QCOMPARE(root.value(u"format").toString(), u"parallax-comparison"_s);
    QCOMPARE(root.value(u"version").toString(), u"1.0"_s);
    const QJsonArray documents = root.value(u"documents").toArray();
    QCOMPARE(documents.size(), 2);
    const QStringList names {u"harbour-a.txt"_s, u"harbour-b.txt"_s};
    for (int d = 0; d < 2; ++d) {
        const QJsonObject document = documents.at(d).toObject();
        QCOMPARE(document.value(u"id").toInt(-1), d);
        QCOMPARE(document.value(u"path").toString(), names.at(d));
        QFile file(m_dir.filePath(names.at(d)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(document.value(u"sha256").toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(!document.value(u"sentences").toArray().isEmpty());
    }
    QVERIFY(root.value(u"errors").toArray().isEmpty());

    // The identical sentence of both articles must be linked as shared.
    bool foundShared = false;
    for (const QJsonValue &link : root.value(u"links").toArray())
        foundShared = foundShared || link.toObject().value(u"relation").toString() == u"shared";
    QVERIFY(foundShared);

    if (options.contains(u"--shared-threshold"_s)) {
        const QJsonObject settings = root.value(u"settings").toObject();
        QCOMPARE(settings.value(u"shared_threshold").toDouble(), 0.85);
        QCOMPARE(settings.value(u"language").toString(), u"en"_s);
    }
}

// Emoji and CJK: every sentence's start/end select its text by code points.
void tst_Cli::compareOffsetsAreCodePoints()
{
    const Run result = run({u"compare"_s, u"harbour-a.txt"_s, u"harbour-b.txt"_s, u"harbour-zh.txt"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject root = parseObject(result.out);
    const QJsonArray documents = root.value(u"documents").toArray();
    QCOMPARE(documents.size(), 3);
    int sentences = 0;
    for (const QJsonValue &document : documents) {
        const QString text = document.toObject().value(u"text").toString();
        for (const QJsonValue &value : document.toObject().value(u"sentences").toArray()) {
            const QJsonObject sentence = value.toObject();
            QCOMPARE(codePointMid(text, sentence.value(u"start").toInt(), sentence.value(u"end").toInt()),
                     sentence.value(u"text").toString());
            ++sentences;
        }
    }
    QVERIFY(sentences >= 10);
    // The emoji sentences are in there (so the offsets after them were checked).
    QVERIFY(result.out.contains("\xe2\x98\x95")); // ☕
    QVERIFY(result.out.contains("\xf0\x9f\x8e\xb6")); // 🎶
}

void tst_Cli::compareToFile()
{
    const QString output = u"result.json"_s;
    const Run result = run({u"compare"_s, u"--json"_s, output, u"harbour-a.txt"_s, u"harbour-b.txt"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray());
    QFile file(m_dir.filePath(output));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parseObject(file.readAll()).value(u"documents").toArray().size(), 2);
    // Written atomically: no temporary file is left behind.
    const QStringList leftovers
        = QDir(m_dir.path()).entryList({u"result.json*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList {output});
    QVERIFY(QFile::remove(m_dir.filePath(output)));
}

// --html and --csv write their files atomically and nothing to stdout (JSON
// goes to stdout only when no other output is asked for).
void tst_Cli::compareToHtmlAndCsv()
{
    const Run result = run({u"compare"_s, u"--html"_s, u"out.html"_s, u"--csv"_s, u"grid.csv"_s,
                            u"harbour-a.txt"_s, u"harbour-b.txt"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray());
    QFile html(m_dir.filePath(u"out.html"_s));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("<meta charset=\"utf-8\">"));
    QVERIFY(page.contains("id=\"doc-0\"") && page.contains("id=\"doc-1\"") && !page.contains("id=\"doc-2\""));
    QVERIFY(page.contains("harbour-a.txt"));
    QFile csv(m_dir.filePath(u"grid.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray grid = csv.readAll();
    QVERIFY(grid.startsWith("\xef\xbb\xbf"
                            "Claim,Sources,"));
    QVERIFY(grid.contains("\r\n"));
    const QStringList leftovers
        = QDir(m_dir.path()).entryList({u"out.html*"_s, u"grid.csv*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, (QStringList {u"grid.csv"_s, u"out.html"_s}));

    // The HTML alone to standard output.
    const Run piped = run({u"compare"_s, u"--html"_s, u"-"_s, u"harbour-a.txt"_s});
    QVERIFY2(piped.exitCode == 0, piped.err.constData());
    QVERIFY(piped.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(piped.out.trimmed().endsWith("</html>"));
}

// One bad input: exit 1, the reason on stderr, JSON for the others.
void tst_Cli::compareWithMissingFile()
{
    const Run result = run({u"compare"_s, u"harbour-a.txt"_s, u"missing.txt"_s, u"harbour-b.txt"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("missing.txt"), result.err.constData());
    const QJsonObject root = parseObject(result.out);
    const QJsonArray documents = root.value(u"documents").toArray();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).toObject().value(u"path").toString(), u"harbour-a.txt"_s);
    QCOMPARE(documents.at(1).toObject().value(u"path").toString(), u"harbour-b.txt"_s);
    const QJsonArray errors = root.value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"path").toString(), u"missing.txt"_s);
    QVERIFY(!errors.at(0).toObject().value(u"message").toString().isEmpty());
}

void tst_Cli::compareUnwritableOutput()
{
    for (const QString &option : {u"--json"_s, u"--html"_s, u"--csv"_s}) {
        const QString output = u"no-such-directory/out"_s;
        const Run result = run({u"compare"_s, option, output, u"harbour-a.txt"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no-such-directory/out"), result.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(output)));
    }
}

void tst_Cli::compareSameBytesForAnyThreadCount()
{
    const QStringList files {u"harbour-a.txt"_s, u"harbour-b.txt"_s, u"harbour-zh.txt"_s};
    const Run one = run(QStringList {u"compare"_s, u"--threads"_s, u"1"_s} + files);
    const Run two = run(QStringList {u"compare"_s, u"--threads"_s, u"2"_s} + files);
    const Run any = run(QStringList {u"compare"_s} + files);
    QCOMPARE(one.exitCode, 0);
    QVERIFY(!one.out.isEmpty());
    QCOMPARE(two.out, one.out);
    QCOMPARE(any.out, one.out);
}

void tst_Cli::pairsLabelled()
{
    const Run result = run({u"pairs"_s, u"pairs.tsv"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.err, QByteArray());
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);

    static const QRegularExpression pairLine(
        u"^(h\\d+)\\t(h\\d+)\\t(shared|paraphrased|unrelated)\\t([01]\\.\\d{4})$"_s);
    const QList<int> labels {1, 1, 1, 0, 0, 0}; // as in pairs.tsv
    int correct = 0, truePositives = 0, predictedPositives = 0;
    QHash<QString, QString> relationOf;
    for (int i = 0; i < 6; ++i) {
        const QRegularExpressionMatch match = pairLine.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(match.captured(1), u"h%1"_s.arg(2 * i + 1));
        QCOMPARE(match.captured(2), u"h%1"_s.arg(2 * i + 2));
        relationOf.insert(match.captured(1), match.captured(3));
        const bool predicted = match.captured(3) != u"unrelated";
        correct += predicted == (labels.at(i) == 1);
        truePositives += predicted && labels.at(i) == 1;
        predictedPositives += predicted;
    }
    QCOMPARE(relationOf.value(u"h1"_s), u"shared"_s); // identical sentences
    QCOMPARE(relationOf.value(u"h9"_s), u"unrelated"_s); // nothing in common

    static const QRegularExpression metricsLine(
        u"^accuracy=(\\d\\.\\d{4}) precision=(\\d\\.\\d{4}) recall=(\\d\\.\\d{4}) f1=(\\d\\.\\d{4})$"_s);
    const QRegularExpressionMatch metrics = metricsLine.match(lines.at(6));
    QVERIFY2(metrics.hasMatch(), qPrintable(lines.at(6)));
    // Consistent with the printed relations: shared or paraphrased counts as paraphrase.
    QCOMPARE(metrics.captured(1), QString::number(correct / 6.0, 'f', 4));
    const double precision = predictedPositives ? double(truePositives) / predictedPositives : 0.0;
    QCOMPARE(metrics.captured(2), QString::number(precision, 'f', 4));
    QCOMPARE(metrics.captured(3), QString::number(truePositives / 3.0, 'f', 4));
}

void tst_Cli::pairsUnlabelled()
{
    const Run result = run({u"pairs"_s, u"pairs-unlabelled.tsv"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // no metrics without labels
    QVERIFY(lines.at(0).startsWith(u"u1\tu2\tshared\t"_s));
}

void tst_Cli::pairsBadFile()
{
    const Run result = run({u"pairs"_s, u"pairs-bad.tsv"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("pairs-bad.tsv"), result.err.constData());
    QVERIFY2(result.err.contains("3"), result.err.constData()); // the line number
}

void tst_Cli::pairsMissingFile()
{
    const Run result = run({u"pairs"_s, u"no-such-pairs.tsv"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no-such-pairs.tsv"), result.err.constData());
    QCOMPARE(result.out, QByteArray());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
