#pragma once

// PARALLAX_AVX2_DISPATCH: vector paths are built and chosen at run time.
// x86-64 with GCC or Clang on ELF systems, where __builtin_cpu_supports()
// is known to link and work (macOS and Windows toolchains: plain paths).
// PARALLAX_TARGET_AVX2 compiles a function for AVX2 (call it only where
// CpuFeatures::avx2()); no effect elsewhere.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__APPLE__) && !defined(_WIN32)
#define PARALLAX_AVX2_DISPATCH 1
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
    // AVX2, with the operating system saving its registers. False where
    // PARALLAX_AVX2_DISPATCH is not defined.
    static bool avx2();
};

} // namespace parallax
