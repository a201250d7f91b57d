#include "similarity/pairfeatures.h"
#include "similarity/pairscorer.h"
#include "similarity/paraphrasemodel.h"
#include "similarity/sentenceprofile.h"
#include "similarity/sequencelcs.h"
#include "similarity/synonymtable.h"
#include "text/documentanalyzer.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>

using namespace parallax;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(parallax::Relation)

namespace QTest {
template<> char *toString(const parallax::Relation &relation)
{
    return qstrdup(qPrintable(relationName(relation)));
}
} // namespace QTest

namespace {

// Two sentences analysed the way `parallax pairs` does it.
struct AnalysedPair
{
    QString textA;
    QString textB;
    Sentence a;
    Sentence b;

    AnalysedPair(QString first, QString second)
        : textA(std::move(first))
        , textB(std::move(second))
    {
        DocumentAnalyzer analyzer(u"en"_s);
        a.span = TextSpan {0, textA.size()};
        a.tokens = analyzer.tokenize(textA, u"en"_s);
        b.span = TextSpan {0, textB.size()};
        b.tokens = analyzer.tokenize(textB, u"en"_s);
    }

    PairJudgement judge(const PairScorer &scorer) const
    {
        return scorer.judge(SentenceView {&a, &textA}, SentenceView {&b, &textB});
    }
};

// The profiles of every sentence of two bundled sample reports of one story:
// their pairs are what matching judges, most of them sharing only names.
std::vector<SentenceProfile> sampleProfiles(const PairScorer &scorer,
                                            std::vector<AnalyzedDocument> &documents)
{
    DocumentAnalyzer analyzer(u"en"_s);
    for (const QString &name : {u"kesterton-courier.txt"_s, u"northwire.txt"_s}) {
        QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Article article;
        article.text = QString::fromUtf8(file.readAll());
        documents.push_back(analyzer.analyze(std::move(article)));
    }
    std::vector<SentenceProfile> profiles;
    for (const AnalyzedDocument &document : documents) {
        for (const Sentence &sentence : document.sentences)
            profiles.push_back(scorer.profile({&sentence, &document.article.text}));
    }
    return profiles;
}

} // namespace

class tst_PairScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judge_data();
    void judge();
    void identicalIsSharedWithScoreOne();
    void symmetric();
    void profilesGiveTheSameJudgement();
    void containment();
    void thresholdsAreHonoured();
    void emptySentences();
    void boundedFeaturesOnlyRaiseTheScore();
    void everyBoundLeansTowardsTheScore();
    void floorKeepsWhatCallersRead();
    void logFeaturesAreStdLog1p();

private:
    // Profiles of every sentence of two sample reports (a profile does not
    // depend on the scorer's thresholds).
    std::vector<AnalyzedDocument> m_documents;
    std::vector<SentenceProfile> m_profiles;
};

void tst_PairScorer::initTestCase()
{
    m_profiles = sampleProfiles(PairScorer(0.80, 0.50), m_documents);
    QVERIFY(m_profiles.size() > 20);
}

void tst_PairScorer::judge_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<parallax::Relation>("relation");
    QTest::addColumn<QStringList>("conflicts");

    QTest::newRow("quote marks and case only")
        << u"The council approved the new budget on Monday."_s
        << u"“The council approved the new budget on Monday”"_s << Relation::Shared << QStringList();
    QTest::newRow("one word changed")
        << u"The council approved the new budget for the city on Monday after a long debate."_s
        << u"The council approved the new budget for the city on Monday after a heated debate."_s
        << Relation::Shared << QStringList();
    QTest::newRow("changed number") << u"The company hired 150 workers at its new plant in March."_s
                                    << u"The company hired 50 workers at its new plant in March."_s
                                    << Relation::Paraphrased << QStringList {u"number"_s};
    QTest::newRow("changed year") << u"The bridge over the river was opened to traffic in 2011."_s
                                  << u"The bridge over the river was opened to traffic in 2012."_s
                                  << Relation::Paraphrased << QStringList {u"number"_s};
    QTest::newRow("negation") << u"The minister said the plan would work as intended."_s
                              << u"The minister said the plan would not work as intended."_s
                              << Relation::Paraphrased << QStringList {u"negation"_s};
    QTest::newRow("reword sharing names")
        << u"Apple bought the headphone maker Beats for $3 billion on Wednesday."_s
        << u"On Wednesday Apple agreed to purchase Beats, the headphone maker, for $3 billion."_s
        << Relation::Paraphrased << QStringList();
    QTest::newRow("reword with synonyms")
        << u"Police arrested two men after the robbery at the central bank branch."_s
        << u"Two men were detained by police following the robbery at the bank's central branch."_s
        << Relation::Paraphrased << QStringList();
    QTest::newRow("same topic, unrelated claims")
        << u"Apple bought the headphone maker Beats for $3 billion on Wednesday."_s
        << u"Beats headphones have become popular with teenagers across Europe and Asia."_s
        << Relation::Unrelated << QStringList();
    QTest::newRow("different topics") << u"The storm knocked out power to thousands of homes overnight."_s
                                      << u"Shares of the carmaker rose sharply after its quarterly report."_s
                                      << Relation::Unrelated << QStringList();
}

