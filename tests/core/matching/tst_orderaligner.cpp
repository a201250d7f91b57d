#include "matching/orderaligner.h"

#include <QRandomGenerator>
#include <QTest>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <utility>
#include <vector>

using namespace parallax;

namespace {

using Links = std::vector<std::pair<int, int>>;

// dtl itself on the links in a's and in b's order: the reference.
std::vector<bool> dtlInOrder(const Links &links)
{
    std::vector<int> inA(links.size());
    std::iota(inA.begin(), inA.end(), 0);
    std::sort(inA.begin(), inA.end(), [&](int x, int y) { return links[size_t(x)] < links[size_t(y)]; });
    std::vector<int> inB = inA;
    std::sort(inB.begin(), inB.end(),
              [&](int x, int y) { return links[size_t(x)].second < links[size_t(y)].second; });
    dtl::Diff<int> diff(inA, inB, /*deletesFirst=*/true);
    diff.compose();
    std::vector<bool> result(links.size(), false);
    for (const auto &[symbol, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON)
            result[size_t(symbol)] = true;
    }
    return result;
}

// `count` one-to-one links between sentences of two documents of `count`
// sentences: b's order is a's, with `moves` sentences taken out and put back elsewhere.
Links shuffledLinks(QRandomGenerator &random, int count, int moves)
{
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    for (int m = 0; m < moves && count > 1; ++m) {
        const auto from = order.begin() + random.bounded(count);
        const int moved = *from;
        order.erase(from);
        order.insert(order.begin() + random.bounded(count), moved);
    }
    Links links;
    for (int b = 0; b < count; ++b)
        links.emplace_back(order[size_t(b)], b);
    // The links come in no particular order.
    std::shuffle(links.begin(), links.end(), std::mt19937(random.generate()));
    return links;
}

// Whether the links marked in order are increasing on both sides.
bool increasing(const Links &links, const std::vector<bool> &inOrder)
{
    Links kept;
    for (size_t i = 0; i < links.size(); ++i) {
        if (inOrder[i])
            kept.push_back(links[i]);
    }
    std::sort(kept.begin(), kept.end());
    return std::adjacent_find(kept.begin(), kept.end(),
                              [](const auto &x, const auto &y) { return x.second >= y.second; })
        == kept.end();
}

} // namespace

class tst_OrderAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownOrders()
    {
        QCOMPARE(OrderAligner::inOrder({}), std::vector<bool> {});
        QCOMPARE(OrderAligner::inOrder({{0, 0}, {1, 1}, {2, 2}}), (std::vector<bool> {true, true, true}));
        // Sentence 0 of a moved to the end of b: the other two keep the order.
        QCOMPARE(OrderAligner::inOrder({{0, 2}, {1, 0}, {2, 1}}), (std::vector<bool> {false, true, true}));
        // Two sentences swapped: one of them keeps the order, the one dtl keeps.
        const Links swapped {{0, 1}, {1, 0}};
        const std::vector<bool> kept = OrderAligner::inOrder(swapped);
        QCOMPARE(kept, dtlInOrder(swapped));
        QCOMPARE(std::count(kept.begin(), kept.end(), true), 1);
    }

    // Link sets of sentence-pair size (the search replayed) and larger (dtl
    // itself), with few and many moves, many ties among equally long orders:
    // always dtl's choice.
    void sameAsDtl()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 3000; ++round) {
            const int count = round < 2900 ? int(random.bounded(60)) : 1400 + int(random.bounded(200));
            const int moves = int(random.bounded(count + 1));
            const Links links = shuffledLinks(random, count, moves);
            const std::vector<bool> inOrder = OrderAligner::inOrder(links);
            QCOMPARE(inOrder, dtlInOrder(links));
            QVERIFY(increasing(links, inOrder));
        }
    }

    // Beyond MaxDtlLinks: a longest common order all the same (as long as dtl's).
    void patienceIsLongest()
    {
        QRandomGenerator random(11);
        const Links links = shuffledLinks(random, OrderAligner::MaxDtlLinks + 500, 300);
        const std::vector<bool> inOrder = OrderAligner::inOrder(links);
        QVERIFY(increasing(links, inOrder));
        const std::vector<bool> reference = dtlInOrder(links);
        QCOMPARE(std::count(inOrder.begin(), inOrder.end(), true),
                 std::count(reference.begin(), reference.end(), true));
    }
};

QTEST_GUILESS_MAIN(tst_OrderAligner)
#include "tst_orderaligner.moc"
