// ComparisonSummary: per-document shares by sentence text length, and the
// symmetric similarity matrix.

#include "report/comparisonsummary.h"

#include <QTest>

using namespace parallax;

namespace {

AnalyzedDocument document(std::vector<int> lengths)
{
    AnalyzedDocument result;
    int position = 0;
    for (const int length : lengths) {
        result.sentences.push_back(Sentence {{position, position + length}, {}});
        position += length + 1;
    }
    return result;
}

SentenceResult status(SentenceStatus value)
{
    return SentenceResult {value, -1, {}};
}

Comparison comparison()
{
    Comparison c;
    c.documents = {document({10, 30, 60}), document({50, 50}), document({}), document({20})};
    c.sentences = {
        {status(SentenceStatus::Shared), status(SentenceStatus::Paraphrased), status(SentenceStatus::Unique)},
        {status(SentenceStatus::Shared), status(SentenceStatus::Shared)},
        {},
        {status(SentenceStatus::Unique)}};
    c.pairs = {PairSummary {0, 1, 1, 0, 0.4, 0.8}, PairSummary {1, 3, 0, 1, 0.1, 0.3}};
    return c;
}

} // namespace

class tst_ComparisonSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shares();
    void sharesAddUp();
    void similarity();
    void empty();
    void missingResultsAndBadPairs();
};

void tst_ComparisonSummary::shares()
{
    const ComparisonSummary summary(comparison());
    QCOMPARE(summary.documentCount(), 4);
    const auto &documents = summary.documents();
    QCOMPARE(documents[0].sentences, 3);
    QCOMPARE(documents[0].shared, 0.1);
    QCOMPARE(documents[0].paraphrased, 0.3);
    QCOMPARE(documents[0].unique, 0.6);
    QCOMPARE(documents[1].shared, 1.0);
    QCOMPARE(documents[1].unique, 0.0);
    // No sentences: all shares 0.
    QCOMPARE(documents[2].sentences, 0);
    QCOMPARE(documents[2].shared + documents[2].paraphrased + documents[2].unique, 0.0);
    QCOMPARE(documents[3].unique, 1.0);
}

void tst_ComparisonSummary::sharesAddUp()
{
    const ComparisonSummary summary(comparison());
    for (const auto &shares : summary.documents()) {
        if (shares.sentences > 0)
            QVERIFY(qFuzzyCompare(shares.shared + shares.paraphrased + shares.unique, 1.0));
    }
}

void tst_ComparisonSummary::similarity()
{
    const ComparisonSummary summary(comparison());
    for (int d = 0; d < 4; ++d)
        QCOMPARE(summary.similarity(d, d), 1.0);
    QVERIFY(qFuzzyCompare(summary.similarity(0, 1), 0.6));
    QCOMPARE(summary.similarity(1, 0), summary.similarity(0, 1));
    QVERIFY(qFuzzyCompare(summary.similarity(3, 1), 0.2));
    QCOMPARE(summary.similarity(0, 3), 0.0); // no pair listed: nothing shared
    QCOMPARE(summary.similarity(2, 0), 0.0);
}

void tst_ComparisonSummary::empty()
{
    const ComparisonSummary summary(Comparison {});
    QCOMPARE(summary.documentCount(), 0);
    QVERIFY(summary.documents().empty());
}

// A canceled or hand-built Comparison: missing results count as unique,
// pairs naming no document are ignored.
void tst_ComparisonSummary::missingResultsAndBadPairs()
{
    Comparison c = comparison();
    c.sentences.resize(1);
    c.sentences[0].resize(1);
    c.pairs.push_back(PairSummary {2, 9, 0, 0, 1.0, 1.0});
    const ComparisonSummary summary(c);
    QCOMPARE(summary.documents()[0].shared, 0.1);
    QCOMPARE(summary.documents()[0].unique, 0.9);
    QCOMPARE(summary.documents()[1].unique, 1.0);
    QCOMPARE(summary.similarity(2, 3), 0.0);
}

QTEST_GUILESS_MAIN(tst_ComparisonSummary)
#include "tst_comparisonsummary.moc"
