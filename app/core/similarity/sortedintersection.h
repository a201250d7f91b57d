#pragma once

#include <QtGlobal>

#include <span>

namespace parallax {

// How many keys two ascending key ranges have in common: the hot loop of
// pair scoring (each pair merges eight key lists, the character n-gram lists
// of a hundred keys and more each).
class SortedIntersection
{
public:
    using Keys = std::span<const quint64>;

    // Size of the multiset intersection (each key counted min(count in a,
    // count in b) times). Plain C++.
    static size_t ofMultisets(Keys a, Keys b);
    // The same for ranges without repeated keys, compared four by four with
    // AVX2 where the processor has it (checked at run time: the packages
    // are built for baseline x86-64), else ofMultisets().
    static size_t ofSets(Keys a, Keys b);
    // Whether ofSets() runs the vector path on this processor (for tests).
    static bool vectorized();
};

} // namespace parallax
