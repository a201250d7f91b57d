// The coverage grid as CSV: header, one row per claim, RFC 4180 quoting, BOM,
// and formula defusing of untrusted text.

#include "export/coveragecsvexporter.h"

#include <QBuffer>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

AnalyzedDocument document(const QString &title, const QStringList &sentences)
{
    AnalyzedDocument result;
    result.article.path = u"in/"_s + title + u".txt"_s;
    result.article.title = title;
    for (const QString &sentence : sentences) {
        const qsizetype start = result.article.text.size();
        result.article.text += sentence + u' ';
        result.sentences.push_back(Sentence {{start, start + sentence.size()}, {}});
    }
    return result;
}

// A: [claim 0, unique], B: [unique with a formula, claim 0 twice]
Comparison comparison()
{
    Comparison c;
    c.documents = {document(u"A, \"quoted\""_s, {u"Fire at the mill."_s, u"Only in A, with a \"quote\"."_s}),
                   document(u""_s, {u"=HYPERLINK(\"x\")"_s, u"Fire at the\nmill."_s, u"Mill fire."_s})};
    c.documents[1].article.path = u"dir/b.txt"_s;
    c.sentences = {{SentenceResult {SentenceStatus::Shared, 0, {}}, SentenceResult {}},
                   {SentenceResult {}, SentenceResult {SentenceStatus::Shared, 0, {}},
                    SentenceResult {SentenceStatus::Paraphrased, 0, {}}}};
    c.clusters = {Cluster {0, {{0, 0}, {1, 1}, {1, 2}}}};
    return c;
}

} // namespace

class tst_CoverageCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void wholeGrid();
    void referenceOrder();
    void writesUtf8WithBom();
};

void tst_CoverageCsvExporter::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"plain text"_s << u"plain text"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    QTest::newRow("unicode") << u"火 🔥 نص"_s << u"火 🔥 نص"_s;
}

void tst_CoverageCsvExporter::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CoverageCsvExporter::field(value), expected);
}

void tst_CoverageCsvExporter::wholeGrid()
{
    const QString text = CoverageCsvExporter().text(comparison(), 0);
    const QString expected = QChar(0xFEFF)
        + u"Claim,Sources,\"A, \"\"quoted\"\"\",b.txt\r\n"
          u"1,2,Fire at the mill.,\"Fire at the mill.\nMill fire.\"\r\n"
          u"2,1,\"Only in A, with a \"\"quote\"\".\",\r\n"
          u"3,1,,\"'=HYPERLINK(\"\"x\"\")\"\r\n"_s;
    QCOMPARE(text, expected);
}

// Rows follow the reference document's reading order.
void tst_CoverageCsvExporter::referenceOrder()
{
    const QStringList rows = CoverageCsvExporter().text(comparison(), 1).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows[1].startsWith(u"1,1,,\"'=HYPERLINK"_s), qPrintable(rows[1]));
    QVERIFY2(rows[2].startsWith(u"2,2,Fire at the mill."_s), qPrintable(rows[2]));
    QVERIFY2(rows[3].startsWith(u"3,1,\"Only in A"_s), qPrintable(rows[3]));
}

void tst_CoverageCsvExporter::writesUtf8WithBom()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(CoverageCsvExporter().write(comparison(), 0, buffer));
    QVERIFY(buffer.data().startsWith("\xef\xbb\xbf"
                                     "Claim,"));
    QCOMPARE(buffer.data(), CoverageCsvExporter().text(comparison(), 0).toUtf8());
    QBuffer closed;
    QVERIFY(!CoverageCsvExporter().write(comparison(), 0, closed));
}

QTEST_GUILESS_MAIN(tst_CoverageCsvExporter)
#include "tst_coveragecsvexporter.moc"
