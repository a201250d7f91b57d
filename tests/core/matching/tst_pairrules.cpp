#include "matching/candidateindex.h"
#include "matching/claimrule.h"
#include "matching/fragmentrule.h"
#include "matching/sentenceweights.h"
#include "matching/stemweights.h"
#include "similarity/contentmatches.h"
#include "similarity/pairscorer.h"
#include "similarity/sentenceprofile.h"
#include "text/documentanalyzer.h"

#include <QFile>
#include <QTest>

#include <vector>

using namespace parallax;
using namespace Qt::StringLiterals;

// The rules that judge a pair again after the scorer (FragmentRule, ClaimRule)
// on the sentences of two sample reports of one story.
class tst_PairRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DocumentAnalyzer analyzer(u"en"_s);
        for (const QString &name : {u"kesterton-courier.txt"_s, u"northwire.txt"_s}) {
            QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            Article article;
            article.text = QString::fromUtf8(file.readAll());
            m_documents.push_back(analyzer.analyze(std::move(article)));
        }
        for (const AnalyzedDocument &document : m_documents) {
            m_indexes.push_back(std::make_unique<CandidateIndex>(document));
            std::vector<SentenceProfile> &profiles = m_profiles.emplace_back();
            for (const Sentence &sentence : document.sentences)
                profiles.push_back(m_scorer.profile({&sentence, &document.article.text}));
        }
        m_stemWeights = std::make_unique<StemWeights>(
            std::vector<const CandidateIndex *> {m_indexes[0].get(), m_indexes[1].get()});
        for (const auto &index : m_indexes)
            m_weights.push_back(std::make_unique<SentenceWeights>(*index, *m_stemWeights));
    }

    // The content stems the scorer finds a pair to share are the rules' too:
    // given them, each rule judges every pair as it does alone (with the
    // matches of a scorer with a probability floor and of an exact one).
    void scorerMatchesServeTheRules_data()
    {
        QTest::addColumn<double>("floor");
        QTest::newRow("floor") << 0.4;
        QTest::newRow("exact") << 0.0;
    }

    void scorerMatchesServeTheRules()
    {
        QFETCH(double, floor);
        const PairScorer scorer(0.80, 0.50, floor);
        int claims = 0;
        int fragments = 0; // pairs the fragment rule links
        for (int x = 0; x < int(m_profiles[0].size()); ++x) {
            for (int y = 0; y < int(m_profiles[1].size()); ++y) {
                if (!m_indexes[0]->linkable(x) || !m_indexes[1]->linkable(y))
                    continue; // the rule reads the weights of linkable sentences only
                const SentenceProfile &a = m_profiles[0][size_t(x)];
                const SentenceProfile &b = m_profiles[1][size_t(y)];
                const ClaimSide sideA {a, *m_weights[0], x};
                const ClaimSide sideB {b, *m_weights[1], y};
                ContentMatches matches(a.contentSet.size(), b.contentSet.size());
                const PairJudgement judgement = scorer.judge(a, b, &matches);
                QVERIFY(matches.found);
                const ClaimOverlap alone = ClaimRule::measure(sideA, sideB);
                const ClaimOverlap given = ClaimRule::measure(sideA, sideB, &matches);
                QCOMPARE(given.containment, alone.containment);
                QCOMPARE(given.distinctiveShared, alone.distinctiveShared);
                QCOMPARE(given.claimInA, alone.claimInA);
                const PairJudgement applied = ClaimRule::apply(sideA, sideB, judgement, &matches);
                QCOMPARE(applied.relation, ClaimRule::apply(sideA, sideB, judgement).relation);
                claims += alone.distinctiveShared >= ClaimRule::MinimumDistinctive ? 1 : 0;
                for (const PairJudgement &model : {judgement, unrelated(judgement)}) {
                    const PairJudgement fragment = FragmentRule::apply(a, b, model);
                    const PairJudgement fragmentGiven = FragmentRule::apply(a, b, model, &matches);
                    QCOMPARE(fragmentGiven.relation, fragment.relation);
                    QCOMPARE(fragmentGiven.score, fragment.score);
                    QCOMPARE(fragmentGiven.conflicts, fragment.conflicts);
                    fragments += fragment.relation != model.relation ? 1 : 0;
                }
            }
        }
        QVERIFY(claims > 5); // pairs sharing a claim's rare words occur: the test sees them
        QVERIFY(fragments > 0); // and fragments
    }

private:
    // `judgement` as the scorer would give it for an unrelated pair: every
    // pair is a case for the fragment rule then.
    static PairJudgement unrelated(PairJudgement judgement)
    {
        judgement.relation = Relation::Unrelated;
        judgement.conflicts.clear();
        return judgement;
    }

    const PairScorer m_scorer {0.80, 0.50}; // for the profiles
    std::vector<AnalyzedDocument> m_documents;
    std::vector<std::unique_ptr<CandidateIndex>> m_indexes;
    std::vector<std::vector<SentenceProfile>> m_profiles;
    std::unique_ptr<StemWeights> m_stemWeights;
    std::vector<std::unique_ptr<SentenceWeights>> m_weights;
};

QTEST_GUILESS_MAIN(tst_PairRules)
#include "tst_pairrules.moc"
