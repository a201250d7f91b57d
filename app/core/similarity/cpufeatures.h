#pragma once

// Compiles a function for AVX2 (call it only where CpuFeatures::avx2()); no
// effect where the compiler has no such attribute.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PARALLAX_TARGET_AVX2 __attribute__((target("avx2")))
#else
#define PARALLAX_TARGET_AVX2
#endif

namespace parallax {

// What the processor offers beyond the baseline the program is built for
// (the packages target baseline x86-64): hot loops pick a vector path at
// run time and keep a plain C++ one that gives the same results.
class CpuFeatures
{
public:
    // AVX2, with the operating system saving its registers. False on
    // other architectures and compilers.
    static bool avx2();
};

} // namespace parallax
