#include "similarity/pairscorer.h"
#include "similarity/sentenceprofile.h"
#include "text/documentanalyzer.h"

#include <QTest>

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

} // namespace

class tst_PairScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data();
    void judge();
    void identicalIsSharedWithScoreOne();
    void symmetric();
    void profilesGiveTheSameJudgement();
    void containment();
    void thresholdsAreHonoured();
    void emptySentences();
};

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

QTEST_GUILESS_MAIN(tst_PairScorer)
#include "tst_pairscorer.moc"
