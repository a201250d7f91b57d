#pragma once

#include "clusterbuilder.h"
#include "model/comparison.h"

#include <vector>

namespace parallax {

// Turns the links of every document pair into the rest of a Comparison:
// link order and ids, sentence statuses and best matches, clusters and pair
// summaries. Deterministic: the result depends only on the documents and the
// set of links, not on the order they arrive in.
class ComparisonAssembler
{
public:
    // comparison.documents must be set. Replaces links, sentences, clusters and pairs.
    static void assemble(Comparison &comparison, std::vector<Link> links);

private:
    static void fillMatches(Comparison &comparison);
    static void fillClusters(Comparison &comparison, ClusterBuilder::Result clusters);
    static void fillPairs(Comparison &comparison);
};

} // namespace parallax
