#include "sortedintersection.h"

#include "cpufeatures.h"

#include <algorithm>

#ifdef PARALLAX_AVX2_DISPATCH
#include <immintrin.h>
#endif

namespace parallax {

namespace {

using Keys = SortedIntersection::Keys;

// A merge of two sorted key ranges in progress, counting equal keys.
// Branch-free: which side advances is data, not a jump to guess (merges of
// real sentences mispredict often). Written so that GCC keeps it free of
// branches: the flags as size_t.
struct Merge
{
    const quint64 *a;
    const quint64 *aEnd;
    const quint64 *b;
    const quint64 *bEnd;

    bool running() const { return a < aEnd && b < bEnd; }

    // Past the smaller key, past both when equal: 1 then, else 0.
    size_t step()
    {
        const quint64 x = *a;
        const quint64 y = *b;
        const size_t aAdvances = x <= y;
        const size_t bAdvances = y <= x;
        a += aAdvances;
        b += bAdvances;
        return aAdvances & bAdvances;
    }

    size_t finish()
    {
        size_t matches = 0;
        while (running())
            matches += step();
        return matches;
    }
};

// The two halves of a merge, split at a's middle key: each step of a merge
// waits for its previous step's loads, two independent ones overlap.
std::pair<Merge, Merge> halves(Keys a, Keys b)
{
    const quint64 *aEnd = a.data() + a.size();
    const quint64 *bEnd = b.data() + b.size();
    const quint64 middle = a[a.size() / 2];
    const quint64 *aMiddle = std::lower_bound(a.data(), aEnd, middle);
    const quint64 *bMiddle = std::lower_bound(b.data(), bEnd, middle);
    return {Merge {a.data(), aMiddle, b.data(), bMiddle}, Merge {aMiddle, aEnd, bMiddle, bEnd}};
}

#ifdef PARALLAX_AVX2_DISPATCH

// A merge of two sorted ranges without repeats, four keys of each side at a
// time: every key of a's block against every key of b's (b's block rotated
// three times), then the block with the smaller last key moves on (both when
// equal). A key of a equals at most one of b, so or-ing the four comparisons
// counts each match once; the matches are summed per lane. Stops when a side
// has fewer than four keys left; the scalar Merge finishes from there.
PARALLAX_TARGET_AVX2 size_t ofSetsAvx2(Keys a, Keys b)
{
    Merge merge {a.data(), a.data() + a.size(), b.data(), b.data() + b.size()};
    __m256i matches = _mm256_setzero_si256();
    if (a.size() >= 4 && b.size() >= 4) {
        const quint64 *aLast = merge.aEnd - 4;
        const quint64 *bLast = merge.bEnd - 4;
        const quint64 *x = merge.a;
        const quint64 *y = merge.b;
        while (x <= aLast && y <= bLast) {
            const __m256i blockA = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(x));
            const __m256i blockB = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(y));
            const __m256i equal = _mm256_or_si256(
                _mm256_or_si256(_mm256_cmpeq_epi64(blockA, blockB),
                                _mm256_cmpeq_epi64(blockA, _mm256_permute4x64_epi64(blockB, 0x39))),
                _mm256_or_si256(_mm256_cmpeq_epi64(blockA, _mm256_permute4x64_epi64(blockB, 0x4e)),
                                _mm256_cmpeq_epi64(blockA, _mm256_permute4x64_epi64(blockB, 0x93))));
            matches = _mm256_sub_epi64(matches, equal); // equal lanes are -1
            // Both moves as conditional moves: which block moves on is a coin
            // toss for the branch predictor, and compilers turn the plain C++
            // of it into jumps.
            const quint64 lastA = x[3];
            const quint64 lastB = y[3];
            const quint64 *nextA = x + 4;
            const quint64 *nextB = y + 4;
            asm("cmp %[lastB], %[lastA]\n\t"
                "cmovbe %[nextA], %[x]\n\t"
                "cmovae %[nextB], %[y]"
                : [x] "+r"(x), [y] "+r"(y)
                : [lastA] "r"(lastA), [lastB] "r"(lastB), [nextA] "r"(nextA), [nextB] "r"(nextB)
                : "cc");
        }
        merge.a = x;
        merge.b = y;
    }
    alignas(32) quint64 lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i *>(lanes), matches);
    return size_t(lanes[0] + lanes[1] + lanes[2] + lanes[3]) + merge.finish();
}

#endif

} // namespace

size_t SortedIntersection::ofMultisets(Keys a, Keys b)
{
    if (a.size() < 16 || b.size() < 16) // short: not worth the split's searches
        return Merge {a.data(), a.data() + a.size(), b.data(), b.data() + b.size()}.finish();
    auto [low, high] = halves(a, b);
    size_t matches = 0;
    while (low.running() && high.running())
        matches += low.step() + high.step();
    return matches + low.finish() + high.finish();
}

size_t SortedIntersection::ofSets(Keys a, Keys b)
{
#ifdef PARALLAX_AVX2_DISPATCH
    if (CpuFeatures::avx2())
        return ofSetsAvx2(a, b);
#endif
    return ofMultisets(a, b);
}

bool SortedIntersection::vectorized()
{
    return CpuFeatures::avx2(); // false where the vector path is not built
}

} // namespace parallax
