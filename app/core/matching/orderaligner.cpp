#include "orderaligner.h"

#include "similarity/onpcommon.h"
#include "similarity/scratchbuffer.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <numeric>
#include <span>

namespace parallax {

namespace {

// Link indices into `order` (links.size() of them) in the order of their
// sentences in a (first) or b (second).
void orderBy(const std::vector<std::pair<int, int>> &links, bool byA, std::span<int> order)
{
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        const auto &lx = links[size_t(x)];
        const auto &ly = links[size_t(y)];
        return byA ? lx < ly : std::pair(lx.second, lx.first) < std::pair(ly.second, ly.first);
    });
}

std::vector<int> orderBy(const std::vector<std::pair<int, int>> &links, bool byA)
{
    std::vector<int> order(links.size());
    orderBy(links, byA, order);
    return order;
}

} // namespace

std::vector<bool> OrderAligner::inOrder(const std::vector<std::pair<int, int>> &links)
{
    if (int(links.size()) > MaxDtlLinks)
        return inOrderPatience(links);
    // Every document pair of a comparison aligns a few tens of links three
    // times: dtl's search replayed without its copies (onpCommon) unless it
    // could reach dtl's cap on path points.
    if ((links.size() + 1) * (links.size() + 1) < dtl::MAX_CORDINATES_SIZE)
        return inOrderSearched(links);
    return inOrderDtl(links);
}

// The same common subsequence as inOrderDtl().
std::vector<bool> OrderAligner::inOrderSearched(const std::vector<std::pair<int, int>> &links)
{
    // Scratch space: a few tens of links, aligned three times per document pair.
    ScratchBuffer<int, 128> inA(links.size());
    ScratchBuffer<int, 128> inB(links.size());
    orderBy(links, true, inA.span());
    orderBy(links, false, inB.span());
    std::vector<bool> result(links.size(), false);
    onpCommon(inA, inB, [&](size_t i, size_t) { result[size_t(inA[i])] = true; });
    return result;
}

std::vector<bool> OrderAligner::inOrderDtl(const std::vector<std::pair<int, int>> &links)
{
    // Each link is one symbol; the two sequences are the links in a's and in
    // b's sentence order. Their common subsequence is the order both keep.
    const std::vector<int> inA = orderBy(links, true);
    const std::vector<int> inB = orderBy(links, false);
    dtl::Diff<int> diff(inA, inB, /*deletesFirst=*/true);
    diff.compose();
    std::vector<bool> result(links.size(), false);
    const auto sequence = diff.getSes().getSequence(); // a copy: keep it
    for (const auto &[symbol, info] : sequence) {
        if (info.type == dtl::SES_COMMON)
            result[size_t(symbol)] = true;
    }
    return result;
}

std::vector<bool> OrderAligner::inOrderPatience(const std::vector<std::pair<int, int>> &links)
{
    // Longest strictly increasing subsequence of b positions taken in a order.
    const std::vector<int> inA = orderBy(links, true);
    std::vector<int> tails; // link index ending the best run of each length
    std::vector<int> previous(links.size(), -1); // back-pointers
    for (const int link : inA) {
        const int b = links[size_t(link)].second;
        const auto slot = std::lower_bound(tails.begin(), tails.end(), b, [&](int tail, int value) {
            return links[size_t(tail)].second < value;
        });
        if (slot != tails.begin())
            previous[size_t(link)] = *(slot - 1);
        if (slot == tails.end())
            tails.push_back(link);
        else
            *slot = link;
    }
    std::vector<bool> result(links.size(), false);
    for (int link = tails.empty() ? -1 : tails.back(); link >= 0; link = previous[size_t(link)])
        result[size_t(link)] = true;
    return result;
}

} // namespace parallax
