#pragma once

#include <utility>
#include <vector>

namespace parallax {

// Sentence-order alignment of two documents: which of a set of one-to-one
// sentence links follow the order of both documents. The rest are "moved".
class OrderAligner
{
public:
    // Above this many links the longest common order is found by a patience
    // longest-increasing-subsequence (n log n) instead of dtl, whose cost grows
    // with n times the number of moves and cannot be interrupted.
    static constexpr int MaxDtlLinks = 4000;

    // `links` holds (sentence in a, sentence in b) with no sentence used twice
    // on either side. Returns, per link, whether it lies on one longest common
    // subsequence of the two documents' orders. Deterministic.
    static std::vector<bool> inOrder(const std::vector<std::pair<int, int>> &links);

private:
    static std::vector<bool> inOrderSearched(const std::vector<std::pair<int, int>> &links);
    static std::vector<bool> inOrderDtl(const std::vector<std::pair<int, int>> &links);
    static std::vector<bool> inOrderPatience(const std::vector<std::pair<int, int>> &links);
};

} // namespace parallax
