#pragma once

#include "scratchbuffer.h"
#include "sentenceprofile.h"

#include <QtGlobal>

#include <cstddef>

namespace parallax {

// Which content stems of each sentence of a pair the other sentence has,
// the same stem or a WordNet synonym: per contentSet index, the flags of how
// (0: not found). PairFeatures finds them for the content and synonym
// features; the claim and fragment rules ask the same of the same pair, so a
// caller that runs them all hands these from one to the others.
struct ContentMatches
{
    enum Way : quint8 { SameStem = 1, BySynonym = 2 };

    ContentMatches(std::size_t contentA, std::size_t contentB)
        : inA(contentA, 0)
        , inB(contentB, 0)
    { }

    ScratchBuffer<quint8, 64> inA; // per content stem of a: found in b
    ScratchBuffer<quint8, 64> inB; // per content stem of b: found in a
    bool found = false; // filled in (a pair with an empty sentence is not compared)

    // The content words of `side` (repeats counted) whose stem was found in
    // one of the `ways`; `flags` is that side's inA or inB.
    static int countFound(const SentenceProfile &side, const ScratchBuffer<quint8, 64> &flags, quint8 ways)
    {
        int count = 0;
        for (const quint32 index : side.contentIndex)
            count += (flags[index] & ways) != 0 ? 1 : 0;
        return count;
    }
};

} // namespace parallax
