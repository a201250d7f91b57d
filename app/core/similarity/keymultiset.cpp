#include "keymultiset.h"

#include "sortedintersection.h"

#include <algorithm>
#include <span>

namespace parallax {

KeyMultiset::KeyMultiset(std::vector<quint64> keys)
{
    std::sort(keys.begin(), keys.end());
    // Occurrence r (0-based) of a key goes to layer min(r, 2); each layer stays sorted.
    std::vector<quint64> layers[3];
    size_t occurrence = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        occurrence = i > 0 && keys[i] == keys[i - 1] ? occurrence + 1 : 0;
        layers[std::min<size_t>(occurrence, 2)].push_back(keys[i]);
    }
    m_keys.reserve(keys.size());
    for (const std::vector<quint64> &layer : layers)
        m_keys.insert(m_keys.end(), layer.begin(), layer.end());
    m_distinctEnd = quint32(layers[0].size());
    m_twiceEnd = quint32(layers[0].size() + layers[1].size());
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
