#pragma once

#include "scratchbuffer.h"

#include <QtGlobal>

#include <cstddef>

namespace parallax {

// Which content stems of each sentence of a pair the other sentence has,
// the same stem or a WordNet synonym: per contentSet index, non-zero when
// found (PairFeatures' flags tell which way). PairFeatures finds them for the
// content and synonym features; the claim rule asks the same question of the
// same pair, so a caller that runs both hands these from one to the other.
struct ContentMatches
{
    ContentMatches(std::size_t contentA, std::size_t contentB)
        : inA(contentA, 0)
        , inB(contentB, 0)
    { }

    ScratchBuffer<quint8, 64> inA; // per content stem of a: found in b
    ScratchBuffer<quint8, 64> inB; // per content stem of b: found in a
    bool found = false; // filled in (a pair with an empty sentence is not compared)
};

} // namespace parallax
