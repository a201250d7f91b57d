#include "cpufeatures.h"

namespace parallax {

bool CpuFeatures::avx2()
{
#ifdef PARALLAX_AVX2_DISPATCH
    // libgcc's check includes the operating system's support of AVX state.
    static const bool has = (__builtin_cpu_init(), __builtin_cpu_supports("avx2"));
    return has;
#else
    return false;
#endif
}

} // namespace parallax
