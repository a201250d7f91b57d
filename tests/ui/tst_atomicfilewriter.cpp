#include "atomicfilewriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace parallax;

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheWholeFile();
    void aFailingWriterLeavesTheOldFile();
};

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestAtomicFileWriter::writesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(!AtomicFileWriter().write(path, [](QIODevice &device) { return device.write("hello") == 5; }));
    QCOMPARE(contents(path), QByteArray("hello"));
}

void TestAtomicFileWriter::aFailingWriterLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(!AtomicFileWriter().write(path, [](QIODevice &device) { return device.write("old") == 3; }));
    const std::optional<Error> error = AtomicFileWriter().write(path, [](QIODevice &device) {
        device.write("half-writ");
        return false; // the exporter gave up midway
    });
    QVERIFY(error);
    QCOMPARE(error->path, path);
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("a.txt")});
}

QTEST_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"
