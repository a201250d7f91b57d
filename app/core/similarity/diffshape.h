#pragma once

#include <QtGlobal>

#include <cstddef>
#include <span>

namespace parallax {

// The shape of the word diff of two key sequences: the shortest edit script
// that dtl's Diff::compose() gives (Wu, Manber and Myers' O(NP) algorithm,
// with dtl's choice among equally short scripts), summarized. The paraphrase
// model was calibrated on these exact numbers, so the choice matters: another
// shortest script may split or join the differing stretches.
struct DiffShape
{
    int lcs = 0; // common keys
    int longestGap = 0; // most keys on one side of one differing stretch
    int gaps = 0; // differing stretches
    int longestExtra = 0; // largest |inserted - deleted| of one stretch

    static DiffShape of(std::span<const quint64> a, std::span<const quint64> b);
    // Whether of() gives a shortest script for sequences this long (then lcs
    // is their longest common subsequence): all but monster sentences, where
    // dtl may stop its search at its cap and start again on the rest.
    static bool isShortest(std::size_t lengthA, std::size_t lengthB);

    friend bool operator==(const DiffShape &, const DiffShape &) = default;
};

} // namespace parallax
