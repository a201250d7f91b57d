#pragma once

#include <QtGlobal>

#include <cstddef>
#include <span>
#include <vector>

namespace parallax {

class CandidateIndex;
class StemWeights;

// The weights (StemWeights) of every content stem of one document's
// sentences, looked up once per job: every document pair the document takes
// part in reads them for each of its candidate pairs (the candidate search,
// the pre-filter, the claim rule), and a hash lookup per stem and pair would
// cost as much as the rest of the pre-filter.
// Immutable after construction; reads the index, which must outlive it.
class SentenceWeights
{
public:
    SentenceWeights(const CandidateIndex &index, const StemWeights &weights);

    // Sum of the weights of sentence `index`'s distinct content stems.
    double total(int index) const { return m_totals[std::size_t(index)]; }
    // The weights of its stems, aligned with CandidateIndex::stems(index).
    std::span<const double> weights(int index) const { return m_weights[std::size_t(index)]; }
    // Whether its k-th stem is StemWeights::distinctive.
    bool distinctive(int index, std::size_t k) const { return m_distinctive[std::size_t(index)][k]; }

    // How much of their weight two sentences share: the weight of the content
    // stems they have in common over the geometric mean of their totals (a
    // cosine over idf-weighted stem sets, 0 to 1). Unlike a plain count it
    // tells a sentence that shares the story's names ("Putin", "Sochi", "said")
    // from one that shares the words of one claim.
    static double overlap(const SentenceWeights &a, int x, const SentenceWeights &b, int y);
    // The same value from its parts: `shared`, the weights of the common
    // stems summed in stem order, and both sentences' totals (the candidate
    // search sums the shared weight while it counts the shared stems).
    static double overlap(double shared, double totalA, double totalB);

private:
    const CandidateIndex *m_index;
    std::vector<std::vector<double>> m_weights; // per sentence, aligned with CandidateIndex::stems()
    std::vector<std::vector<bool>> m_distinctive; // the same
    std::vector<double> m_totals;
};

} // namespace parallax
