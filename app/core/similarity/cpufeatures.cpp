#include "cpufeatures.h"

namespace parallax {

bool CpuFeatures::avx2()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    // libgcc's check includes the operating system's support of AVX state.
    static const bool has = (__builtin_cpu_init(), __builtin_cpu_supports("avx2"));
    return has;
#else
    return false;
#endif
}

} // namespace parallax
