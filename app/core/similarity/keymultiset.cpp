#include "keymultiset.h"

#include "sortedintersection.h"

#include <algorithm>
#include <array>
#include <span>

namespace parallax {

KeyMultiset::KeyMultiset(std::vector<quint64> keys)
{
    std::sort(keys.begin(), keys.end());
    // Occurrence r (0-based) of a key goes to layer min(r, 2); each layer
    // stays sorted. Counted first, then placed: every profile builds eight of
    // these, so no vector per layer.
    const auto layerOf = [&](size_t i, size_t &occurrence) {
        occurrence = i > 0 && keys[i] == keys[i - 1] ? occurrence + 1 : 0;
        return std::min<size_t>(occurrence, 2);
    };
    std::array<size_t, 3> sizes {};
    size_t occurrence = 0;
    for (size_t i = 0; i < keys.size(); ++i)
        ++sizes[layerOf(i, occurrence)];
    std::array<size_t, 3> next {0, sizes[0], sizes[0] + sizes[1]};
    m_keys.resize(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        m_keys[next[layerOf(i, occurrence)]++] = keys[i];
    m_distinctEnd = quint32(sizes[0]);
    m_twiceEnd = quint32(sizes[0] + sizes[1]);
}

size_t KeyMultiset::common(const KeyMultiset &a, const KeyMultiset &b)
{
    const std::span<const quint64> keysA(a.m_keys);
    const std::span<const quint64> keysB(b.m_keys);
    const auto layer = [](std::span<const quint64> keys, size_t begin, size_t end) {
        return keys.subspan(begin, end - begin);
    };
    return SortedIntersection::ofSets(layer(keysA, 0, a.m_distinctEnd), layer(keysB, 0, b.m_distinctEnd))
        + SortedIntersection::ofSets(layer(keysA, a.m_distinctEnd, a.m_twiceEnd),
                                     layer(keysB, b.m_distinctEnd, b.m_twiceEnd))
        + SortedIntersection::ofMultisets(keysA.subspan(a.m_twiceEnd), keysB.subspan(b.m_twiceEnd));
}

} // namespace parallax