void tst_PairScorer::judge()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(parallax::Relation, relation);
    QFETCH(QStringList, conflicts);
    const PairScorer scorer(0.80, 0.50);
    const PairJudgement judgement = AnalysedPair(a, b).judge(scorer);
    qDebug("surface %.3f probability %.3f", judgement.surface, judgement.probability);
    QCOMPARE(judgement.relation, relation);
    QCOMPARE(judgement.conflicts, conflicts);
    QVERIFY(judgement.surface >= 0 && judgement.surface <= 1);
    QVERIFY(judgement.probability >= 0 && judgement.probability <= 1);
    if (relation == Relation::Shared)
        QCOMPARE(judgement.score, judgement.surface);
    else
        QCOMPARE(judgement.score, judgement.probability);
}

void tst_PairScorer::identicalIsSharedWithScoreOne()
{
    const PairScorer scorer(0.80, 0.50);
    const QString text = u"Officials said 12 people were injured in the blast, which did not cause a fire."_s;
    const PairJudgement judgement = AnalysedPair(text, text).judge(scorer);
    QCOMPARE(judgement.relation, Relation::Shared);
    QCOMPARE(judgement.score, 1.0);
    QCOMPARE(judgement.surface, 1.0);
    QVERIFY(judgement.conflicts.isEmpty());
    QVERIFY(judgement.probability > 0.5);
}

void tst_PairScorer::symmetric()
{
    const PairScorer scorer(0.80, 0.50);
    const AnalysedPair forward(u"Police arrested two men after the robbery."_s,
                               u"Two men were detained by police following the robbery at the bank."_s);
    const AnalysedPair backward(forward.textB, forward.textA);
    const PairJudgement x = forward.judge(scorer);
    const PairJudgement y = backward.judge(scorer);
    QCOMPARE(x.relation, y.relation);
    QCOMPARE(x.surface, y.surface);
    QVERIFY(qAbs(x.probability - y.probability) < 1e-12);
}

void tst_PairScorer::profilesGiveTheSameJudgement()
{
    const PairScorer scorer(0.80, 0.50);
    const AnalysedPair pair(
        u"Apple bought the headphone maker Beats for $3 billion on Wednesday."_s,
        u"On Wednesday Apple agreed to purchase Beats, the headphone maker, for $3 billion."_s);
    const PairJudgement direct = pair.judge(scorer);
    const SentenceProfile a = scorer.profile(SentenceView {&pair.a, &pair.textA});
    const SentenceProfile b = scorer.profile(SentenceView {&pair.b, &pair.textB});
    const PairJudgement profiled = scorer.judge(a, b);
    QCOMPARE(profiled.relation, direct.relation);
    QCOMPARE(profiled.score, direct.score);
    QCOMPARE(profiled.surface, direct.surface);
    QCOMPARE(profiled.probability, direct.probability);
    QCOMPARE(profiled.conflicts, direct.conflicts);
}

void tst_PairScorer::containment()
{
    const PairScorer scorer(0.80, 0.50);
    const AnalysedPair fragment(
        u"The company assigns a score from one to ten to each page on the web."_s,
        u"The company assigns a score from one to ten to each page on the web; the score, which is computed anew every week, denotes the site's importance."_s);
    const PairJudgement judgement = fragment.judge(scorer);
    QCOMPARE(judgement.containment, 1.0);
    QVERIFY(judgement.surface < 0.8);
    QCOMPARE(AnalysedPair(fragment.textB, fragment.textA).judge(scorer).containment, 1.0);
    const AnalysedPair unrelated(u"The storm knocked out power to thousands of homes overnight."_s,
                                 u"Shares of the carmaker rose sharply after its quarterly report."_s);
    QVERIFY(unrelated.judge(scorer).containment < 0.3);
}

