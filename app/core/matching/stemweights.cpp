#include "stemweights.h"

#include "candidateindex.h"

#include <algorithm>
#include <cmath>

namespace parallax {

StemWeights::StemWeights(const std::vector<const CandidateIndex *> &documents)
{
    std::unordered_map<quint64, int> frequency; // stem -> sentences containing it
    for (const CandidateIndex *index : documents) {
        for (int s = 0; s < index->sentenceCount(); ++s) {
            if (!index->linkable(s))
                continue;
            ++m_sentences;
            for (const quint64 stem : index->stems(s)) // distinct per sentence
                ++frequency[stem];
        }
    }
    // weight() and distinctive() run for every word of every judged pair:
    // computed once per stem here (the same expressions, so the same values).
    m_unseen = {weightOf(1), distinctiveAt(1)};
    m_entries.reserve(frequency.size());
    for (const auto &[stem, count] : frequency)
        m_entries.emplace(stem, Entry {weightOf(std::max(1, count)), distinctiveAt(std::max(1, count))});
}

double StemWeights::weightOf(int frequency) const
{
    return std::log(double(std::max(m_sentences, 1) + 1) / double(frequency));
}

bool StemWeights::distinctiveAt(int frequency) const
{
    const double limit = std::max(double(MinimumRareCount), RareShare * double(m_sentences));
    return double(frequency) <= limit;
}

const StemWeights::Entry &StemWeights::entry(quint64 stem) const
{
    const auto found = m_entries.find(stem);
    return found == m_entries.end() ? m_unseen : found->second;
}

double StemWeights::weight(quint64 stem) const
{
    return entry(stem).weight;
}

bool StemWeights::distinctive(quint64 stem) const
{
    return entry(stem).distinctive;
}

} // namespace parallax
