#include "similarity/keymultiset.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <vector>

using namespace parallax;

namespace {

using Keys = std::vector<quint64>;

// Each key counted min(count in a, count in b) times, the reference.
size_t referenceCommon(const Keys &a, const Keys &b)
{
    std::map<quint64, size_t> countsA;
    std::map<quint64, size_t> countsB;
    for (const quint64 key : a)
        ++countsA[key];
    for (const quint64 key : b)
        ++countsB[key];
    size_t common = 0;
    for (const auto &[key, count] : countsA)
        common += std::min(count, countsB[key]);
    return common;
}

} // namespace

class tst_KeyMultiset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCases()
    {
        const KeyMultiset a(Keys {5, 1, 5, 5, 5, 2});
        const KeyMultiset b(Keys {5, 5, 5, 2, 2, 9});
        QCOMPARE(a.size(), size_t(6));
        QCOMPARE(KeyMultiset::common(a, b), size_t(4)); // 5 three times, 2 once
        QCOMPARE(KeyMultiset::common(b, a), size_t(4));
        QCOMPARE(KeyMultiset::common(a, a), size_t(6));
        QCOMPARE(KeyMultiset::common(a, KeyMultiset()), size_t(0));
        QVERIFY(KeyMultiset(Keys {3, 1, 3}) == KeyMultiset(Keys {1, 3, 3}));
    }

    // Small alphabets give keys repeated up to dozens of times (every layer
    // in use), large ones mostly distinct keys.
    void randomMatchReference()
    {
        QRandomGenerator random(3);
        for (int round = 0; round < 20000; ++round) {
            const int alphabet = 1 + int(random.bounded(round % 2 == 0 ? 8 : 300));
            Keys a(random.bounded(round % 10 == 0 ? 300 : 40));
            Keys b(random.bounded(round % 10 == 0 ? 300 : 40));
            for (Keys *keys : {&a, &b}) {
                for (quint64 &key : *keys)
                    key = random.bounded(alphabet) * 0x9E3779B97F4A7C15ULL;
            }
            const size_t expected = referenceCommon(a, b);
            QCOMPARE(KeyMultiset::common(KeyMultiset(a), KeyMultiset(b)), expected);
            QCOMPARE(KeyMultiset::common(KeyMultiset(b), KeyMultiset(a)), expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_KeyMultiset)
#include "tst_keymultiset.moc"
