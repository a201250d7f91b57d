#include "comparisonassembler.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtGlobal>

#include <algorithm>
#include <tuple>
#include <unordered_map>
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

// Sorts the links by (a, b). The sort moves small keys, not the links (a
// hundred bytes each), then every link moves once, cycle by cycle, in place.
// It is the same sort on the same comparisons as a sort of the links, so
// the order is that sort's, equal keys included.
void sortByPair(std::vector<Link> &links)
{
    struct Key
    {
        SentenceRef a;
        SentenceRef b;
        size_t from; // the link that belongs here
    };
    std::vector<Key> keys;
    keys.reserve(links.size());
    for (size_t i = 0; i < links.size(); ++i)
        keys.push_back({links[i].a, links[i].b, i});
    std::sort(keys.begin(), keys.end(),
              [](const Key &x, const Key &y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    for (size_t start = 0; start < keys.size(); ++start) {
        if (keys[start].from == start)
            continue;
        Link held = std::move(links[start]);
        size_t at = start;
        while (keys[at].from != start) {
            const size_t from = keys[at].from;
            links[at] = std::move(links[from]);
            keys[at].from = at;
            at = from;
        }
        links[at] = std::move(held);
        keys[at].from = at;
    }
}

} // namespace

void ComparisonAssembler::assemble(Comparison &comparison, std::vector<Link> links)
{
    sortByPair(links);
    for (size_t i = 0; i < links.size(); ++i)
        links[i].id = int(i);
    comparison.links = std::move(links);

    // Clusters read only the links and the sentence counts, the rest does not
    // read clusters: they are built on another thread meanwhile (unless the
    // comparison is to use one thread).
    std::vector<int> counts;
    for (const AnalyzedDocument &document : comparison.documents)
        counts.push_back(int(document.sentences.size()));
    const auto buildClusters = [&] { return ClusterBuilder::build(counts, comparison.links); };
    const bool apart = comparison.options.threads != 1;
    QFuture<ClusterBuilder::Result> clusters;
    if (apart)
        clusters = QtConcurrent::run(buildClusters);
    fillMatches(comparison);
    fillPairs(comparison);
    fillClusters(comparison, apart ? clusters.takeResult() : buildClusters());
}

void ComparisonAssembler::fillMatches(Comparison &comparison)
{
    comparison.sentences.clear();
    for (const AnalyzedDocument &document : comparison.documents)
        comparison.sentences.emplace_back(document.sentences.size());
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
}

void ComparisonAssembler::fillClusters(Comparison &comparison, ClusterBuilder::Result clusters)
{
    comparison.clusters = std::move(clusters.clusters);
    for (size_t d = 0; d < comparison.sentences.size(); ++d) {
        for (size_t s = 0; s < comparison.sentences[d].size(); ++s)
            comparison.sentences[d][s].cluster = clusters.clusterOf[d][s];
    }
}

void ComparisonAssembler::fillPairs(Comparison &comparison)
{
    // Per document pair with a link: its summary and which sentences of
    // either document have a link to the other (hundreds of thousands of
    // links on a large cluster: flags per sentence, not ordered sets).
    struct Pair
    {
        PairSummary summary;
        std::vector<bool> coveredA;
        std::vector<bool> coveredB;
    };
    const auto sentenceCount
        = [&](int document) { return comparison.documents[size_t(document)].sentences.size(); };
    std::vector<Pair> pairs;
    std::unordered_map<quint64, size_t> pairOf; // (a << 32 | b) -> index in pairs
    for (const Link &link : comparison.links) {
        const quint64 key = quint64(quint32(link.a.document)) << 32 | quint32(link.b.document);
        const auto [found, added] = pairOf.emplace(key, pairs.size());
        if (added) {
            Pair pair;
            pair.summary.a = link.a.document;
            pair.summary.b = link.b.document;
            pair.coveredA.resize(sentenceCount(link.a.document), false);
            pair.coveredB.resize(sentenceCount(link.b.document), false);
            pairs.push_back(std::move(pair));
        }
        Pair &pair = pairs[found->second];
        if (link.relation == Relation::Shared)
            ++pair.summary.shared;
        else if (link.relation == Relation::Paraphrased)
            ++pair.summary.paraphrased;
        pair.coveredA[size_t(link.a.sentence)] = true;
        pair.coveredB[size_t(link.b.sentence)] = true;
    }
    const auto share = [&](int document, const std::vector<bool> &covered) {
        qsizetype total = 0;
        qsizetype carried = 0;
        const auto &all = comparison.documents[size_t(document)].sentences;
        for (size_t s = 0; s < all.size(); ++s) {
            total += all[s].span.length();
            if (covered[s])
                carried += all[s].span.length();
        }
        return total > 0 ? double(carried) / double(total) : 0.0;
    };
    comparison.pairs.clear();
    for (Pair &pair : pairs) {
        pair.summary.aInB = share(pair.summary.a, pair.coveredA);
        pair.summary.bInA = share(pair.summary.b, pair.coveredB);
        comparison.pairs.push_back(pair.summary);
    }
    std::sort(
        comparison.pairs.begin(), comparison.pairs.end(),
        [](const PairSummary &x, const PairSummary &y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
}

} // namespace parallax
