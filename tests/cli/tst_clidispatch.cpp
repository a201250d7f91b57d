// classifyArguments and runCli in process: which command lines open the
// window and which run headless, and the exit codes of the top level.

#include "cli.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class tst_CliDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void topLevel_data();
    void topLevel();
    void compareIntoStringStream();
};

void tst_CliDispatch::classify_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("sample");

    const QString p = u"parallax"_s;
    QTest::newRow("no arguments: empty window") << QStringList {p} << true << QStringList() << false;
    QTest::newRow("files") << QStringList {p, u"a.txt"_s, u"b.html"_s} << true
                           << QStringList {u"a.txt"_s, u"b.html"_s} << false;
    QTest::newRow("sample") << QStringList {p, u"--sample"_s} << true << QStringList() << true;
    QTest::newRow("file named like an option after --")
        << QStringList {p, u"--"_s, u"--odd.txt"_s} << true << QStringList {u"--odd.txt"_s} << false;
    QTest::newRow("file named compare, given as a path")
        << QStringList {p, u"./compare"_s} << true << QStringList {u"./compare"_s} << false;
    QTest::newRow("compare") << QStringList {p, u"compare"_s, u"a.txt"_s} << false << QStringList() << false;
    QTest::newRow("pairs") << QStringList {p, u"pairs"_s, u"x.tsv"_s} << false << QStringList() << false;
    QTest::newRow("help") << QStringList {p, u"--help"_s} << false << QStringList() << false;
    QTest::newRow("help after files")
        << QStringList {p, u"a.txt"_s, u"-h"_s} << false << QStringList() << false;
    QTest::newRow("version") << QStringList {p, u"--version"_s} << false << QStringList() << false;
    QTest::newRow("unknown option is a usage error, headless")
        << QStringList {p, u"--bogus"_s, u"a.txt"_s} << false << QStringList() << false;
}

void tst_CliDispatch::classify()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, gui);
    QFETCH(QStringList, files);
    QFETCH(bool, sample);

    const Invocation invocation = classifyArguments(arguments);
    QCOMPARE(invocation.mode == Invocation::Mode::Gui, gui);
    QCOMPARE(invocation.files, files);
    QCOMPARE(invocation.sample, sample);
}

void tst_CliDispatch::topLevel_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    const QString p = u"parallax"_s;
    QTest::newRow("version") << QStringList {p, u"-v"_s} << 0 << u"parallax " PARALLAX_VERSION "\n"_s
                             << QString();
    QTest::newRow("unknown option") << QStringList {p, u"--bogus"_s} << 2 << QString()
                                    << u"parallax: Unknown option 'bogus'.\nTry 'parallax --help'.\n"_s;
    QTest::newRow("window request is not runCli's") << QStringList {p, u"a.txt"_s} << 2 << QString()
                                                    << u"parallax: no command given (compare or pairs)\n"
                                                       u"Try 'parallax --help'.\n"_s;
    QTest::newRow("empty argument list") << QStringList() << 2 << QString()
                                         << u"parallax: no command given (compare or pairs)\n"
                                            u"Try 'parallax --help'.\n"_s;
    QTest::newRow("compare usage error")
        << QStringList {p, u"compare"_s, u"--threads"_s, u"many"_s, u"a.txt"_s} << 2 << QString()
        << u"parallax compare: invalid value 'many' for --threads (expected an integer from 0 to 1024)\n"
           u"Try 'parallax --help'.\n"_s;
}

void tst_CliDispatch::topLevel()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    QCOMPARE(runCli(arguments, outStream, errStream), exitCode);
    QCOMPARE(outText, out);
    QCOMPARE(errText, err);
}

// A stream without a device (tests, embedding) still receives the JSON.
void tst_CliDispatch::compareIntoStringStream()
{
    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    const int code
        = runCli({u"parallax"_s, u"compare"_s, QStringLiteral(PARALLAX_TEST_DATA "/export/harbour-a.txt")},
                 outStream, errStream);
    QCOMPARE(code, 0);
    QCOMPARE(errText, QString());
    QVERIFY(outText.startsWith(u"{\"format\":\"parallax-comparison\""_s));
    QVERIFY(outText.endsWith(u"}\n"_s));
    QVERIFY(outText.contains(u"☕"_s));
}

QTEST_GUILESS_MAIN(tst_CliDispatch)
#include "tst_clidispatch.moc"