void tst_PairScorer::thresholdsAreHonoured()
{
    const AnalysedPair pair(
        u"The council approved the new budget for the city on Monday after a long debate."_s,
        u"The council approved the new budget for the city on Monday after a heated debate."_s);
    const PairJudgement strict = pair.judge(PairScorer(0.99, 0.50));
    QVERIFY(strict.surface < 0.99);
    QCOMPARE(strict.relation, Relation::Paraphrased);
    const PairJudgement never = pair.judge(PairScorer(1.01, 1.01));
    QCOMPARE(never.relation, Relation::Unrelated);
    QCOMPARE(never.score, never.probability);
    QVERIFY(never.conflicts.isEmpty());
}

void tst_PairScorer::emptySentences()
{
    const PairScorer scorer(0.80, 0.50);
    const AnalysedPair punctuationOnly(u"—"_s, u"—"_s);
    QVERIFY(punctuationOnly.a.tokens.empty());
    const PairJudgement judgement = punctuationOnly.judge(scorer);
    QCOMPARE(judgement.relation, Relation::Unrelated);
    QCOMPARE(judgement.score, 0.0);
    QCOMPARE(scorer.judge(SentenceView {}, SentenceView {}).relation, Relation::Unrelated);
    const AnalysedPair oneEmpty(u"—"_s, u"Something happened."_s);
    QCOMPARE(oneEmpty.judge(scorer).relation, Relation::Unrelated);
}

// computeUnlessBelow() with a floor no pair reaches bounds every pair: the
// costly features may only move the score up, every other feature is exact.
// With a floor every pair reaches, it is compute().
void tst_PairScorer::boundedFeaturesOnlyRaiseTheScore()
{
    const std::vector<SentenceProfile> &profiles = m_profiles;
    const ParaphraseModel model;
    const std::array costly {PairFeatures::LcsStems,        PairFeatures::EditDistanceLog,
                             PairFeatures::LongestGapLog,   PairFeatures::GapCountLog,
                             PairFeatures::LongestExtraLog, PairFeatures::CharFourgramDice};
    for (size_t i = 0; i < profiles.size(); ++i) {
        for (size_t j = i + 1; j < profiles.size(); j += 3) {
            const PairFeatures::Vector exact = PairFeatures::compute(profiles[i], profiles[j]);
            bool isExact = true;
            const PairFeatures::Vector bounded = PairFeatures::computeUnlessBelow(
                profiles[i], profiles[j], model, std::numeric_limits<double>::infinity(), isExact);
            QVERIFY(!isExact);
            QVERIFY(model.linear(bounded) >= model.linear(exact));
            for (int f = 0; f < PairFeatures::Count; ++f) {
                if (std::find(costly.begin(), costly.end(), f) == costly.end())
                    QCOMPARE(bounded[size_t(f)], exact[size_t(f)]);
            }
            const PairFeatures::Vector unbounded = PairFeatures::computeUnlessBelow(
                profiles[i], profiles[j], model, -std::numeric_limits<double>::infinity(), isExact);
            QVERIFY(isExact);
            QVERIFY(unbounded == exact);
        }
    }
}

// Floors a little above each pair's exact score stop pairs at every level of
// the bound (the stems' multiset overlap, then their exact LCS and unshared
// runs): whatever level stops a pair, each costly feature lies on the side
// of its exact value that its weight favours.
void tst_PairScorer::everyBoundLeansTowardsTheScore()
{
    const std::vector<SentenceProfile> &profiles = m_profiles;
    const ParaphraseModel model;
    int stopped = 0;
    int stoppedByARun = 0; // the longest gap bound set by a run of unshared stems
    for (size_t i = 0; i < profiles.size(); ++i) {
        for (size_t j = i + 1; j < profiles.size(); j += 2) {
            const SentenceProfile &a = profiles[i];
            const SentenceProfile &b = profiles[j];
            const PairFeatures::Vector exact = PairFeatures::compute(a, b);
            for (const double above : {0.1, 0.5, 1.5}) {
                const double floor = model.linear(exact) + above;
                bool isExact = true;
                const PairFeatures::Vector bounded
                    = PairFeatures::computeUnlessBelow(a, b, model, floor, isExact);
                if (isExact)
                    continue;
                ++stopped;
                QVERIFY(model.linear(bounded) < floor);
                for (int f = 0; f < PairFeatures::Count; ++f) {
                    if (model.weights()[size_t(f)] > 0)
                        QVERIFY2(bounded[size_t(f)] >= exact[size_t(f)], PairFeatures::name(f));
                    else
                        QVERIFY2(bounded[size_t(f)] <= exact[size_t(f)], PairFeatures::name(f));
                }
                const double lcs = SequenceLcs::length(a.stems, b.stems);
                const double longer = double(std::max(a.stems.size(), b.stems.size()));
                const double spread = std::ceil((longer - lcs) / (lcs + 1)); // the gap bound without runs
                stoppedByARun += bounded[PairFeatures::LongestGapLog] > std::log1p(spread) ? 1 : 0;
            }
        }
    }
    QVERIFY(stopped > 100);
    QVERIFY(stoppedByARun > 10);
}

