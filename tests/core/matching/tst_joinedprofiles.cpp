#include "matching/joinedprofiles.h"
#include "similarity/pairscorer.h"
#include "testdocuments.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <vector>

using namespace parallax;
using namespace Qt::StringLiterals;

// JoinedProfiles hands out the profile of two adjacent sentences taken as one,
// made once and shared by every document pair on any thread: it must be the
// profile of the joined sentence, the same object for every caller.
class tst_JoinedProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileOfTheJoinedSentence();
    void madeOnceForConcurrentCallers();
};

namespace {

const QStringList sentences = {u"The minister opened talks on the pipeline."_s,
                               u"It will carry 40 million tonnes a year."_s, u"Neighbours did not object."_s};

} // namespace

void tst_JoinedProfiles::profileOfTheJoinedSentence()
{
    const AnalyzedDocument document = test::makeDocument(sentences);
    const PairScorer scorer(0.8, 0.5);
    const JoinedProfiles joined(document, scorer);
    for (int first = 0; first + 1 < int(sentences.size()); ++first) {
        Sentence whole = document.sentences[size_t(first)];
        const Sentence &next = document.sentences[size_t(first) + 1];
        whole.tokens.insert(whole.tokens.end(), next.tokens.begin(), next.tokens.end());
        whole.span.end = next.span.end;
        const SentenceProfile expected = scorer.profile({&whole, &document.article.text});
        const SentenceProfile &profile = joined.of(first);
        QCOMPARE(profile.forms, expected.forms);
        QCOMPARE(profile.char3, expected.char3);
        QCOMPARE(profile.ownedGroups, expected.ownedGroups);
        QCOMPARE(profile.numbers, expected.numbers);
        QCOMPARE(profile.negations, expected.negations);
        // Judged like the joined sentence against another one.
        const SentenceProfile other = scorer.profile({&document.sentences[2], &document.article.text});
        QCOMPARE(scorer.judge(profile, other).probability, scorer.judge(expected, other).probability);
    }
}

void tst_JoinedProfiles::madeOnceForConcurrentCallers()
{
    const AnalyzedDocument document = test::makeDocument(sentences);
    const PairScorer scorer(0.8, 0.5);
    const JoinedProfiles joined(document, scorer);
    std::vector<int> firsts(400);
    for (size_t i = 0; i < firsts.size(); ++i)
        firsts[i] = int(i % 2);
    const std::vector<const SentenceProfile *> seen
        = QtConcurrent::blockingMapped<std::vector<const SentenceProfile *>>(
            firsts, [&](int first) { return &joined.of(first); });
    for (size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], &joined.of(firsts[i]));
    QVERIFY(&joined.of(0) != &joined.of(1));
}

QTEST_GUILESS_MAIN(tst_JoinedProfiles)
#include "tst_joinedprofiles.moc"
