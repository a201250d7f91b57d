#include "comparisonsummary.h"

namespace parallax {

namespace {

// A Comparison whose results are shorter than its documents (hand-built, or
// canceled) still summarises: missing results count as unique.
SentenceStatus statusOf(const Comparison &comparison, size_t document, size_t sentence)
{
    if (document >= comparison.sentences.size() || sentence >= comparison.sentences[document].size())
        return SentenceStatus::Unique;
    return comparison.sentences[document][sentence].status;
}

} // namespace

ComparisonSummary::ComparisonSummary(const Comparison &comparison)
{
    const size_t count = comparison.documents.size();
    m_documents.resize(count);
    for (size_t d = 0; d < count; ++d) {
        const auto &sentences = comparison.documents[d].sentences;
        double total = 0.0;
        double byStatus[3] = {0.0, 0.0, 0.0};
        for (size_t s = 0; s < sentences.size(); ++s) {
            const double length = double(sentences[s].span.length());
            total += length;
            byStatus[int(statusOf(comparison, d, s))] += length;
        }
        DocumentShares &shares = m_documents[d];
        shares.sentences = int(sentences.size());
        if (total > 0) {
            shares.unique = byStatus[int(SentenceStatus::Unique)] / total;
            shares.paraphrased = byStatus[int(SentenceStatus::Paraphrased)] / total;
            shares.shared = byStatus[int(SentenceStatus::Shared)] / total;
        }
    }
    m_matrix.assign(count * count, 0.0);
    for (size_t d = 0; d < count; ++d)
        m_matrix[d * count + d] = 1.0;
    for (const PairSummary &pair : comparison.pairs) {
        if (pair.a < 0 || pair.b < 0 || size_t(pair.a) >= count || size_t(pair.b) >= count)
            continue;
        const double value = (pair.aInB + pair.bInA) / 2.0;
        m_matrix[size_t(pair.a) * count + size_t(pair.b)] = value;
        m_matrix[size_t(pair.b) * count + size_t(pair.a)] = value;
    }
}

double ComparisonSummary::similarity(int a, int b) const
{
    const size_t count = m_documents.size();
    return m_matrix[size_t(a) * count + size_t(b)];
}

} // namespace parallax
