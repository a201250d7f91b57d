#include "sentenceweights.h"

#include "candidateindex.h"
#include "stemweights.h"

#include <cmath>
#include <numeric>

namespace parallax {

SentenceWeights::SentenceWeights(const CandidateIndex &index, const StemWeights &weights)
    : m_index(&index)
{
    m_weights.resize(size_t(index.sentenceCount()));
    m_distinctive.resize(size_t(index.sentenceCount()));
    m_totals.resize(size_t(index.sentenceCount()));
    for (int s = 0; s < index.sentenceCount(); ++s) {
        std::vector<double> &own = m_weights[size_t(s)];
        for (const quint64 stem : index.stems(s)) {
            own.push_back(weights.weight(stem));
            m_distinctive[size_t(s)].push_back(weights.distinctive(stem));
        }
        m_totals[size_t(s)] = std::accumulate(own.begin(), own.end(), 0.0);
    }
}

double SentenceWeights::overlap(const SentenceWeights &a, int x, const SentenceWeights &b, int y)
{
    const std::vector<quint64> &stemsA = a.m_index->stems(x);
    const std::vector<quint64> &stemsB = b.m_index->stems(y);
    const std::vector<double> &weightsA = a.m_weights[size_t(x)];
    double shared = 0.0;
    size_t i = 0;
    size_t j = 0;
    // Branch-free (called for every candidate and gap pair): which side
    // advances is data, not a jump to guess; adding 0.0 leaves the sum as is.
    while (i < stemsA.size() && j < stemsB.size()) {
        const quint64 stemA = stemsA[i];
        const quint64 stemB = stemsB[j];
        shared += stemA == stemB ? weightsA[i] : 0.0; // a stem weighs the same in every document
        i += stemA <= stemB;
        j += stemB <= stemA;
    }
    return overlap(shared, a.total(x), b.total(y));
}

double SentenceWeights::overlap(double shared, double totalA, double totalB)
{
    const double totals = totalA * totalB;
    return totals <= 0.0 ? 0.0 : shared / std::sqrt(totals);
}

} // namespace parallax
