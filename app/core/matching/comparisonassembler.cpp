#include "comparisonassembler.h"

#include "clusterbuilder.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace parallax {

namespace {

// Whether `candidate` is a better match than `current` (stronger relation,
// higher score, then the earlier sentence).
bool betterMatch(const Match &candidate, const Match &current)
{
    if (candidate.relation != current.relation)
        return candidate.relation > current.relation;
    if (candidate.score != current.score)
        return candidate.score > current.score;
    return candidate.sentence < current.sentence;
}

void offerMatch(std::vector<Match> &matches, const Match &candidate)
{
    const auto slot = std::find_if(matches.begin(), matches.end(),
                                   [&](const Match &m) { return m.document == candidate.document; });
    if (slot == matches.end())
        matches.push_back(candidate);
    else if (betterMatch(candidate, *slot))
        *slot = candidate;
}

SentenceStatus statusOf(Relation relation)
{
    switch (relation) {
    case Relation::Shared:
        return SentenceStatus::Shared;
    case Relation::Paraphrased:
        return SentenceStatus::Paraphrased;
    case Relation::Unrelated:
        break;
    }
    return SentenceStatus::Unique;
}

} // namespace

void ComparisonAssembler::assemble(Comparison &comparison, std::vector<Link> links)
{
    std::sort(links.begin(), links.end(),
              [](const Link &x, const Link &y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    for (size_t i = 0; i < links.size(); ++i)
        links[i].id = int(i);
    comparison.links = std::move(links);
    fillSentences(comparison);
    fillPairs(comparison);
}

void ComparisonAssembler::fillSentences(Comparison &comparison)
{
    std::vector<int> counts;
    comparison.sentences.clear();
    for (const AnalyzedDocument &document : comparison.documents) {
        counts.push_back(int(document.sentences.size()));
        comparison.sentences.emplace_back(document.sentences.size());
    }
    for (const Link &link : comparison.links) {
        auto &a = comparison.sentences[size_t(link.a.document)][size_t(link.a.sentence)];
        auto &b = comparison.sentences[size_t(link.b.document)][size_t(link.b.sentence)];
        offerMatch(a.matches, {link.b.document, link.b.sentence, link.relation, link.score, link.id});
        offerMatch(b.matches, {link.a.document, link.a.sentence, link.relation, link.score, link.id});
        a.status = std::max(a.status, statusOf(link.relation));
        b.status = std::max(b.status, statusOf(link.relation));
    }
    for (auto &document : comparison.sentences) {
        for (SentenceResult &result : document) {
            std::sort(result.matches.begin(), result.matches.end(),
                      [](const Match &x, const Match &y) { return x.document < y.document; });
        }
    }

    ClusterBuilder::Result clusters = ClusterBuilder::build(counts, comparison.links);
    comparison.clusters = std::move(clusters.clusters);
    for (size_t d = 0; d < comparison.sentences.size(); ++d) {
        for (size_t s = 0; s < comparison.sentences[d].size(); ++s)
            comparison.sentences[d][s].cluster = clusters.clusterOf[d][s];
    }
}

void ComparisonAssembler::fillPairs(Comparison &comparison)
{
    // Sentences of each document that have a link to the other one, per pair.
    std::map<std::pair<int, int>, PairSummary> summaries;
    std::map<std::pair<int, int>, std::pair<std::set<int>, std::set<int>>> covered;
    for (const Link &link : comparison.links) {
        const std::pair key(link.a.document, link.b.document);
        PairSummary &summary = summaries[key];
        summary.a = key.first;
        summary.b = key.second;
        if (link.relation == Relation::Shared)
            ++summary.shared;
        else if (link.relation == Relation::Paraphrased)
            ++summary.paraphrased;
        covered[key].first.insert(link.a.sentence);
        covered[key].second.insert(link.b.sentence);
    }
    const auto share = [&](int document, const std::set<int> &sentences) {
        qsizetype total = 0;
        qsizetype carried = 0;
        const auto &all = comparison.documents[size_t(document)].sentences;
        for (size_t s = 0; s < all.size(); ++s) {
            total += all[s].span.length();
            if (sentences.count(int(s)))
                carried += all[s].span.length();
        }
        return total > 0 ? double(carried) / double(total) : 0.0;
    };
    comparison.pairs.clear();
    for (auto &[key, summary] : summaries) {
        summary.aInB = share(key.first, covered[key].first);
        summary.bInA = share(key.second, covered[key].second);
        comparison.pairs.push_back(summary);
    }
}

} // namespace parallax
