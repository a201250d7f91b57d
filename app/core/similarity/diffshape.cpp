#include "diffshape.h"

#include "onpdiagonals.h"
#include "scratchbuffer.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace parallax {

namespace {

using Keys = std::span<const quint64>;

// A shortest edit script read one step at a time, summarized as it goes.
// Plain ints without initializers (start from Summary {}): a buffer of them
// costs nothing to set up.
struct Summary
{
    int lcs;
    int gaps;
    int longestGap;
    int longestExtra;
    int openA; // keys of a since the last common key
    int openB; // keys of b since the last common key

    void common(int count)
    {
        if (count == 0)
            return;
        closeStretch();
        lcs += count;
    }

    void closeStretch()
    {
        if (openA + openB > 0) {
            ++gaps;
            longestGap = std::max({longestGap, openA, openB});
            longestExtra = std::max(longestExtra, std::abs(openA - openB));
        }
        openA = openB = 0;
    }

    DiffShape finish()
    {
        closeStretch();
        return DiffShape {lcs, longestGap, gaps, longestExtra};
    }
};

// dtl itself, for sequences so long that its search may stop at
// MAX_CORDINATES_SIZE path points and start again on the rest: a split that
// walked() does not reproduce.
DiffShape composedByDtl(Keys a, Keys b)
{
    using Sequence = std::vector<quint64>;
    dtl::Diff<quint64, Sequence> diff(Sequence(a.begin(), a.end()), Sequence(b.begin(), b.end()));
    diff.compose();
    Summary summary {};
    for (const auto &[key, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON)
            summary.common(1);
        else if (info.type == dtl::SES_ADD)
            ++summary.openB;
        else
            ++summary.openA;
    }
    return summary.finish();
}

// dtl's Diff::compose() step for step (x indexes the shorter `a`, y `b`; one
// diagonal k = y - x per entry), but instead of recording every path point
// and tracing the path back, each diagonal carries the summary of the script
// that reaches its furthest point: no allocation for sentence-sized input,
// and the same script, tie-breaks included. WordDiff's searchedDiff() runs
// the same search (onpDiagonals) for the script itself.
DiffShape walked(Keys a, Keys b)
{
    const qsizetype m = qsizetype(a.size());
    const qsizetype n = qsizetype(b.size());
    const qsizetype delta = n - m;
    const size_t diagonals = size_t(m + n + 3);
    const qsizetype offset = m + 1;
    ScratchBuffer<int, 160> reached(diagonals, -1); // furthest y per diagonal, -1: none yet
    ScratchBuffer<Summary, 160> summaries(diagonals); // valid where reached >= 0
    const auto snake = [&](qsizetype k) {
        const size_t at = size_t(k + offset);
        const int fromAbove = reached[at - 1] + 1; // one key of b further
        const int fromBelow = reached[at + 1]; // one key of a further
        const bool byB = fromAbove > fromBelow; // dtl takes `below` on a tie
        const size_t from = byB ? at - 1 : at + 1;
        Summary summary {}; // the start: no edit before the first snake
        if (reached[from] >= 0) {
            summary = summaries[from];
            ++(byB ? summary.openB : summary.openA);
        }
        qsizetype y = std::max(fromAbove, fromBelow);
        qsizetype x = y - k;
        const qsizetype start = y;
        while (x < m && y < n && a[size_t(x)] == b[size_t(y)]) {
            ++x;
            ++y;
        }
        summary.common(int(y - start));
        reached[at] = int(y);
        summaries[at] = summary;
    };
    onpDiagonals(delta, snake, [&] { return reached[size_t(delta + offset)] == n; });
    return summaries[size_t(delta + offset)].finish();
}

} // namespace

DiffShape DiffShape::of(Keys a, Keys b)
{
    // dtl walks from the shorter sequence, from b when both are as long.
    const bool swapped = a.size() >= b.size();
    const Keys shorter = swapped ? b : a;
    const Keys longer = swapped ? a : b;
    if (!isShortest(a.size(), b.size()))
        return composedByDtl(a, b);
    return walked(shorter, longer);
}

bool DiffShape::isShortest(std::size_t lengthA, std::size_t lengthB)
{
    // The search records at most (|a| + 1) * (|b| + 1) path points.
    return (lengthA + 1) * (lengthB + 1) < dtl::MAX_CORDINATES_SIZE;
}

} // namespace parallax
