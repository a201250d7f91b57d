#pragma once

#include "model/comparison.h"

#include <vector>

namespace parallax {

// Figures for the summary panel and the exports, derived from a Comparison.
class ComparisonSummary
{
public:
    struct DocumentShares
    {
        // Shares of the document's sentence text (in characters) by status; they add up to 1
        // (all 0 for a document without sentences).
        double shared = 0.0;
        double paraphrased = 0.0;
        double unique = 0.0;
        int sentences = 0;
    };

    explicit ComparisonSummary(const Comparison &comparison);

    const std::vector<DocumentShares> &documents() const { return m_documents; }

    // Symmetric similarity of two documents in [0, 1]: the mean of aInB and bInA
    // of their PairSummary (0 when they share nothing); 1 on the diagonal.
    double similarity(int a, int b) const;
    int documentCount() const { return int(m_documents.size()); }

private:
    std::vector<DocumentShares> m_documents;
    std::vector<double> m_matrix; // row-major documentCount x documentCount
};

} // namespace parallax
