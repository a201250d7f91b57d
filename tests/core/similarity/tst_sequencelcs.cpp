#include "similarity/sequencelcs.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace parallax;

namespace {

using Keys = std::vector<quint64>;

// The textbook dynamic programme, the reference.
int referenceLcs(const Keys &a, const Keys &b)
{
    std::vector<std::vector<int>> table(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j) {
            table[i][j]
                = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : std::max(table[i - 1][j], table[i][j - 1]);
        }
    }
    return table[a.size()][b.size()];
}

// The most consecutive keys of `a` that `b` lacks, by looking.
int referenceRunAbsent(const Keys &a, const Keys &b)
{
    int run = 0;
    int longest = 0;
    for (const quint64 key : a) {
        run = std::find(b.begin(), b.end(), key) == b.end() ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

SequenceLcs::Measure referenceMeasure(const Keys &a, const Keys &b)
{
    return {referenceLcs(a, b), std::max(referenceRunAbsent(a, b), referenceRunAbsent(b, a))};
}

// Keys first .. first + alphabet - 1: two sequences drawn from shifted
// alphabets each have keys the other lacks.
Keys randomKeys(QRandomGenerator &random, int length, int alphabet, int first = 0)
{
    Keys keys(size_t(length), 0);
    for (quint64 &key : keys)
        key = (quint64(first) + random.bounded(alphabet)) * 0x9E3779B97F4A7C15ULL; // spread over 64 bits
    return keys;
}

} // namespace

class TestSequenceLcs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The LCS, and the longest run of keys the other side lacks (on either side).
    void knownCases_data()
    {
        QTest::addColumn<QList<quint64>>("a");
        QTest::addColumn<QList<quint64>>("b");
        QTest::addColumn<int>("lcs");
        QTest::addColumn<int>("unsharedRun");
        QTest::newRow("empty") << QList<quint64> {} << QList<quint64> {1, 2} << 0 << 2;
        QTest::newRow("equal") << QList<quint64> {1, 2, 3} << QList<quint64> {1, 2, 3} << 3 << 0;
        QTest::newRow("disjoint") << QList<quint64> {1, 2} << QList<quint64> {3, 4, 5} << 0 << 3;
        QTest::newRow("reordered") << QList<quint64> {1, 2, 3, 4} << QList<quint64> {4, 3, 2, 1} << 1 << 0;
        QTest::newRow("inserted") << QList<quint64> {1, 2, 3} << QList<quint64> {1, 9, 2, 9, 3} << 3 << 1;
        QTest::newRow("repeats") << QList<quint64> {7, 7, 7} << QList<quint64> {7, 7} << 2 << 0;
        QTest::newRow("runs in a") << QList<quint64> {8, 1, 8, 8, 2, 9, 9, 9} << QList<quint64> {1, 2, 8} << 2
                                   << 3;
        QTest::newRow("runs in b") << QList<quint64> {1, 2} << QList<quint64> {5, 1, 6, 6, 2, 7} << 2 << 2;
        QTest::newRow("run at the end") << QList<quint64> {1, 4, 4, 4, 4} << QList<quint64> {1} << 1 << 4;
    }

    void knownCases()
    {
        QFETCH(QList<quint64>, a);
        QFETCH(QList<quint64>, b);
        QFETCH(int, lcs);
        QFETCH(int, unsharedRun);
        const Keys ka(a.begin(), a.end());
        const Keys kb(b.begin(), b.end());
        const SequenceLcs::Measure expected {lcs, unsharedRun};
        for (const auto &[x, y] : {std::pair {ka, kb}, std::pair {kb, ka}}) {
            QCOMPARE(SequenceLcs::length(x, y), lcs);
            QCOMPARE(SequenceLcs::measure(x, y), expected);
            QCOMPARE(SequenceLcs::measurePlain(x, y), expected);
        }
    }

    // Every code path (one word, several words, dtl beyond 4096 keys on the
    // shorter side) against the dynamic programme, with small alphabets so
    // that keys repeat.
    void matchesReference_data()
    {
        QTest::addColumn<int>("maxLengthA");
        QTest::addColumn<int>("rounds");
        QTest::newRow("one word") << 64 << 400;
        QTest::newRow("several words") << 300 << 100;
        QTest::newRow("dtl") << 4200 << 1;
    }

    void matchesReference()
    {
        QFETCH(int, maxLengthA);
        QFETCH(int, rounds);
        QRandomGenerator random(42);
        for (int round = 0; round < rounds; ++round) {
            const int lengthA = maxLengthA > 4096 ? maxLengthA : 1 + int(random.bounded(maxLengthA));
            const int lengthB = maxLengthA > 4096 ? 4100 : 1 + int(random.bounded(maxLengthA));
            const int alphabet = 1 + int(random.bounded(12));
            const Keys a = randomKeys(random, lengthA, alphabet);
            const Keys b = randomKeys(random, lengthB, alphabet, int(random.bounded(3)));
            const SequenceLcs::Measure expected = referenceMeasure(a, b);
            QCOMPARE(SequenceLcs::length(a, b), expected.length);
            QCOMPARE(SequenceLcs::lengthPlain(a, b), expected.length); // without vector instructions
            QCOMPARE(SequenceLcs::measure(a, b), expected);
            QCOMPARE(SequenceLcs::measurePlain(a, b), expected);
        }
    }

    // The vector path (where the processor has one) and the plain one on
    // sentence-sized input, many more rounds than the reference can afford.
    void vectorPathMatchesPlain()
    {
        QRandomGenerator random(9);
        for (int round = 0; round < 20000; ++round) {
            const int alphabet = 1 + int(random.bounded(40));
            const Keys a = randomKeys(random, int(random.bounded(65)), alphabet);
            const Keys b
                = randomKeys(random, int(random.bounded(80)), alphabet, int(random.bounded(alphabet)));
            QCOMPARE(SequenceLcs::length(a, b), SequenceLcs::lengthPlain(a, b));
            QCOMPARE(SequenceLcs::measure(a, b), SequenceLcs::measurePlain(a, b));
        }
    }
};

QTEST_GUILESS_MAIN(TestSequenceLcs)
#include "tst_sequencelcs.moc"
