#include "similarity/binarymetrics.h"
#include "similarity/pairscorer.h"
#include "similarity/sentencepairreader.h"
#include "text/documentanalyzer.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

// The calibrated paraphrase decision on the Microsoft Research Paraphrase
// Corpus (../shared/data/msrp, evaluation only, never in the repo), scored the
// way `parallax pairs` scores it: Shared or Paraphrased counts as paraphrase.
// The train figures guard the calibration (cross-validated figures from
// calibrate.sh minus a margin); the test figures are the target, a
// regression guard only: nothing is ever tuned on the test file.
class tst_MsrpCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();

private:
    QString m_directory;
};

void tst_MsrpCalibration::initTestCase()
{
    m_directory = QDir(QStringLiteral(PARALLAX_SHARED_DIR)).filePath(u"data/msrp"_s);
    if (!QFileInfo::exists(QDir(m_directory).filePath(u"msr_paraphrase_train.txt"_s)))
        QSKIP("MSRP data not present (../shared/data/msrp)");
}

void tst_MsrpCalibration::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pairs");
    QTest::addColumn<double>("minAccuracy");
    QTest::addColumn<double>("minF1");
    // Train: 10-fold cross-validated accuracy 0.777 / F1 0.841 (see
    // paraphrasemodelweights.cpp); the fit on all of train is a little better.
    QTest::newRow("train") << u"msr_paraphrase_train.txt"_s << 4076 << 0.765 << 0.83;
    QTest::newRow("test") << u"msr_paraphrase_test.txt"_s << 1725 << 0.75 << 0.83;
}

void tst_MsrpCalibration::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, pairs);
    QFETCH(double, minAccuracy);
    QFETCH(double, minF1);
    const auto read = SentencePairReader::readFile(QDir(m_directory).filePath(file));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(int(read.value().size()), pairs);

    DocumentAnalyzer analyzer(u"en"_s);
    const PairScorer scorer(0.80, 0.50);
    BinaryMetrics metrics;
    for (const SentencePair &pair : read.value()) {
        Sentence a;
        a.span = TextSpan {0, pair.text1.size()};
        a.tokens = analyzer.tokenize(pair.text1, u"en"_s);
        Sentence b;
        b.span = TextSpan {0, pair.text2.size()};
        b.tokens = analyzer.tokenize(pair.text2, u"en"_s);
        const PairJudgement judgement
            = scorer.judge(SentenceView {&a, &pair.text1}, SentenceView {&b, &pair.text2});
        metrics.add(judgement.relation != Relation::Unrelated, pair.label == 1);
    }
    qInfo("%s: accuracy %.4f precision %.4f recall %.4f F1 %.4f (%d pairs)", qPrintable(file),
          metrics.accuracy(), metrics.precision(), metrics.recall(), metrics.f1(), metrics.count());
    QCOMPARE(metrics.count(), pairs);
    QVERIFY2(metrics.accuracy() >= minAccuracy, qPrintable(u"accuracy %1"_s.arg(metrics.accuracy())));
    QVERIFY2(metrics.f1() >= minF1, qPrintable(u"F1 %1"_s.arg(metrics.f1())));
}

QTEST_GUILESS_MAIN(tst_MsrpCalibration)
#include "tst_msrpcalibration.moc"
