#include "matching/candidateindex.h"
#include "matching/candidatetable.h"
#include "matching/sentenceweights.h"
#include "matching/stemweights.h"
#include "testdocuments.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace parallax;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(parallax::CandidateLimits)

// CandidateTable looks every sentence up in all documents at once; what it
// finds for a sentence in one document must be exactly what the documented
// rules give for that document alone (its common stems, budget, ranking),
// which a plain reference implementation spells out below.
class tst_CandidateTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsTheSingleDocumentRulesOnRandomClusters_data();
    void equalsTheSingleDocumentRulesOnRandomClusters();
    void sentenceOfCommonWordsFindsItsCopies();
    void documentsSharingNoStemHaveNoCandidates();
    void weightedOverlapFiltersCandidates();
    void sharedStemsAtMostBoundsTheSharedStems();
    void identicalPairsAreIdenticalPerSentence();
};

namespace {

// Documents, their indexes and weights, numbered in order.
struct Cluster
{
    explicit Cluster(const std::vector<QStringList> &texts)
    {
        for (const QStringList &sentences : texts)
            documents.push_back(std::make_unique<AnalyzedDocument>(test::makeDocument(sentences)));
        for (const auto &document : documents)
            indexes.push_back(std::make_unique<CandidateIndex>(*document));
        std::vector<const CandidateIndex *> all;
        for (const auto &index : indexes)
            all.push_back(index.get());
        stems = StemWeights(all);
        for (size_t d = 0; d < indexes.size(); ++d) {
            weights.push_back(std::make_unique<SentenceWeights>(*indexes[d], stems));
            prepared.push_back({int(d), indexes[d].get(), nullptr, weights[d].get()});
        }
    }