// A scorer with a probability floor judges every pair as the exact one does,
// except that below the floor the probability (the score of an unrelated
// pair) may be a higher value, still below the floor.
void tst_PairScorer::floorKeepsWhatCallersRead()
{
    const double floor = 0.4;
    const PairScorer exactScorer(0.80, 0.50);
    const PairScorer floorScorer(0.80, 0.50, floor);
    const std::vector<SentenceProfile> &profiles = m_profiles;
    int related = 0;
    int bounded = 0;
    for (size_t i = 0; i < profiles.size(); ++i) {
        for (size_t j = 0; j < profiles.size(); ++j) {
            const PairJudgement exact = exactScorer.judge(profiles[i], profiles[j]);
            const PairJudgement judged = floorScorer.judge(profiles[i], profiles[j]);
            QCOMPARE(judged.relation, exact.relation);
            QCOMPARE(judged.surface, exact.surface);
            QCOMPARE(judged.containment, exact.containment);
            QCOMPARE(judged.conflicts, exact.conflicts);
            related += exact.relation != Relation::Unrelated ? 1 : 0;
            if (exact.probability >= floor) {
                QCOMPARE(judged.probability, exact.probability);
                QCOMPARE(judged.score, exact.score);
            } else {
                QVERIFY(judged.probability < floor);
                QVERIFY(judged.probability >= exact.probability);
                bounded += judged.probability != exact.probability ? 1 : 0;
            }
        }
    }
    // Both kinds occur: the test sees related pairs and pairs cut short.
    QVERIFY(related > int(profiles.size())); // more than the pairs of a sentence with itself
    QVERIFY(bounded > 100);
    // A floor above the paraphrase threshold is capped at it.
    const PairScorer highFloor(0.80, 0.50, 0.9);
    for (size_t i = 0; i + 1 < profiles.size(); ++i)
        QCOMPARE(highFloor.judge(profiles[i], profiles[i + 1]).relation,
                 exactScorer.judge(profiles[i], profiles[i + 1]).relation);
}

// The log features are looked up for short sentences and computed beyond:
// either way bit for bit what std::log1p of the count gives at run time. Sentences of n times "cat"
// and m times "dog" share nothing: their diff is one stretch of n deleted
// and m inserted keys.
void tst_PairScorer::logFeaturesAreStdLog1p()
{
    const SynonymTable synonyms = SynonymTable::builtin();
    const auto bits = [](double value) { return std::bit_cast<quint64>(value); };
    // The run-time library's log1p, never the compiler's folded constant.
    const auto log1p = [](double value) {
        volatile double x = value;
        return std::log1p(x);
    };
    for (const int n : {1, 2, 7, 100, 255, 256, 300}) {
        for (const int m : {1, 3, 200, 256, 300}) {
            const AnalysedPair pair(QStringList(n, u"cat"_s).join(u' '), QStringList(m, u"dog"_s).join(u' '));
            QCOMPARE(pair.a.tokens.size(), size_t(n));
            const PairFeatures::Vector f = PairFeatures::compute(
                SentenceView {&pair.a, &pair.textA}, SentenceView {&pair.b, &pair.textB}, synonyms);
            QCOMPARE(bits(f[PairFeatures::LengthLog]), bits(log1p(double(n + m) / 2)));
            QCOMPARE(bits(f[PairFeatures::EditDistanceLog]), bits(log1p(double(n + m))));
            QCOMPARE(bits(f[PairFeatures::LongestGapLog]), bits(log1p(double(std::max(n, m)))));
            QCOMPARE(bits(f[PairFeatures::GapCountLog]), bits(log1p(1.0)));
            QCOMPARE(bits(f[PairFeatures::LongestExtraLog]), bits(log1p(double(std::abs(n - m)))));
            QCOMPARE(bits(f[PairFeatures::UnmatchedMaxLog]), bits(log1p(double(std::max(n, m)))));
            QCOMPARE(bits(f[PairFeatures::UnmatchedMinLog]), bits(log1p(double(std::min(n, m)))));
        }
    }
}

QTEST_GUILESS_MAIN(tst_PairScorer)
#include "tst_pairscorer.moc"
