#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace parallax {

// A multiset of keys (stems, n-grams) laid out for counting what two have in
// common, in layers: the distinct keys ascending, then the keys that occur
// at least twice (once each) ascending, then the rest (each occurrence after
// a key's second) ascending. For counts ca, cb of a key,
// min(ca, cb) = [ca > 0][cb > 0] + [ca > 1][cb > 1] + min(ca - 2, cb - 2)⁺:
// the multiset intersection is the sum of the intersections of the layers.
// The first two hold no repeats, which SortedIntersection compares four
// keys at a time; the rest is short.
class KeyMultiset
{
public:
    KeyMultiset() = default;
    explicit KeyMultiset(std::vector<quint64> keys); // in any order

    size_t size() const { return m_keys.size(); } // repeats counted
    bool empty() const { return m_keys.empty(); }

    std::span<const quint64> keys() const { return m_keys; } // the layers, for prefetch()

    // Size of the multiset intersection: each key counted min(count in a, count in b) times.
    static size_t common(const KeyMultiset &a, const KeyMultiset &b);

    friend bool operator==(const KeyMultiset &, const KeyMultiset &) = default;

private:
    std::vector<quint64> m_keys; // the three layers
    quint32 m_distinctEnd = 0; // end of the distinct keys in m_keys
    quint32 m_twiceEnd = 0; // end of the keys occurring at least twice
};

} // namespace parallax
