// Files that move under our feet: symbolic-link loops in a dropped folder,
// files deleted or changed between listing (FileCollector) and reading
// (ComparisonJob). Each case asserts what is opened and the exact errors.
#include "filecollector.h"
#include "matching/comparisonjob.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QStringList canonical(const QStringList &paths)
{
    QStringList result;
    for (const QString &path : paths)
        result << QFileInfo(path).canonicalFilePath();
    result.sort();
    return result;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symlinkLoopsEndAndEachRealFileComesOnce();
    void filesThatVanishOrChangeAfterListingAreNamed();
};

void TestHostileFiles::symlinkLoopsEndAndEachRealFileComesOnce()
{
    // drop/a.txt, drop/sub/b.md, drop/sub/deeper/c.html, and links:
    //   drop/sub/deeper/up -> drop (loop to an ancestor), drop/self -> drop/sub,
    //   drop/alias.txt -> drop/a.txt (a second name for one file),
    //   drop/x.txt -> drop/y.txt -> drop/x.txt (a loop between two links).
    QTemporaryDir dir;
    const QString drop = dir.filePath(u"drop"_s);
    writeFile(drop + u"/a.txt"_s, "Alpha sentence.");
    writeFile(drop + u"/sub/b.md"_s, "Beta sentence.");
    writeFile(drop + u"/sub/deeper/c.html"_s, "<p>Gamma sentence.</p>");
    if (!QFile::link(drop, drop + u"/sub/deeper/up"_s))
        QSKIP("no symbolic links here");
    QVERIFY(QFile::link(drop + u"/sub"_s, drop + u"/self"_s));
    QVERIFY(QFile::link(drop + u"/a.txt"_s, drop + u"/alias.txt"_s));
    QVERIFY(QFile::link(drop + u"/y.txt"_s, drop + u"/x.txt"_s));
    QVERIFY(QFile::link(drop + u"/x.txt"_s, drop + u"/y.txt"_s));

    const FileCollector::Collected collected = FileCollector().collect({drop, drop + u"/sub"_s});
    QVERIFY(collected.rejected.empty());
    QCOMPARE(collected.files.size(), 3);
    QCOMPARE(canonical(collected.files),
             canonical({drop + u"/a.txt"_s, drop + u"/sub/b.md"_s, drop + u"/sub/deeper/c.html"_s}));
}

void TestHostileFiles::filesThatVanishOrChangeAfterListingAreNamed()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"articles"_s);
    const QByteArray story = "The ferry sailed again on Monday. Its crew of 12 was praised by the mayor.";
    writeFile(folder + u"/1-kept.txt"_s, story);
    writeFile(folder + u"/2-deleted.txt"_s, story);
    writeFile(folder + u"/3-emptied.txt"_s, story);
    writeFile(folder + u"/4-now-binary.txt"_s, story);
    writeFile(folder + u"/5-now-folder.txt"_s, story);
    writeFile(folder + u"/6-kept.txt"_s, story);

    const QStringList files = FileCollector().collect({folder}).files;
    QCOMPARE(files.size(), 6);

    // Between listing and reading:
    QVERIFY(QFile::remove(files[1]));
    writeFile(files[2], {});
    writeFile(files[3], QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    QVERIFY(QFile::remove(files[4]));
    QVERIFY(QDir().mkpath(files[4]));

    const Comparison comparison = ComparisonJob(ComparisonInput {files, {}}, ComparisonOptions {}).run();
    const std::vector<Error> expected {
        {files[1], u"file not found"_s},
        {files[2], u"empty file"_s},
        {files[3], u"binary file (PNG image)"_s},
        {files[4], u"is a directory, not a file"_s},
    };
    QCOMPARE(comparison.errors.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(comparison.errors[i], expected[i]);
    QCOMPARE(comparison.documents.size(), size_t(2));
    QCOMPARE(comparison.documents[0].article.path, files[0]);
    QCOMPARE(comparison.documents[1].article.path, files[5]);
    QCOMPARE(comparison.links.size(), size_t(2)); // both sentences shared
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
