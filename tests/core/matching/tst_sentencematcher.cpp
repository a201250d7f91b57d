#include "matching/candidateindex.h"
#include "matching/sentencematcher.h"
#include "similarity/pairscorer.h"
#include "testdocuments.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// "a.b" pairs of linked sentences with an "m" when moved and "S"/"P" for the relation.
QString describe(const std::vector<Link> &links)
{
    QStringList parts;
    for (const Link &link : links) {
        parts << u"%1.%2%3%4"_s.arg(link.a.sentence)
                     .arg(link.b.sentence)
                     .arg(link.relation == Relation::Shared ? u"S"_s : u"P"_s)
                     .arg(link.moved ? u"m"_s : QString());
    }
    return parts.join(u' ');
}

const QStringList filler = {
    u"Heavy rain flooded the lower town overnight."_s,
    u"The mayor thanked volunteers who filled sandbags."_s,
    u"Schools will stay closed until Friday."_s,
    u"Farmers fear losses in the valley orchards."_s,
    u"A new bridge opens next spring after long delays."_s,
};

} // namespace

class tst_SentenceMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalDocumentsLinkInOrder();
    void swappedPairIsMoved();
    void oneToOne();
    void repeatedSentenceAllShared();
    void verbatimCopiesOfCommonWordsAreFound();
    void splitSentenceLinksBothPieces();
    void linksCarryDiffAndIds();
    void unrelatedDocumentsHaveNoLinks();
    void sentencesWithoutContentWordsAreNotLinked();
    void fragmentsOfLongerSentencesMatch();
    void repeatedPhraseLinksTheCopyInItsPlace();

private:
    std::vector<Link> match(const AnalyzedDocument &a, const AnalyzedDocument &b) const
    {
        const CandidateIndex ia(a);
        const CandidateIndex ib(b);
        return SentenceMatcher(m_scorer, m_options).match(0, ia, 1, ib);
    }

    ComparisonOptions m_options;
    PairScorer m_scorer {m_options.sharedThreshold, m_options.paraphraseThreshold};
};

void tst_SentenceMatcher::identicalDocumentsLinkInOrder()
{
    const AnalyzedDocument a = test::makeDocument(filler);
    const std::vector<Link> links = match(a, a);
    QCOMPARE(describe(links), u"0.0S 1.1S 2.2S 3.3S 4.4S"_s);
}

void tst_SentenceMatcher::swappedPairIsMoved()
{
    const AnalyzedDocument a = test::makeDocument(filler);
    const AnalyzedDocument b = test::makeDocument({filler[0], filler[2], filler[1], filler[3], filler[4]});
    const std::vector<Link> links = match(a, b);
    QCOMPARE(links.size(), size_t(5));
    int moved = 0;
    for (const Link &link : links) {
        QCOMPARE(link.relation, Relation::Shared);
        if (link.moved) {
            ++moved;
            QVERIFY(link.a.sentence == 1 || link.a.sentence == 2);
        }
    }
    QCOMPARE(moved, 1); // one of the swapped two; the other keeps the order
}

void tst_SentenceMatcher::oneToOne()
{
    // b holds two variants of a's first sentence: only the closer one links to it.
    const AnalyzedDocument a = test::makeDocument(
        {u"Heavy rain flooded the lower town of Kesterton overnight on Sunday."_s, filler[2]});
    const AnalyzedDocument b = test::makeDocument({
        u"Heavy rain flooded the lower town of Kesterton late overnight on Sunday."_s,
        u"Heavy rain flooded the lower town of Kesterton overnight on Sunday."_s,
        filler[2],
    });
    const std::vector<Link> links = match(a, b);
    QCOMPARE(describe(links), u"0.1S 1.2S"_s);
}

void tst_SentenceMatcher::repeatedSentenceAllShared()
{
    // b repeats a caption three times (as Sochi report 002 does): every copy is
    // shared with a's one sentence; only copies out of the order are moved.
    const QString caption = u"The last time the two leaders met was in December at an air base."_s;
    const AnalyzedDocument a = test::makeDocument({filler[0], caption, filler[1], filler[2]});
    const AnalyzedDocument b
        = test::makeDocument({filler[0], caption, caption, filler[1], filler[2], caption});
    const std::vector<Link> links = match(a, b);
    QCOMPARE(describe(links), u"0.0S 1.1S 1.2S 1.5Sm 2.3S 3.4S"_s);
}

void tst_SentenceMatcher::verbatimCopiesOfCommonWordsAreFound()
{
    // Every sentence of b uses the same few words, so their stems are filtered
    // from the index as too common; verbatim and near-verbatim copies made of
    // them must still be found.
    QStringList many;
    for (int i = 0; i < 60; ++i)
        many << u"Putin said Syria talks on day %1 went well for Russia."_s.arg(i);
    many << u"Putin said Syria and Russia talks went well."_s;
    many << u"Putin said Russia talks on Syria went well today."_s;
    const AnalyzedDocument b = test::makeDocument(many);
    const AnalyzedDocument a = test::makeDocument({u"Putin said Syria and Russia talks went well."_s,
                                                   u"Putin said Russia talks on Syria went well."_s});
    const std::vector<Link> links = match(a, b);
    QVERIFY2(describe(links).startsWith(u"0.60S 1.61S"_s), qPrintable(describe(links)));
}

