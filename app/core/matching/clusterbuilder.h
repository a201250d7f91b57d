#pragma once

#include "model/comparison.h"

#include <vector>

namespace parallax {

// Groups linked sentences into clusters (one claim carried by several sources)
// without chaining: every member is linked to its cluster's core sentence.
//
// Links are taken strongest first (relation, then score). Two unclustered
// sentences found a cluster whose core is the one with more links overall
// (ties: the smaller position); a sentence joins a cluster only through a link
// to its core, or to a member linked to every member, which then becomes the
// core; two clusters merge only through a link between their cores, and
// only when one of the cores is linked to every member of both. So
// A~B, B~C, C~D with core B gives {A, B, C} and leaves D out. A linked sentence
// that fits no cluster this way stays on its own (a cluster of one), so every
// linked sentence has a cluster and unlinked ones have none.
class ClusterBuilder
{
public:
    struct Result
    {
        std::vector<Cluster> clusters; // sorted by id; members sorted
        std::vector<std::vector<int>> clusterOf; // [document][sentence] -> cluster id, -1 if unlinked
    };

    // sentenceCounts[d]: sentences of document d. Links' relation and score
    // give the strength; other fields are ignored.
    static Result build(const std::vector<int> &sentenceCounts, const std::vector<Link> &links);
};

} // namespace parallax
