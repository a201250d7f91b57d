#pragma once

#include <QtGlobal>

namespace parallax {

// The order in which dtl's Diff::compose() (Wu, Manber and Myers' O(NP)
// search) extends the furthest point of each diagonal k = y - x, where
// delta = |longer| - |shorter|: for p = 0, 1, ... the diagonals -p .. delta - 1
// upwards, delta + p .. delta + 1 downwards, then delta itself, until `done()`
// (diagonal delta has reached the end). DiffShape and WordDiff replay dtl's
// search with it, each extending a diagonal its own way (`extend(k)`): the
// order decides which of equally short scripts comes out.
template<typename Extend, typename Done>
void onpDiagonals(qsizetype delta, const Extend &extend, const Done &done)
{
    for (qsizetype p = 0; !done(); ++p) {
        for (qsizetype k = -p; k <= delta - 1; ++k)
            extend(k);
        for (qsizetype k = delta + p; k >= delta + 1; --k)
            extend(k);
        extend(delta);
    }
}

} // namespace parallax
