#include "joinedprofiles.h"

#include "similarity/pairscorer.h"

namespace parallax {

JoinedProfiles::JoinedProfiles(const AnalyzedDocument &document, const PairScorer &scorer)
    : m_document(&document)
    , m_scorer(&scorer)
    , m_made(std::make_unique<std::once_flag[]>(document.sentences.size()))
    , m_profiles(document.sentences.size())
{ }

const SentenceProfile &JoinedProfiles::of(int first) const
{
    std::call_once(m_made[size_t(first)], [&] {
        Sentence joined = m_document->sentences[size_t(first)];
        const Sentence &next = m_document->sentences[size_t(first) + 1];
        joined.tokens.insert(joined.tokens.end(), next.tokens.begin(), next.tokens.end());
        joined.span.end = next.span.end;
        m_profiles[size_t(first)] = std::make_unique<const SentenceProfile>(
            m_scorer->profile({&joined, &m_document->article.text}));
    });
    return *m_profiles[size_t(first)];
}

} // namespace parallax
