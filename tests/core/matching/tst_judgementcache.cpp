#include "matching/judgementcache.h"
#include "testdocuments.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <random>
#include <thread>
#include <tuple>

using namespace parallax;
using namespace parallax::test;

namespace {

bool same(const PairJudgement &x, const PairJudgement &y)
{
    return std::tie(x.relation, x.score, x.surface, x.probability, x.containment, x.conflicts)
        == std::tie(y.relation, y.score, y.surface, y.probability, y.containment, y.conflicts);
}

// Documents that all hold the same `count` sentences, "Line 0." to "Line count-1.".
std::vector<AnalyzedDocument> repeatedDocuments(int documents, int count)
{
    QStringList sentences;
    for (int i = 0; i < count; ++i)
        sentences << QStringLiteral("Line %1.").arg(i);
    return std::vector<AnalyzedDocument>(size_t(documents), makeDocument(sentences));
}

// A judgement that differs in every field from pair to pair, with every
// conflict list the rules make and one no rule makes.
PairJudgement madeUp(int x, int y, int kind)
{
    static const std::array<QStringList, 6> conflicts {
        QStringList {},
        QStringList {QStringLiteral("number")},
        QStringList {QStringLiteral("negation")},
        QStringList {QStringLiteral("number"), QStringLiteral("negation")},
        QStringList {QStringLiteral("negation"), QStringLiteral("number")},
        QStringList {QStringLiteral("number"), QStringLiteral("number")},
    };
    PairJudgement judgement;
    judgement.relation = Relation((x + y + kind) % 3);
    judgement.score = x + y / 1000.0 + kind / 7.0;
    judgement.surface = 1.0 / (x + 2);
    judgement.probability = 1.0 / (y + 3);
    judgement.containment = kind ? 0.25 : 0.75;
    judgement.conflicts = conflicts[size_t(x * 7 + y + kind) % conflicts.size()];
    return judgement;
}

bool keepable(const PairJudgement &judgement)
{
    return judgement.conflicts != QStringList {QStringLiteral("number"), QStringLiteral("number")};
}

} // namespace

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

    // A kept judgement reads back equal in every field; conflicts that no
    // rule makes are not kept (computed again), still answered exactly.
    void keepsJudgementsWhole()
    {
        const std::vector<AnalyzedDocument> documents = repeatedDocuments(3, 4);
        const JudgementCache cache(documents);
        for (int x = 0; x < 4; ++x) {
            for (int y = 0; y < 4; ++y) {
                int computed = 0;
                const auto compute = [&] {
                    ++computed;
                    return madeUp(x, y, 0);
                };
                QVERIFY(same(cache.judgement(0, x, 1, y, 0, compute), madeUp(x, y, 0)));
                QVERIFY(same(cache.judgement(2, x, 1, y, 0, compute), madeUp(x, y, 0)));
                QCOMPARE(computed, keepable(madeUp(x, y, 0)) ? 1 : 2);
            }
        }
    }

    // Threads looking up and keeping the same pairs at once, in different
    // orders, through two growths of the table (128 * 128 * 2 pairs, 5 in 6 kept,
    // from 16384 slots): every answer is the one computed directly, and a
    // pair that can be kept is mostly computed once.
    void concurrentLookupsAgree()
    {
        constexpr int Sentences = 128;
        const std::vector<AnalyzedDocument> documents = repeatedDocuments(2, Sentences);
        const JudgementCache cache(documents);
        std::vector<std::tuple<int, int, int, int, int>> lookups;
        for (int a = 0; a < 2; ++a) {
            for (int x = 0; x < Sentences; ++x) {
                for (int y = 0; y < Sentences; ++y) {
                    for (int kind = 0; kind < 2; ++kind)
                        lookups.emplace_back(a, x, 1 - a, y, kind);
                }
            }
        }
        constexpr int Threads = 4;
        std::array<int, Threads> wrong {};
        std::array<int, Threads> computed {}; // of pairs that can be kept
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&, t] {
                std::vector<std::tuple<int, int, int, int, int>> own = lookups;
                std::shuffle(own.begin(), own.end(), std::mt19937(unsigned(t)));
                for (const auto &[a, x, b, y, kind] : own) {
                    const PairJudgement direct = madeUp(x, y, kind);
                    const auto compute = [&] {
                        computed[size_t(t)] += keepable(direct) ? 1 : 0;
                        return direct;
                    };
                    if (!same(cache.judgement(a, x, b, y, kind, compute), direct))
                        ++wrong[size_t(t)];
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong, (std::array<int, Threads> {}));
        int total = 0;
        for (const int count : computed)
            total += count;
        // 128 * 128 * 2 pairs, each met twice by each thread: computed about once.
        QVERIFY2(total < Sentences * Sentences * 4, qPrintable(QString::number(total)));
    }
};

QTEST_GUILESS_MAIN(TestJudgementCache)
#include "tst_judgementcache.moc"
