#include "matching/judgementcache.h"
#include "testdocuments.h"

#include <QTest>

using namespace parallax;
using namespace parallax::test;

class TestJudgementCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Equal words (text and keys) share an id across documents; any
    // difference, even in case, makes a new one.
    void contentIds()
    {
        const std::vector<AnalyzedDocument> documents {
            makeDocument(
                {QStringLiteral("Putin met Erdogan in Sochi."), QStringLiteral("Talks lasted hours.")}),
            makeDocument(
                {QStringLiteral("Talks lasted hours!"), QStringLiteral("putin met Erdogan in Sochi.")}),
        };
        const JudgementCache cache(documents);
        QCOMPARE(cache.contentId(0, 1), cache.contentId(1, 0)); // punctuation is not a word
        QVERIFY(cache.contentId(0, 0) != cache.contentId(1, 1)); // "Putin" vs "putin"
        QVERIFY(cache.contentId(0, 0) != cache.contentId(0, 1));
        QCOMPARE(cache.distinctContents(), 3);
    }

    // A pair met again in another document pair is not computed again.
    void reusesRepeatedPairs()
    {
        const std::vector<AnalyzedDocument> documents {
            makeDocument({QStringLiteral("Putin met Erdogan in Sochi.")}),
            makeDocument({QStringLiteral("The leaders met in Sochi.")}),
            makeDocument({QStringLiteral("The leaders met in Sochi.")}),
        };
        const JudgementCache cache(documents);
        int computed = 0;
        const auto compute = [&] {
            ++computed;
            PairJudgement judgement;
            judgement.relation = Relation::Paraphrased;
            judgement.score = 0.7;
            return judgement;
        };
        QCOMPARE(cache.judgement(0, 0, 1, 0, 0, compute).score, 0.7);
        QCOMPARE(cache.judgement(0, 0, 2, 0, 0, compute).relation, Relation::Paraphrased);
        QCOMPARE(computed, 1);
        // The lenient kind is another judgement.
        cache.judgement(0, 0, 2, 0, 1, compute);
        QCOMPARE(computed, 2);
        // The same contents in the other order are another pair too.
        cache.judgement(1, 0, 0, 0, 0, compute);
        QCOMPARE(computed, 3);
    }

    // Two contents found in one document each: met once, never kept.
    void computesUniquePairsEveryTime()
    {
        const std::vector<AnalyzedDocument> documents {
            makeDocument({QStringLiteral("Putin met Erdogan in Sochi.")}),
            makeDocument({QStringLiteral("The leaders met in Sochi.")}),
            makeDocument({QStringLiteral("Gas prices were discussed.")}),
        };
        const JudgementCache cache(documents);
        int computed = 0;
        const auto compute = [&] {
            ++computed;
            return PairJudgement {};
        };
        cache.judgement(0, 0, 1, 0, 0, compute);
        cache.judgement(0, 0, 1, 0, 0, compute);
        QCOMPARE(computed, 2);
    }
};

QTEST_GUILESS_MAIN(TestJudgementCache)
#include "tst_judgementcache.moc"
