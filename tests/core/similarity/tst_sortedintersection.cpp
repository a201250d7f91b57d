#include "similarity/sortedintersection.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <vector>

using namespace parallax;

namespace {

using Keys = std::vector<quint64>;

// The standard library's multiset intersection, the reference.
size_t referenceCount(const Keys &a, const Keys &b)
{
    Keys common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    return common.size();
}

// `length` keys drawn from `alphabet` values spread over 64 bits (the top
// bit set for some: the comparisons are unsigned), sorted; unique if asked.
Keys randomKeys(QRandomGenerator &random, int length, int alphabet, bool unique)
{
    Keys keys(size_t(length), 0);
    for (quint64 &key : keys)
        key = random.bounded(alphabet) * 0x9E3779B97F4A7C15ULL;
    std::sort(keys.begin(), keys.end());
    if (unique)
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace

class tst_SortedIntersection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCases()
    {
        QCOMPARE(SortedIntersection::ofSets({}, {}), size_t(0));
        const Keys a {1, 2, 3, 4, 5, 6, 7, 8, 9};
        const Keys b {2, 4, 6, 8, 10, 12, 14, 16};
        QCOMPARE(SortedIntersection::ofSets(a, b), size_t(4));
        QCOMPARE(SortedIntersection::ofSets(b, a), size_t(4));
        QCOMPARE(SortedIntersection::ofSets(a, a), a.size());
        QCOMPARE(SortedIntersection::ofSets(a, {}), size_t(0));
        const Keys top {1, ~quint64(0) - 1, ~quint64(0)};
        QCOMPARE(SortedIntersection::ofSets(top, Keys {0, ~quint64(0)}), size_t(1));
        QCOMPARE(SortedIntersection::ofMultisets(Keys {7, 7, 7, 9}, Keys {7, 7, 9, 9}), size_t(3));
    }

    // The vector path (where this processor has one) and the plain merge
    // against the reference on the same input: lengths around the block
    // size of four and its multiples, overlaps from none to all.
    void randomMatchReference()
    {
        qInfo("vector path: %s", SortedIntersection::vectorized() ? "yes" : "no");
        QRandomGenerator random(5);
        for (int round = 0; round < 20000; ++round) {
            const int alphabet = 1 + int(random.bounded(400));
            const int lengthA = int(random.bounded(round % 10 == 0 ? 300 : 24));
            const int lengthB = int(random.bounded(round % 10 == 0 ? 300 : 24));
            const Keys setA = randomKeys(random, lengthA, alphabet, true);
            const Keys setB = randomKeys(random, lengthB, alphabet, true);
            const size_t expected = referenceCount(setA, setB);
            QCOMPARE(SortedIntersection::ofSets(setA, setB), expected);
            QCOMPARE(SortedIntersection::ofSets(setB, setA), expected);
            QCOMPARE(SortedIntersection::ofMultisets(setA, setB), expected);
            const Keys bagA = randomKeys(random, lengthA, alphabet, false);
            const Keys bagB = randomKeys(random, lengthB, alphabet, false);
            QCOMPARE(SortedIntersection::ofMultisets(bagA, bagB), referenceCount(bagA, bagB));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SortedIntersection)
#include "tst_sortedintersection.moc"
