#pragma once

#include <QtGlobal>

#include <span>

namespace parallax {

// Length of the longest common subsequence of two key sequences (folded
// forms, stems). Bit-parallel (Allison-Dix / Hyyro) up to 4096 keys on the
// shorter side, dtl's edit distance beyond; exact either way. Sentence pairs are
// compared millions of times in large jobs, so this is a hot path.
class SequenceLcs
{
public:
    struct Measure
    {
        int length = 0; // of the longest common subsequence
        // The most consecutive keys of either sequence that the other lacks
        // altogether: any edit script deletes (or inserts) them with no
        // common key between, so some differing stretch is at least this long.
        int longestUnsharedRun = 0;

        friend bool operator==(const Measure &, const Measure &) = default;
    };

    static int length(std::span<const quint64> a, std::span<const quint64> b);
    static Measure measure(std::span<const quint64> a, std::span<const quint64> b);
    // The same without the processor's vector instructions (CpuFeatures),
    // for tests: both paths must agree.
    static int lengthPlain(std::span<const quint64> a, std::span<const quint64> b);
    static Measure measurePlain(std::span<const quint64> a, std::span<const quint64> b);
};

} // namespace parallax