void tst_SentenceMatcher::splitSentenceLinksBothPieces()
{
    // a says in one sentence what b splits in two: both pieces link to it, and
    // as together they are a's sentence word for word, both are shared.
    const QString first
        = u"We know that it will not be easy since some countries do not want stability and peace "
          "to return to Syria and to the whole region"_s;
    const AnalyzedDocument a
        = test::makeDocument({filler[0], first + u", but we will move forward with the talks."_s, filler[1]});
    const AnalyzedDocument b = test::makeDocument(
        {filler[0], first + u"."_s, u"But we will move forward with the talks."_s, filler[1]});
    QCOMPARE(describe(match(a, b)), u"0.0S 1.1S 1.2S 2.3S"_s);
    // A neighbour that brings nothing of the whole's own words does not link.
    const AnalyzedDocument c
        = test::makeDocument({filler[0], first + u"."_s, u"The peace process was discussed."_s, filler[1]});
    QCOMPARE(describe(match(a, c)), u"0.0S 1.1S 2.3S"_s);
}

void tst_SentenceMatcher::linksCarryDiffAndIds()
{
    const AnalyzedDocument a = test::makeDocument({u"The cat sat on the mat."_s});
    const AnalyzedDocument b
        = test::makeDocument({u"Intro line here."_s, u"The black cat sat on the mat."_s});
    const CandidateIndex ia(a);
    const CandidateIndex ib(b);
    const std::vector<Link> links = SentenceMatcher(m_scorer, m_options).match(3, ia, 7, ib);
    QCOMPARE(links.size(), size_t(1));
    const Link &link = links.front();
    QCOMPARE(link.a, (SentenceRef {3, 0}));
    QCOMPARE(link.b, (SentenceRef {7, 1}));
    QCOMPARE(link.relation, Relation::Shared);
    QVERIFY(link.score >= m_options.sharedThreshold && link.score <= 1.0);
    QCOMPARE(link.diff.size(), size_t(3));
    QCOMPARE(link.diff[1].kind, DiffOp::Kind::Insert);
    QCOMPARE(b.article.text.mid(link.diff[1].b.start, link.diff[1].b.length()), u"black "_s);
}

void tst_SentenceMatcher::unrelatedDocumentsHaveNoLinks()
{
    const AnalyzedDocument a = test::makeDocument(filler);
    const AnalyzedDocument b = test::makeDocument({u"Quarterly earnings beat analyst expectations."_s,
                                                   u"The central bank kept interest rates unchanged."_s});
    QVERIFY(match(a, b).empty());
    QVERIFY(match(a, test::makeDocument({})).empty());
}

void tst_SentenceMatcher::sentencesWithoutContentWordsAreNotLinked()
{
    // List numbers and stop-word-only lines state nothing: even verbatim they stay unlinked.
    const AnalyzedDocument a = test::makeDocument({u"1."_s, filler[0], u"2."_s, u"It is not."_s, filler[1]});
    const AnalyzedDocument b = test::makeDocument({u"1."_s, filler[0], u"2."_s, u"It is not."_s, filler[1]});
    QCOMPARE(describe(match(a, b)), u"1.1S 4.4S"_s);
}

void tst_SentenceMatcher::fragmentsOfLongerSentencesMatch()
{
    // A caption that is the start of an article's sentence; a clause carried
    // inside a longer sentence; a different number in the same clause.
    const AnalyzedDocument a = test::makeDocument({
        u"Syria has been embroiled in a complicated multi-sided civil war"_s,
        u"The two leaders last met in December at a secret military air base near the city of Latakia."_s,
        u"Officials counted 450 damaged houses across twelve northern mountain villages after heavy storms."_s,
    });
    const AnalyzedDocument b = test::makeDocument({
        u"Syria has been embroiled in a complicated, multi-sided civil war involving foreign powers, rebels and jihadists."_s,
        u"A spokesman told reporters there were detailed talks between the two leaders, who last met in "
        u"December at "
        "a Russian military air base in the coastal province of Latakia, and that more meetings would follow soon."_s,
        u"Officials counted 350 damaged houses across twelve northern mountain villages after heavy storms, "
        u"the agency said "
        "on Monday while rescue teams searched for survivors."_s,
    });
    const std::vector<Link> links = match(a, b);
    QCOMPARE(links.size(), size_t(3));
    QCOMPARE(links[0].relation, Relation::Shared); // every word of the caption is in b, in order
    QCOMPARE(links[1].relation, Relation::Paraphrased); // 9 of its 12 content words
    QCOMPARE(links[2].relation, Relation::Paraphrased);
    QCOMPARE(links[2].conflicts, QStringList {u"number"_s});
}

void tst_SentenceMatcher::repeatedPhraseLinksTheCopyInItsPlace()
{
    // A warning repeated in two places: alone early on, and quoted at the end
    // of a longer sentence later. b words both places a little differently, so
    // a's short copy is contained verbatim in b's long sentence (a fragment,
    // scoring higher than its own slightly reworded partner). Each copy must
    // still link to the one in its place, not across the documents.
    const AnalyzedDocument a = test::makeDocument({
        filler[0],
        u"And warning, stay indoors: for the water of the river is still rising."_s,
        filler[1],
        filler[2],
        filler[3],
        u"From that night the mayor began to speak, and to say, stay indoors: "
        u"for the water of the river is still rising."_s,
        filler[4],
    });
    const AnalyzedDocument b = test::makeDocument({
        filler[0],
        u"Stay indoors; for the water of the river is still rising."_s,
        filler[1],
        filler[2],
        filler[3],
        u"From that night began the mayor to speak, and to say, and warning, stay indoors: "
        u"for the water of the river is still rising."_s,
        filler[4],
    });
    QCOMPARE(describe(match(a, b)), u"0.0S 1.1S 2.2S 3.3S 4.4S 5.5S 6.6S"_s);
}

QTEST_GUILESS_MAIN(tst_SentenceMatcher)
#include "tst_sentencematcher.moc"
