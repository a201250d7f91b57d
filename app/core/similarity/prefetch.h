#pragma once

#include <cstddef>
#include <span>

namespace parallax {

// Asks the processor to fetch `values` into its cache ahead of use, one
// request per 64-byte line; a no-op where the compiler has no way to ask.
// Scoring reads a dozen short lists per sentence, most not in any cache
// (a large job holds megabytes of profiles): fetched together at the start
// of a pair, they arrive while the first features are computed.
template<typename T> void prefetch(std::span<const T> values)
{
#if defined(__GNUC__) || defined(__clang__)
    const char *bytes = reinterpret_cast<const char *>(values.data());
    for (std::size_t offset = 0; offset < values.size_bytes(); offset += 64)
        __builtin_prefetch(bytes + offset);
#endif
}

} // namespace parallax
