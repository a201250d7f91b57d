// No lost work: a save that dies half way (killed, or refused by the disk)
// leaves the previous file byte-identical and no stray files beside it. The
// writers run in a child process (hostile_writer, or the parallax CLI itself)
// so they can be killed or limited with RLIMIT_FSIZE, as a full disk would.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QByteArray oldBytes = "{\"the previous file\": true, \"must survive\": \"byte for byte\"}\n";

QStringList samples()
{
    const QDir dir(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples"));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// What may remain in the folder after a failed save besides the target:
// nothing, or QSaveFile's own temporary name ("target.XXXXXX") when the
// process was killed before it could clean up.
QStringList strayFiles(const QDir &dir, const QString &target)
{
    const QRegularExpression saveFileTemp(u"^"_s + QRegularExpression::escape(QFileInfo(target).fileName())
                                          + u"\\.[A-Za-z0-9]{6}$"_s);
    QStringList stray;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (name == QFileInfo(target).fileName())
            continue;
        if (saveFileTemp.match(name).hasMatch())
            qInfo("QSaveFile temporary left behind by the killed writer: %s", qPrintable(name));
        else
            stray << name;
    }
    return stray;
}

} // namespace

class TestNoLostWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileSizeLimitLeavesTheOldFile_data();
    void fileSizeLimitLeavesTheOldFile();
    void killMidWriteLeavesTheOldFile();
    void failedFirstSaveLeavesNoFile();

private:
    static void limitFileSize(QProcess &process, qint64 bytes);
};

void TestNoLostWork::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("RLIMIT_FSIZE and SIGKILL are used as on Linux");
#endif
}

void TestNoLostWork::limitFileSize(QProcess &process, qint64 bytes)
{
#ifdef Q_OS_LINUX
    // In the child, before exec: async-signal-safe calls only. With SIGXFSZ
    // ignored, a write past the limit fails with EFBIG instead of killing.
    process.setChildProcessModifier([bytes] {
        const rlimit limit {rlim_t(bytes), rlim_t(bytes)};
        setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN);
    });
#else
    Q_UNUSED(process);
    Q_UNUSED(bytes);
#endif
}

void TestNoLostWork::fileSizeLimitLeavesTheOldFile_data()
{
    QTest::addColumn<QStringList>("arguments"); // of hostile_writer; %1 is the target
    QTest::addColumn<QString>("error"); // %1 is the target
    QTest::addColumn<int>("exitCode");

    // Qt 6.4 reports a short write (the disk took part of the data, so there
    // is no errno) as "Unknown error"; the point is that it is reported at all.
    QTest::newRow("session") << QStringList {u"session"_s, u"%1"_s, u"4"_s} << u"%1: Unknown error\n"_s << 2;
    QTest::newRow("small session") << QStringList {u"session"_s, u"%1"_s, u"0"_s} << u"%1: Unknown error\n"_s
                                   << 2;
    QTest::newRow("ui export") << QStringList {u"atomic"_s, u"%1"_s, u"4"_s} << u"%1: Unknown error\n"_s << 2;
    QTest::newRow("small ui export") << QStringList {u"atomic"_s, u"%1"_s, u"0"_s} << u"%1: Unknown error\n"_s
                                     << 2;
    const QString cliError = u"parallax: cannot write %1: Unknown error\n"_s;
    for (const QString &format : {u"--json"_s, u"--html"_s, u"--csv"_s}) {
        QTest::addRow("cli %s", qPrintable(format))
            << (QStringList {u"cli"_s, u"compare"_s, format, u"%1"_s} + samples()) << cliError << 1;
    }
}

void TestNoLostWork::fileSizeLimitLeavesTheOldFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(int, exitCode);

    QTemporaryDir dir;
    const QString target = dir.filePath(u"saved.out"_s);
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(oldBytes), oldBytes.size());
    }
    for (QString &argument : arguments)
        argument.replace(u"%1"_s, target);

    QProcess process;
    limitFileSize(process, 1024); // every output here is larger (the small session: 2 KB)
    process.start(QStringLiteral(HOSTILE_WRITER), arguments);
    QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(QString::fromLocal8Bit(process.readAllStandardError()), error.arg(target));
    QCOMPARE(process.exitCode(), exitCode);

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), oldBytes);
    QCOMPARE(strayFiles(QDir(dir.path()), target), QStringList());
}

void TestNoLostWork::killMidWriteLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"export.html"_s);
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(oldBytes), oldBytes.size());
    }
    QProcess process;
    process.start(QStringLiteral(HOSTILE_WRITER), {u"atomic-pause"_s, target, u"8"_s});
    QVERIFY(process.waitForStarted());
    // The writer says "writing" after its first 64 KiB went to the file, then waits.
    while (!process.canReadLine())
        QVERIFY2(process.waitForReadyRead(60000), "the writer never started writing");
    QCOMPARE(process.readLine(), QByteArray("writing\n"));
    process.kill(); // SIGKILL: no handler, no cleanup
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), oldBytes);
    QCOMPARE(strayFiles(QDir(dir.path()), target), QStringList());
}

void TestNoLostWork::failedFirstSaveLeavesNoFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"new.parallax"_s);
    QProcess process;
    limitFileSize(process, 1024);
    process.start(QStringLiteral(HOSTILE_WRITER), {u"session"_s, target, u"1"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(strayFiles(QDir(dir.path()), target), QStringList());
}

QTEST_GUILESS_MAIN(TestNoLostWork)
#include "tst_nolostwork.moc"
