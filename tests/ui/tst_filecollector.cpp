#include "filecollector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;

class TestFileCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsFoldersRecursivelyToSupportedFiles();
    void survivesASymlinkLoop();
    void asksBeforeALargeFolder_data();
    void asksBeforeALargeFolder();
    void rejectsUnsupportedFilesByName();
};

namespace {

void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Text.");
}

} // namespace

void TestFileCollector::expandsFoldersRecursivelyToSupportedFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deeper")));
    touch(dir.filePath(QStringLiteral("a.txt")));
    touch(dir.filePath(QStringLiteral("b.pdf")));
    touch(dir.filePath(QStringLiteral("sub/c.html")));
    touch(dir.filePath(QStringLiteral("sub/deeper/d.MD")));
    const FileCollector::Collected collected = FileCollector().collect({dir.path()});
    QCOMPARE(collected.files,
             (QStringList {dir.filePath(QStringLiteral("a.txt")), dir.filePath(QStringLiteral("sub/c.html")),
                           dir.filePath(QStringLiteral("sub/deeper/d.MD"))}));
    QVERIFY(collected.rejected.empty()); // files a folder happens to hold are not errors
}

void TestFileCollector::survivesASymlinkLoop()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    touch(dir.filePath(QStringLiteral("sub/a.txt")));
    if (!QFile::link(dir.path(), dir.filePath(QStringLiteral("sub/loop"))))
        QSKIP("no symbolic links here");
    const FileCollector::Collected collected = FileCollector().collect({dir.path()});
    QCOMPARE(collected.files, QStringList {dir.filePath(QStringLiteral("sub/a.txt"))});
}

void TestFileCollector::asksBeforeALargeFolder_data()
{
    QTest::addColumn<bool>("answer");
    QTest::addColumn<int>("expected");
    QTest::newRow("yes") << true << 4;
    QTest::newRow("no") << false << 0;
}

void TestFileCollector::asksBeforeALargeFolder()
{
    QFETCH(bool, answer);
    QFETCH(int, expected);
    QTemporaryDir dir;
    for (int i = 0; i < 4; ++i)
        touch(dir.filePath(QStringLiteral("f%1.txt").arg(i)));
    QString askedFolder;
    int askedCount = 0;
    const FileCollector collector(
        [&](const QString &folder, int count) {
            askedFolder = folder;
            askedCount = count;
            return answer;
        },
        3);
    QCOMPARE(int(collector.collect({dir.path()}).files.size()), expected);
    QCOMPARE(askedFolder, dir.path());
    QCOMPARE(askedCount, 4);

    // At the limit: no question.
    askedCount = 0;
    QCOMPARE(FileCollector(
                 [&](const QString &, int count) {
                     askedCount = count;
                     return false;
                 },
                 4)
                 .collect({dir.path()})
                 .files.size(),
             4);
    QCOMPARE(askedCount, 0);
}

void TestFileCollector::rejectsUnsupportedFilesByName()
{
    QTemporaryDir dir;
    touch(dir.filePath(QStringLiteral("report.pdf")));
    touch(dir.filePath(QStringLiteral("ok.htm")));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const FileCollector::Collected collected = FileCollector().collect(
        {dir.filePath(QStringLiteral("report.pdf")), dir.filePath(QStringLiteral("ok.htm")), missing});
    QCOMPARE(collected.files, (QStringList {dir.filePath(QStringLiteral("ok.htm")), missing}));
    QCOMPARE(collected.rejected.size(), size_t(1));
    QCOMPARE(collected.rejected[0].path, dir.filePath(QStringLiteral("report.pdf")));
    QVERIFY(collected.rejected[0].message.contains(QStringLiteral("unsupported")));
}

QTEST_MAIN(TestFileCollector)
#include "tst_filecollector.moc"
