#pragma once

#include <QtGlobal>

#include <cstddef>
#include <span>

namespace parallax {

// The first of the ascending, non-empty `keys` not below `key`, or the last
// key when all are below: a binary search without a branch on the data
// (which half holds the key is data, not a jump to guess). Pair scoring
// looks up a few keys in the other sentence's lists; a merge would walk them.
inline const quint64 *lowerBoundOrLast(std::span<const quint64> keys, quint64 key)
{
    const quint64 *base = keys.data();
    std::size_t length = keys.size();
    while (length > 1) {
        const std::size_t half = length / 2;
        base += std::size_t(base[half - 1] < key) * half;
        length -= half;
    }
    return base;
}

} // namespace parallax
