#pragma once

#include "onpdiagonals.h"
#include "scratchbuffer.h"

#include <QScopeGuard>
#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace parallax {

// The common elements of the shortest edit script dtl's Diff::compose()
// gives with deletesFirst, in order: common(i, j) for a[i] == b[j] on it.
// Step for step dtl's search (Wu, Manber and Myers' O(NP) with dtl's
// tie-breaks, onpDiagonals) and dtl's walk along the path it traces back, so
// the common elements are the ones dtl keeps of equally long choices. x
// indexes the shorter sequence, y the longer (b when both are as long, as in
// dtl); one diagonal k = y - x per entry. Without dtl's copies of the input,
// its growing script with inserts in the middle and its copies of the result:
// the word diffs and sentence orders of a large comparison were a few percent
// of its time.
//
// Only where the search records fewer path points than dtl's cap
// (dtl::MAX_CORDINATES_SIZE, 2,000,000; it records at most about
// (|a| + 1) * (|b| + 1)): beyond it dtl cuts the search short and restarts
// it, which this does not. `Sequence`: size() and operator[] of comparable
// elements.
//
// DiffShape's walked() (diffshape.cpp) runs the same search in the same order
// and carries a summary per diagonal instead of path points. Folding the
// extension of a diagonal into one template too cost that hot path 2 % more
// instructions on 200 articles (measured), so each extends its own way;
// tst_worddiff, tst_orderaligner and tst_diffshape check them against dtl.
template<typename Sequence, typename Common>
void onpCommon(const Sequence &a, const Sequence &b, const Common &common)
{
    const bool swapped = a.size() >= b.size();
    const Sequence &shorter = swapped ? b : a;
    const Sequence &longer = swapped ? a : b;
    const qsizetype m = qsizetype(shorter.size());
    const qsizetype n = qsizetype(longer.size());
    const qsizetype delta = n - m;
    const qsizetype offset = m + 1;
    const size_t diagonals = size_t(m + n + 3);

    // Where a snake ended, and the point it started from (-1: the origin).
    struct Point
    {
        int x;
        int y;
        int previous; // after the search: the next point on the path
    };
    // Kept per thread from one search to the next: a fresh vector was a fifth
    // of a word diff's time (malloc, first touches of its pages). Not kept
    // when a long pair made it large (about 200 KB are).
    constexpr size_t keptPoints = 16 * 1024;
    thread_local std::vector<Point> points;
    points.clear();
    const auto release = qScopeGuard([&] {
        if (points.capacity() > keptPoints)
            points = {};
    });
    ScratchBuffer<int, 256> reached(diagonals, -1); // furthest y per diagonal, -1: none yet
    ScratchBuffer<int, 256> last(diagonals, -1); // its point
    const auto snake = [&](qsizetype k) {
        const size_t at = size_t(k + offset);
        const int fromAbove = reached[at - 1] + 1;
        const int fromBelow = reached[at + 1];
        const int previous = fromAbove > fromBelow ? last[at - 1] : last[at + 1];
        qsizetype y = std::max(fromAbove, fromBelow);
        qsizetype x = y - k;
        while (x < m && y < n && shorter[size_t(x)] == longer[size_t(y)]) {
            ++x;
            ++y;
        }
        last[at] = int(points.size());
        points.push_back({int(x), int(y), previous});
        reached[at] = int(y);
    };
    onpDiagonals(delta, snake, [&] { return reached[size_t(delta + offset)] == n; });

    // The path from the origin: its links turned around in place, so no
    // copy of it is made. Then dtl's walk along it: an off-diagonal step
    // where the next point's diagonal differs, common elements along it.
    int first = -1;
    for (int r = last[size_t(delta + offset)]; r != -1;) {
        const int previous = points[size_t(r)].previous;
        points[size_t(r)].previous = first;
        first = r;
        r = previous;
    }
    qsizetype x = 0;
    qsizetype y = 0;
    for (int r = first; r != -1; r = points[size_t(r)].previous) {
        const Point &to = points[size_t(r)];
        while (x < to.x || y < to.y) {
            if (to.y - to.x > y - x) {
                ++y;
            } else if (to.y - to.x < y - x) {
                ++x;
            } else {
                if (swapped)
                    common(size_t(y), size_t(x));
                else
                    common(size_t(x), size_t(y));
                ++x;
                ++y;
            }
        }
    }
}

} // namespace parallax
