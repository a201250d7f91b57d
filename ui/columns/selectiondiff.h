#pragma once

#include "model/comparison.h"

#include <vector>

namespace parallax {

// The word differences the columns and the match panel show for a selected
// sentence, read from the links' diffs.
class SelectionDiff
{
public:
    // The partner's words (in the partner's text) that the selected sentence lacks.
    static std::vector<TextSpan> partnerExtras(const Link &link, SentenceRef selected);
    // The selected sentence's words that none of its partners carries. Words
    // only some partners lack are left unmarked: with a paraphrase among the
    // partners, nearly every word would be marked otherwise.
    static std::vector<TextSpan> missingFromAll(const Comparison &comparison, SentenceRef selected);
};

} // namespace parallax
