#pragma once

#include "model/analyzeddocument.h"
#include "similarity/sentenceprofile.h"

#include <memory>
#include <mutex>
#include <vector>

namespace parallax {

class PairScorer;

// Profiles of two adjacent sentences of one document taken as one sentence
// (the pieces of a split sentence, SentenceMatcher joins them), each made on
// first use and kept: across the document pairs of a cluster the same
// neighbours are joined for many partners, and a profile costs more than the
// judgement that reads it. Thread-safe: every profile is made once, by
// whichever thread asks first; the result never depends on which.
// The document and the scorer must outlive it.
class JoinedProfiles
{
public:
    JoinedProfiles(const AnalyzedDocument &document, const PairScorer &scorer);
    JoinedProfiles(const JoinedProfiles &) = delete;
    JoinedProfiles &operator=(const JoinedProfiles &) = delete;

    // Sentences `first` and `first + 1` as one.
    const SentenceProfile &of(int first) const;

private:
    const AnalyzedDocument *m_document;
    const PairScorer *m_scorer;
    std::unique_ptr<std::once_flag[]> m_made; // per first sentence
    mutable std::vector<std::unique_ptr<const SentenceProfile>> m_profiles;
};

} // namespace parallax
