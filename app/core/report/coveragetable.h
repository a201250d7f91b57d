#pragma once

#include "model/comparison.h"

#include <vector>

namespace parallax {

// Who carries what: one row per claim, one column per document. A claim is a
// cluster, or a unique sentence (a claim only one source carries). Rows follow
// the reading order of a chosen reference document; claims it does not carry
// follow in the order they first appear in the other documents (document
// order, then sentence order). Shared by the coverage grid, the CSV export and
// the HTML export.
class CoverageTable
{
public:
    struct Row
    {
        int cluster = -1; // Cluster::id, or -1 for a unique sentence
        // cells[document]: that document's sentence indexes in this claim, ascending; empty when absent.
        std::vector<std::vector<int>> cells;
    };

    CoverageTable(const Comparison &comparison, int referenceDocument);

    int referenceDocument() const { return m_reference; }
    const std::vector<Row> &rows() const { return m_rows; }
    int documentCount() const { return m_documentCount; }

private:
    int m_reference = 0;
    int m_documentCount = 0;
    std::vector<Row> m_rows;
};

} // namespace parallax
