#pragma once

#include "model/analyzeddocument.h"
#include "model/comparison.h"

#include <vector>

namespace parallax {

// Word-level differences of two matched sentences: the shortest edit script
// dtl gives (with deletesFirst) on folded token forms, so quote style and case
// never show as a change.
//
// Contract: every token owns its text up to the next token (the gaps and
// punctuation after it; the first token also owns the sentence's leading
// punctuation). So the a-spans of the Equal and Delete ops, in order, cover
// sentence a's span exactly; likewise the b-spans of Equal and Insert ops cover
// sentence b. Adjacent ops of one kind are merged. An Insert's a (and a
// Delete's b) is the empty span at the current position in that sentence.
class WordDiff
{
public:
    // Above this many coordinates (tokens of a times tokens of b) there is no
    // search: the diff falls back to common prefix and suffix around one
    // delete/insert block. Keeps every diff bounded for monster sentences.
    static constexpr qsizetype MaxCoordinates = 1'000'000;

    static std::vector<DiffOp> diff(const Sentence &a, const Sentence &b);
};

} // namespace parallax
