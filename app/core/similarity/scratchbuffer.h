#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace parallax {

// Per-pair working space of a size known only at run time: inside the object
// (on the stack) up to `Inline` values, on the heap beyond. Scoring a
// sentence pair runs millions of times in a large job; sentence-sized
// scratch vectors made malloc and free a noticeable share of it.
template<typename T, std::size_t Inline> class ScratchBuffer
{
public:
    // `size` values, each a copy of `value`.
    ScratchBuffer(std::size_t size, const T &value)
        : ScratchBuffer(size)
    {
        std::fill_n(m_data, size, value);
    }
    // `size` default-initialized values: indeterminate for a trivial T until written.
    explicit ScratchBuffer(std::size_t size)
        : m_size(size)
    {
        if (size > Inline) {
            m_heap.resize(size);
            m_data = m_heap.data();
        } else {
            m_data = m_inline.data();
        }
    }
    ScratchBuffer(const ScratchBuffer &) = delete;
    ScratchBuffer &operator=(const ScratchBuffer &) = delete;

    T &operator[](std::size_t index) { return m_data[index]; }
    const T &operator[](std::size_t index) const { return m_data[index]; }
    std::size_t size() const { return m_size; }
    std::span<T> span() { return {m_data, m_size}; }
    std::span<const T> span() const { return {m_data, m_size}; }

private:
    std::array<T, Inline> m_inline;
    std::vector<T> m_heap;
    T *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace parallax
