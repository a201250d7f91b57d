#include "matching/candidateindex.h"
#include "matching/sentenceweights.h"
#include "matching/stemweights.h"
#include "testdocuments.h"

#include <QTest>

#include <cmath>

using namespace parallax;
using namespace Qt::StringLiterals;

// SentenceWeights::overlap is the pre-filter of the candidate pairs the
// matcher judges: it must rank a pair sharing one claim's rare words above a
// pair sharing the story's common words, and be exact at the ends.
class tst_SentenceWeights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalStemSetsOverlapFully();
    void disjointSentencesDoNotOverlap();
    void rareWordsOutweighCommonOnes();
    void valueIsTheWeightedCosine();
    void sentenceWithoutContentWordsOverlapsNothing();
};

namespace {

// The story's common words ("minister", "talks") in every sentence of both
// documents; "pipeline" and "tariff" in one sentence each.
const QStringList storyA = {
    u"Minister Vale opened talks about the pipeline route."_s,
    u"Minister Vale ended talks about the tariff dispute."_s,
    u"Minister Vale spoke of talks in Brussels today."_s,
    u"The the of."_s,
};
const QStringList storyB = {
    u"Talks on the pipeline route began, the minister said."_s,
    u"The minister said talks about Brussels continued today."_s,
};

struct Fixture
{
    AnalyzedDocument a = test::makeDocument(storyA);
    AnalyzedDocument b = test::makeDocument(storyB);
    CandidateIndex indexA {a};
    CandidateIndex indexB {b};
    StemWeights stems {std::vector<const CandidateIndex *> {&indexA, &indexB}};
    SentenceWeights weightsA {indexA, stems};
    SentenceWeights weightsB {indexB, stems};
};

} // namespace

void tst_SentenceWeights::identicalStemSetsOverlapFully()
{
    const Fixture f;
    QCOMPARE(SentenceWeights::overlap(f.weightsA, 0, f.weightsA, 0), 1.0);
}

void tst_SentenceWeights::disjointSentencesDoNotOverlap()
{
    const AnalyzedDocument a = test::makeDocument({u"Rain flooded orchards."_s});
    const AnalyzedDocument b = test::makeDocument({u"Bridge opens tomorrow."_s});
    const CandidateIndex ia(a);
    const CandidateIndex ib(b);
    const StemWeights stems({&ia, &ib});
    QCOMPARE(SentenceWeights::overlap(SentenceWeights(ia, stems), 0, SentenceWeights(ib, stems), 0), 0.0);
}

void tst_SentenceWeights::rareWordsOutweighCommonOnes()
{
    const Fixture f;
    // A0 and B0 share the claim ("pipeline route") and the common words; A1
    // and B0 share only the common words "minister" and "talks".
    const double claim = SentenceWeights::overlap(f.weightsA, 0, f.weightsB, 0);
    const double story = SentenceWeights::overlap(f.weightsA, 1, f.weightsB, 0);
    QVERIFY2(claim > 0.4, qPrintable(QString::number(claim)));
    QVERIFY2(claim > 3 * story, qPrintable(QString::number(story)));
    QVERIFY2(story < 0.2, qPrintable(QString::number(story)));
    QCOMPARE(SentenceWeights::overlap(f.weightsB, 0, f.weightsA, 0), claim); // symmetric
}

void tst_SentenceWeights::valueIsTheWeightedCosine()
{
    const Fixture f;
    double shared = 0;
    for (const quint64 stem : f.indexA.stems(2)) {
        const std::vector<quint64> &other = f.indexB.stems(1);
        if (std::binary_search(other.begin(), other.end(), stem))
            shared += f.stems.weight(stem);
    }
    QVERIFY(shared > 0);
    double totalA = 0;
    for (const quint64 stem : f.indexA.stems(2))
        totalA += f.stems.weight(stem);
    QCOMPARE(f.weightsA.total(2), totalA);
    QCOMPARE(SentenceWeights::overlap(f.weightsA, 2, f.weightsB, 1),
             shared / std::sqrt(f.weightsA.total(2) * f.weightsB.total(1)));
    // From its parts (the shared weight summed in stem order): the same bits.
    QVERIFY(SentenceWeights::overlap(shared, f.weightsA.total(2), f.weightsB.total(1))
            == SentenceWeights::overlap(f.weightsA, 2, f.weightsB, 1));
}

void tst_SentenceWeights::sentenceWithoutContentWordsOverlapsNothing()
{
    const Fixture f;
    QCOMPARE(f.weightsA.total(3), 0.0);
    QCOMPARE(SentenceWeights::overlap(f.weightsA, 3, f.weightsB, 0), 0.0);
}

QTEST_APPLESS_MAIN(tst_SentenceWeights)
#include "tst_sentenceweights.moc"
