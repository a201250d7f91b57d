#include "stemweights.h"

#include "candidateindex.h"

#include <algorithm>
#include <cmath>

namespace parallax {

StemWeights::StemWeights(const std::vector<const CandidateIndex *> &documents)
{
    for (const CandidateIndex *index : documents) {
        for (int s = 0; s < index->sentenceCount(); ++s) {
            if (!index->linkable(s))
                continue;
            ++m_sentences;
            for (const quint64 stem : index->stems(s)) // distinct per sentence
                ++m_frequency[stem];
        }
    }
}

int StemWeights::frequency(quint64 stem) const
{
    const auto found = m_frequency.find(stem);
    return found == m_frequency.end() ? 1 : std::max(1, found->second);
}

double StemWeights::weight(quint64 stem) const
{
    return std::log(double(std::max(m_sentences, 1) + 1) / double(frequency(stem)));
}

bool StemWeights::distinctive(quint64 stem) const
{
    const double limit = std::max(double(MinimumRareCount), RareShare * double(m_sentences));
    return double(frequency(stem)) <= limit;
}

} // namespace parallax
