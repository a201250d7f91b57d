#include "similarity/sentencepairreader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Result<std::vector<SentencePair>> readBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return SentencePairReader::read(buffer, QStringLiteral("pairs.tsv"));
}

const QByteArray header = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n";

} // namespace

class tst_SentencePairReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelledWithBom();
    void quotesAndCrLf();
    void missingLabels();
    void noLabelColumn();
    void malformed_data();
    void malformed();
    void notUtf8();
    void missingFile();
};

void tst_SentencePairReader::labelledWithBom()
{
    const auto result = readBytes("\xEF\xBB\xBF" + header + "1\t11\t12\tThe cat sat.\tA cat sat.\n"
                                  + "0\t21\t22\tIt rained.\tIt was sunny.\n");
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const auto &pairs = result.value();
    QCOMPARE(pairs.size(), size_t(2));
    QCOMPARE(pairs[0].label, 1);
    QCOMPARE(pairs[0].id1, u"11"_s);
    QCOMPARE(pairs[0].id2, u"12"_s);
    QCOMPARE(pairs[0].text1, u"The cat sat."_s);
    QCOMPARE(pairs[0].text2, u"A cat sat."_s);
    QCOMPARE(pairs[1].label, 0);
    QCOMPARE(pairs[1].text2, u"It was sunny."_s);
}

void tst_SentencePairReader::quotesAndCrLf()
{
    // Literal quotes are text, not CSV quoting; "\r\n" line ends are accepted.
    const auto result
        = readBytes(header.chopped(1) + "\r\n1\t1\t2\tHe said \"no\", twice.\t\"No,\" he said\r\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), size_t(1));
    QCOMPARE(result.value()[0].text1, u"He said \"no\", twice."_s);
    QCOMPARE(result.value()[0].text2, u"\"No,\" he said"_s);
}

void tst_SentencePairReader::missingLabels()
{
    // Empty label column → unknown; a line of 4 fields also carries no label.
    const auto result = readBytes(header + "\t1\t2\tOne.\tTwo.\n3\t4\tThree.\tFour.\n\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), size_t(2));
    QCOMPARE(result.value()[0].label, -1);
    QCOMPARE(result.value()[1].label, -1);
    QCOMPARE(result.value()[1].id1, u"3"_s);
    QCOMPARE(result.value()[1].text2, u"Four."_s);
}

void tst_SentencePairReader::noLabelColumn()
{
    const auto result = readBytes("#1 ID\t#2 ID\t#1 String\t#2 String\n1\t2\tOne.\tTwo.\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), size_t(1));
    QCOMPARE(result.value()[0].label, -1);
    QCOMPARE(result.value()[0].text1, u"One."_s);
}

void tst_SentencePairReader::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("too few fields") << header + "1\t1\t2\tOne.\tTwo.\n1\t3\tonly three\n"
                                    << u"line 3: expected 5 tab-separated fields, found 3"_s;
    QTest::newRow("too many fields") << header + "1\t1\t2\tOne.\tTwo.\tThree.\n"
                                     << u"line 2: expected 5 tab-separated fields, found 6"_s;
    QTest::newRow("bad label") << header + "yes\t1\t2\tOne.\tTwo.\n"
                               << u"line 2: label must be 0, 1 or empty, found \"yes\""_s;
    QTest::newRow("empty sentence") << header + "\n\n1\t1\t2\t\tTwo.\n" << u"line 4: empty sentence"_s;
    QTest::newRow("spaces, not tabs") << QByteArray("Quality #1 ID #2 ID\n1 1 2 One. Two.\n")
                                      << u"line 1: expected 5 tab-separated fields, found 1"_s;
    QTest::newRow("binary") << QByteArray("1\t1\t2\tA\0B\tC\n", 12) << u"binary file (contains NUL bytes)"_s;
}

void tst_SentencePairReader::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto result = readBytes(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().path, u"pairs.tsv"_s);
    QCOMPARE(result.error().message, message);
}

void tst_SentencePairReader::notUtf8()
{
    const auto result = readBytes(header + "1\t1\t2\tCaf\xE9.\tCafe.\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, u"not valid UTF-8 text"_s);
}

void tst_SentencePairReader::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"absent.tsv"_s);
    const auto result = SentencePairReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().path, path);
    QVERIFY(result.error().message.startsWith(u"cannot open"_s));
    QVERIFY(!SentencePairReader::readFile(dir.path()).ok());
}

QTEST_GUILESS_MAIN(tst_SentencePairReader)
#include "tst_sentencepairreader.moc"