    std::vector<std::unique_ptr<AnalyzedDocument>> documents;
    std::vector<std::unique_ptr<CandidateIndex>> indexes;
    StemWeights stems;
    std::vector<std::unique_ptr<SentenceWeights>> weights;
    std::vector<MatchDocument> prepared;
};

std::vector<int> sentencesOf(std::span<const CandidateTable::Entry> entries)
{
    std::vector<int> result;
    for (const CandidateTable::Entry &entry : entries)
        result.push_back(entry.sentence);
    return result;
}

// The rules of CandidateLimits for sentence x of a in document b, the plain way.
std::vector<int> reference(const Cluster &c, int a, int x, int b, const CandidateLimits &limits)
{
    const CandidateIndex &query = *c.indexes[size_t(a)];
    const CandidateIndex &target = *c.indexes[size_t(b)];
    const std::vector<quint64> &stems = query.stems(x);
    // The query's stems found in b, rarest there first, ties by key.
    std::vector<std::pair<size_t, quint64>> present;
    for (const quint64 stem : stems) {
        const auto found = target.postings().find(stem);
        if (found != target.postings().end())
            present.emplace_back(found->second.size(), stem);
    }
    std::sort(present.begin(), present.end());
    const size_t commonLimit = std::max<size_t>(size_t(limits.commonStemFloor),
                                                size_t(limits.commonStemShare * target.sentenceCount()));
    std::vector<quint64> read;
    size_t postings = 0;
    for (size_t k = 0; k < present.size(); ++k) {
        const size_t length = present[k].first;
        if (k >= size_t(limits.minimumStems)
            && (length > commonLimit || postings + length > size_t(limits.postingBudget)))
            break;
        read.push_back(present[k].second);
        postings += length;
    }
    std::vector<std::pair<double, int>> ranked; // (-overlap, sentence)
    for (int t = 0; t < target.sentenceCount(); ++t) {
        const std::vector<quint64> &other = target.stems(t);
        const bool hit = std::any_of(read.begin(), read.end(), [&](quint64 stem) {
            return std::binary_search(other.begin(), other.end(), stem);
        });
        if (!hit)
            continue;
        std::vector<quint64> common;
        std::set_intersection(stems.begin(), stems.end(), other.begin(), other.end(),
                              std::back_inserter(common));
        const double overlap = double(common.size()) / std::sqrt(double(stems.size()) * double(other.size()));
        const int smaller = int(std::min(stems.size(), other.size()));
        if (int(common.size()) >= std::min(limits.minimumShared, smaller) && overlap >= limits.minimumOverlap)
            ranked.emplace_back(-overlap, t);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<int> result;
    for (const auto &[negated, t] : ranked) {
        if (int(result.size()) == limits.maxCount)
            break;
        result.push_back(t);
    }
    std::erase_if(result, [&](int t) {
        return SentenceWeights::overlap(*c.weights[size_t(a)], x, *c.weights[size_t(b)], t)
            < limits.minimumWeightedOverlap;
    });
    return result;
}

// A cluster of rewrites: sentences drawn from a small vocabulary, so that
// stems are common in some documents and rare in others; one in five a copy
// of a sentence met before (in its own document or another), with the words
// in another order (copies share their lookup: CandidateTable looks each set
// of stems up once).
std::vector<QStringList> randomCluster(QRandomGenerator &random, int documents)
{
    static const QStringList words
        = u"minister talks pipeline tariff Brussels summit gas price sanctions border troops the of said "
          "Vale Moscow deal signed delayed rejected agreed leaders court ruling vote budget"_s.split(u' ');
    std::vector<QStringList> texts;
    QStringList earlier;
    for (int d = 0; d < documents; ++d) {
        QStringList sentences;
        const int count = 1 + random.bounded(40);
        for (int s = 0; s < count; ++s) {
            QStringList sentence;
            if (!earlier.isEmpty() && random.bounded(5) == 0) {
                sentence = earlier[random.bounded(earlier.size())].chopped(1).split(u' ');
                std::reverse(sentence.begin(), sentence.end());
            } else {
                const int length = 1 + random.bounded(12);
                for (int w = 0; w < length; ++w)
                    sentence << words[random.bounded(words.size())];
            }
            sentences << sentence.join(u' ') + u"."_s;
            earlier << sentences.back();
        }
        texts.push_back(sentences);
    }
    return texts;
}

} // namespace

void tst_CandidateTable::equalsTheSingleDocumentRulesOnRandomClusters_data()
{
    QTest::addColumn<CandidateLimits>("limits");
    CandidateLimits tight;
    tight.maxCount = 3;
    tight.commonStemFloor = 3; // small documents still skip common stems
    tight.postingBudget = 20; // and run out of budget
    tight.minimumWeightedOverlap = 0.25;
    QTest::newRow("tight") << tight;
    // Every stem that is not common fits the budget: the table reads them
    // without sorting the lists; with more stems needed than are rare, it
    // must sort them after all.
    CandidateLimits roomy;
    roomy.minimumStems = 4;
    roomy.minimumWeightedOverlap = 0.1;
    QTest::newRow("roomy") << roomy;
    CandidateLimits none;
    none.minimumStems = 0;
    none.commonStemFloor = 2;
    none.minimumShared = 1;
    QTest::newRow("no stem needed") << none;
}

void tst_CandidateTable::equalsTheSingleDocumentRulesOnRandomClusters()
{
    QFETCH(CandidateLimits, limits);
    QRandomGenerator random(7);
    int compared = 0;
    int found = 0;
    for (int round = 0; round < 20; ++round) {
        const Cluster cluster(randomCluster(random, 2 + random.bounded(6)));
        const CandidateTable table(cluster.prepared, limits);
        for (int a = 0; a < int(cluster.prepared.size()); ++a) {
            for (int x = 0; x < cluster.indexes[size_t(a)]->sentenceCount(); ++x) {
                for (int b = 0; b < int(cluster.prepared.size()); ++b) {
                    if (b == a)
                        continue;
                    const std::vector<int> expected = reference(cluster, a, x, b, limits);
                    QCOMPARE(sentencesOf(table.candidates(a, x, b)), expected);
                    ++compared;
                    found += int(expected.size());
                }
            }
        }
    }
    // The random clusters exercise the rules: many lookups, many candidates.
    QVERIFY(compared > 2000);
    QVERIFY(found > compared / 2);
}

void tst_CandidateTable::sentenceOfCommonWordsFindsItsCopies()
{
    // Every sentence of b uses the same few words: their stems are common in
    // b, yet the query's rarest two are always read, and at most maxCount come back.
    QStringList many;
    for (int i = 0; i < 60; ++i)
        many << u"Putin said Syria talks on day %1 went well for Russia."_s.arg(i);
    many << u"Putin said Syria and Russia talks went well."_s;
    const Cluster cluster({{u"Putin said Syria and Russia talks went well."_s}, many});
    const CandidateTable table(cluster.prepared, CandidateLimits {});
    const std::vector<int> found = sentencesOf(table.candidates(0, 0, 1));
    QCOMPARE(found.size(), size_t(8));
    QCOMPARE(found.front(), 60); // the copy ranks first
}

void tst_CandidateTable::documentsSharingNoStemHaveNoCandidates()
{
    const Cluster cluster({{u"Heavy rain flooded the lower town."_s, u"Volunteers filled sandbags."_s},
                           {u"The court ruling delayed the vote."_s},
                           {u"Rain flooded the town overnight."_s}});
    const CandidateTable table(cluster.prepared, CandidateLimits {});
    QVERIFY(table.candidates(0, 0, 1).empty());
    QVERIFY(table.candidates(1, 0, 0).empty());
    QVERIFY(table.candidates(1, 0, 2).empty());
    QCOMPARE(sentencesOf(table.candidates(0, 0, 2)), std::vector<int> {0});
    QCOMPARE(sentencesOf(table.candidates(2, 0, 0)), std::vector<int> {0});
    QVERIFY(table.candidates(0, 1, 2).empty());
}

void tst_CandidateTable::weightedOverlapFiltersCandidates()
{
    // The sentences share "minister" and "talks", which every sentence of the
    // cluster has (little weight), not the rare words of their claims.
    const Cluster cluster({{u"Minister talks pipeline route."_s, u"Minister talks here."_s},
                           {u"Minister talks tariff dispute."_s, u"Minister talks there."_s}});
    CandidateLimits limits;
    QCOMPARE(sentencesOf(CandidateTable(cluster.prepared, limits).candidates(0, 0, 1)),
             (std::vector<int> {1, 0}));
    limits.minimumWeightedOverlap = 0.25;
    QVERIFY(CandidateTable(cluster.prepared, limits).candidates(0, 0, 1).empty());
}

// CandidateIndex::sharedStemsAtMost never undercounts, also where sentences
// of 60 stems make several of their stems share a bit, and it rejects most
// pairs of short sentences that share no stem.
void tst_CandidateTable::sharedStemsAtMostBoundsTheSharedStems()
{
    QRandomGenerator random(5);
    const auto document = [&] {
        QStringList sentences;
        for (int s = 0; s < 40; ++s) {
            QStringList words;
            const int length = s % 2 == 0 ? 6 : 60;
            const int vocabulary = s % 2 == 0 ? 2000 : 100;
            for (int w = 0; w < length; ++w) {
                // Letters only: a word with digits is a number, never a stem here.
                const int n = int(random.bounded(vocabulary));
                words << u"w"_s + QChar(u'a' + n % 26) + QChar(u'a' + n / 26 % 26) + QChar(u'a' + n / 676);
            }
            sentences << words.join(u' ');
        }
        return test::makeDocument(sentences);
    };
    const AnalyzedDocument documentA = document();
    const AnalyzedDocument documentB = document();
    const CandidateIndex a(documentA);
    const CandidateIndex b(documentB);
    int undercounts = 0;
    int rejectedDisjoint = 0;
    int disjoint = 0;
    int manyShared = 0;
    for (int x = 0; x < a.sentenceCount(); ++x) {
        for (int y = 0; y < b.sentenceCount(); ++y) {
            std::vector<quint64> shared;
            std::set_intersection(a.stems(x).begin(), a.stems(x).end(), b.stems(y).begin(), b.stems(y).end(),
                                  std::back_inserter(shared));
            const int bound = CandidateIndex::sharedStemsAtMost(a, x, b, y);
            undercounts += bound < int(shared.size()) ? 1 : 0;
            manyShared += shared.size() >= 15 ? 1 : 0;
            if (shared.empty() && x % 2 == 0 && y % 2 == 0) { // two short sentences
                ++disjoint;
                rejectedDisjoint += bound < 2 ? 1 : 0;
            }
        }
    }
    QCOMPARE(undercounts, 0);
    QVERIFY(manyShared > 100); // the long sentences: shared stems colliding in a bit
    QVERIFY(disjoint > 300);
    QVERIFY(rejectedDisjoint > disjoint * 9 / 10);
}

// CandidateIndex::identicalPairs() pairs copies (in any case, repeated within
// a document), not sentences of the same words in another order, never
// unlinkable ones; copies() says the same of two sentences of one document.
void tst_CandidateTable::identicalPairsAreIdenticalPerSentence()
{
    const AnalyzedDocument documentA = test::makeDocument(
        {u"The dam burst at dawn."_s, u"Rescuers reached the valley."_s, u"The dam burst at dawn."_s,
         u"It was not the first time."_s, u"2011."_s, u"Dawn at the dam burst."_s});
    const AnalyzedDocument documentB
        = test::makeDocument({u"Rescuers reached the valley."_s, u"2011."_s, u"THE DAM BURST AT DAWN."_s,
                              u"Nobody was hurt."_s, u"Rescuers reached the valley."_s});
    const CandidateIndex a(documentA);
    const CandidateIndex b(documentB);
    QCOMPARE(CandidateIndex::identicalPairs(a, b),
             (std::vector<std::pair<int, int>> {{0, 2}, {1, 0}, {1, 4}, {2, 2}}));
    QVERIFY(a.copies(0, 2) && a.copies(2, 0) && a.copies(0, 0));
    QVERIFY(!a.copies(0, 5)); // the same words in another order
    QVERIFY(!a.copies(0, 1));
    QVERIFY(!a.copies(4, 4)); // "2011." is never linked
    QVERIFY(b.copies(0, 4));
    const AnalyzedDocument unlike = test::makeDocument({u"Nothing alike here."_s});
    QVERIFY(CandidateIndex::identicalPairs(a, CandidateIndex(unlike)).empty());
}

QTEST_GUILESS_MAIN(tst_CandidateTable)
#include "tst_candidatetable.moc"
