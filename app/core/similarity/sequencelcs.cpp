#include "sequencelcs.h"

#include "cpufeatures.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

namespace parallax {

namespace {

using Keys = std::span<const quint64>;

// Length of the longest common subsequence, bit-parallel (Allison-Dix /
// Hyyro): one pass over b with a bit vector over a's positions, so a pair of
// sentences costs |b| * ceil(|a| / 64) word operations and no allocation
// beyond the match masks. Exact, like dtl's edit distance it replaces on the
// hot path (pairs are scored millions of times in large jobs).
int bitParallel(Keys a, Keys b)
{
    const size_t words = (a.size() + 63) / 64;
    // Distinct keys of a, sorted, each with the mask of its positions in a.
    std::vector<std::pair<quint64, size_t>> order; // key, position
    order.reserve(a.size());
    for (size_t i = 0; i < a.size(); ++i)
        order.emplace_back(a[i], i);
    std::sort(order.begin(), order.end());
    std::vector<quint64> keys;
    std::vector<quint64> masks;
    for (const auto &[key, position] : order) {
        if (keys.empty() || keys.back() != key) {
            keys.push_back(key);
            masks.resize(masks.size() + words, 0);
        }
        masks[(keys.size() - 1) * words + position / 64] |= quint64(1) << (position % 64);
    }
    std::vector<quint64> v(words, ~quint64(0));
    for (const quint64 key : b) {
        const auto found = std::lower_bound(keys.begin(), keys.end(), key);
        if (found == keys.end() || *found != key)
            continue;
        const quint64 *mask = masks.data() + size_t(found - keys.begin()) * words;
        quint64 carry = 0;
        for (size_t w = 0; w < words; ++w) {
            const quint64 u = v[w] & mask[w];
            // v - u is v & ~u, as u is a subset of v; v + u carries across words.
            const quint64 sum = v[w] + u;
            const quint64 withCarry = sum + carry;
            carry = (sum < v[w] || withCarry < sum) ? 1 : 0;
            v[w] = withCarry | (v[w] & ~u);
        }
    }
    int lcs = 0;
    for (size_t i = 0; i < a.size(); ++i)
        lcs += (v[i / 64] >> (i % 64) & 1) == 0 ? 1 : 0;
    return lcs;
}

// The most consecutive keys of `a` absent from `b`: a search per key, for
// the long sequences (the one-word path finds them in its match masks).
int longestRunAbsent(Keys a, Keys b)
{
    std::vector<quint64> present(b.begin(), b.end());
    std::sort(present.begin(), present.end());
    int run = 0;
    int longest = 0;
    for (const quint64 key : a) {
        run = std::binary_search(present.begin(), present.end(), key) ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

// The longest run of zero bits among the low `count` bits of `bits`.
int longestZeroRun(quint64 bits, size_t count)
{
    quint64 zeros = ~bits & (count == 64 ? ~quint64(0) : (quint64(1) << count) - 1);
    int longest = 0;
    for (; zeros != 0; ++longest)
        zeros &= zeros >> 1; // each step shortens every run of ones by one
    return longest;
}

// The same for |a| <= 64: one machine word, each match mask built by a
// branch-free scan of a (no sorting, no allocation). With `Runs`, the masks
// also say which keys of b are absent from a (an empty mask) and which of a
// are absent from b (never in any mask).
template<bool Runs> inline SequenceLcs::Measure singleWord(Keys a, Keys b)
{
    quint64 v = ~quint64(0);
    quint64 present = 0; // positions of a whose key b has
    int run = 0;
    int longestRun = 0;
    for (const quint64 key : b) {
        quint64 mask = 0;
        for (size_t i = 0; i < a.size(); ++i)
            mask |= quint64(a[i] == key) << i;
        const quint64 u = v & mask;
        v = (v + u) | (v & ~u);
        if constexpr (Runs) {
            // Without a jump: whether b's key is in a is data, not a pattern.
            present |= mask;
            run = (run + 1) & -int(mask == 0);
            longestRun = std::max(longestRun, run);
        }
    }
    const quint64 used = a.size() == 64 ? ~quint64(0) : (quint64(1) << a.size()) - 1;
    SequenceLcs::Measure measure;
    measure.length = int(a.size()) - std::popcount(v & used);
    if constexpr (Runs)
        measure.longestUnsharedRun = std::max(longestRun, longestZeroRun(present, a.size()));
    return measure;
}

// singleWord() compiled for AVX2, where the compiler turns the scan of a
// into four comparisons at a time (2.2 times faster): the same code, so the
// same result.
template<bool Runs> PARALLAX_TARGET_AVX2 SequenceLcs::Measure singleWordAvx2(Keys a, Keys b)
{
    return singleWord<Runs>(a, b);
}

template<bool Runs> SequenceLcs::Measure lcsMeasure(Keys a, Keys b, bool vectors)
{
    if (a.empty() || b.empty())
        return {0, Runs ? int(std::max(a.size(), b.size())) : 0};
    if (a.size() > b.size())
        std::swap(a, b); // the same measure; the bit vector spans the shorter side
    if (a.size() <= 64)
        return vectors ? singleWordAvx2<Runs>(a, b) : singleWord<Runs>(a, b);
    SequenceLcs::Measure measure;
    if constexpr (Runs)
        measure.longestUnsharedRun = std::max(longestRunAbsent(a, b), longestRunAbsent(b, a));
    // Masks grow as |a| * distinct keys / 64: dtl for monster sentences.
    if (a.size() <= 4096) {
        measure.length = bitParallel(a, b);
        return measure;
    }
    using Sequence = std::vector<quint64>;
    dtl::Diff<quint64, Sequence> diff(Sequence(a.begin(), a.end()), Sequence(b.begin(), b.end()));
    diff.onOnlyEditDistance();
    diff.compose();
    // dtl's edit distance counts inserts and deletes only.
    measure.length = int((qint64(a.size() + b.size()) - diff.getEditDistance()) / 2);
    return measure;
}

} // namespace

int SequenceLcs::length(Keys a, Keys b)
{
    return lcsMeasure<false>(a, b, CpuFeatures::avx2()).length;
}

SequenceLcs::Measure SequenceLcs::measure(Keys a, Keys b)
{
    return lcsMeasure<true>(a, b, CpuFeatures::avx2());
}

int SequenceLcs::lengthPlain(Keys a, Keys b)
{
    return lcsMeasure<false>(a, b, false).length;
}

SequenceLcs::Measure SequenceLcs::measurePlain(Keys a, Keys b)
{
    return lcsMeasure<true>(a, b, false);
}

} // namespace parallax
