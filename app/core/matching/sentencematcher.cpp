#include "sentencematcher.h"

#include "claimrule.h"
#include "fragmentrule.h"
#include "joinedprofiles.h"
#include "judgementcache.h"
#include "orderaligner.h"
#include "sentenceweights.h"
#include "similarity/contentmatches.h"
#include "similarity/pairscorer.h"
#include "similarity/scratchbuffer.h"
#include "similarity/sentenceprofile.h"
#include "stemweights.h"
#include "worddiff.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <span>
#include <tuple>
#include <utility>

namespace parallax {

namespace {

struct Edge
{
    int a = -1;
    int b = -1;
    PairJudgement judgement;
    double rank = 0.0; // the score, raised when the edge keeps the sentence order (choose())
};

struct Chosen
{
    int a = -1;
    int b = -1;
    PairJudgement judgement;
    bool primary = true; // part of the one-to-one matching (else an extra link, see choose())
    bool inOrder = false;
};

// Stronger first: relation, then rank, then position (deterministic).
bool stronger(const Edge &x, const Edge &y)
{
    if (x.judgement.relation != y.judgement.relation)
        return x.judgement.relation > y.judgement.relation;
    if (x.rank != y.rank)
        return x.rank > y.rank;
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
}

PairJudgement verbatim()
{
    PairJudgement judgement;
    judgement.relation = Relation::Shared;
    judgement.score = judgement.surface = judgement.probability = 1.0;
    return judgement;
}

// The state of matching one document pair.
class PairMatch
{
public:
    PairMatch(const PairScorer &scorer, const PairScorer &lenientScorer, const ComparisonOptions &options,
              const MatchingLimits &limits, const MatchDocument &a, const MatchDocument &b,
              const CandidateTable &candidates, const JudgementCache *cache)
        : m_scorer(scorer)
        , m_lenientScorer(lenientScorer)
        , m_profilesA(*a.profiles)
        , m_profilesB(*b.profiles)
        , m_weightsA(*a.weights)
        , m_weightsB(*b.weights)
        , m_joinedA(*a.joined)
        , m_joinedB(*b.joined)
        , m_options(options)
        , m_limits(limits)
        , m_a(*a.index)
        , m_b(*b.index)
        , m_candidates(candidates)
        , m_cache(cache)
        , m_aId(a.id)
        , m_bId(b.id)
    { }

    std::vector<Chosen> run()
    {
        collectVerbatim();
        collectCandidates();
        // Strongest first picks the wrong copy of a phrase repeated in many
        // places (a quote, a refrain) whenever that copy scores a little
        // higher; the order kept by the confident links of that first choice
        // tells the copies apart, so choose again with it.
        const std::vector<Edge> judged = edges();
        m_frame = orderFrame(choose(judged, {}, false));
        std::vector<Chosen> chosen = choose(judged, {}, false);
        addSplits(chosen);
        // After the splits, which join pieces more exactly than a claim match.
        chosen = choose(edges(), std::move(chosen), true);
        fillGaps(chosen);
        markOrder(chosen);
        std::sort(chosen.begin(), chosen.end(),
                  [](const Chosen &x, const Chosen &y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
        return chosen;
    }

private:
    // The key of (x, y) in m_judged.
    static quint64 pairKey(int x, int y) { return quint64(quint32(x)) << 32 | quint32(y); }

    // The reference is valid until the next pair is judged.
    const PairJudgement &judge(int x, int y)
    {
        const auto found = m_judged.constFind(pairKey(x, y));
        if (found != m_judged.cend())
            return *found;
        return *m_judged.emplace(pairKey(x, y), computeJudgement(x, y));
    }

    // A pure function of the two sentences (and the job's weights): safe on any thread.
    PairJudgement computeJudgement(int x, int y) const
    {
        const auto compute = [&] {
            const SentenceProfile &profileA = m_profilesA[size_t(x)];
            const SentenceProfile &profileB = m_profilesB[size_t(y)];
            // The content stems the scorer finds each has of the other serve both rules.
            ContentMatches matches(profileA.contentSet.size(), profileB.contentSet.size());
            const PairJudgement judgement = m_scorer.judge(profileA, profileB, &matches);
            return ClaimRule::apply(claimSide(true, x), claimSide(false, y),
                                    FragmentRule::apply(profileA, profileB, judgement, &matches), &matches);
        };
        return m_cache ? m_cache->judgement(m_aId, x, m_bId, y, 0, compute) : compute();
    }

    ClaimSide claimSide(bool inA, int sentence) const
    {
        return inA ? ClaimSide {m_profilesA[size_t(sentence)], m_weightsA, sentence}
                   : ClaimSide {m_profilesB[size_t(sentence)], m_weightsB, sentence};
    }

    // Fast path: the same folded words in the same order are shared, unscored.
    void collectVerbatim()
    {
        for (const auto &[x, y] : CandidateIndex::identicalPairs(m_a, m_b))
            m_judged.emplace(pairKey(x, y), verbatim());
    }

    // The candidates of every sentence (CandidateTable), in both directions,
    // judged. A large pair (two long documents: one unit of work for the
    // job's pool) judges on every core; the results are gathered in index
    // order, so they are the same as one thread's.
    void collectCandidates()
    {
        const std::vector<std::pair<int, int>> pairs = candidatePairs();
        if (m_options.threads != 1 && m_a.sentenceCount() + m_b.sentenceCount() >= m_limits.parallelSentences)
            judgeAhead(pairs);
        for (const auto &[x, y] : pairs)
            judge(x, y);
    }

    // (a, b) of every candidate: a's sentences' first, then b's; a pair both
    // sentences propose comes twice.
    std::vector<std::pair<int, int>> candidatePairs() const
    {
        std::vector<std::pair<int, int>> pairs;
        pairs.reserve(size_t(m_a.sentenceCount() + m_b.sentenceCount()) * 4);
        for (int x = 0; x < m_a.sentenceCount(); ++x) {
            for (const CandidateTable::Entry &candidate : candidatesOf(true, x))
                pairs.emplace_back(x, candidate.sentence);
        }
        for (int y = 0; y < m_b.sentenceCount(); ++y) {
            for (const CandidateTable::Entry &candidate : candidatesOf(false, y))
                pairs.emplace_back(candidate.sentence, y);
        }
        return pairs;
    }

    double weightedOverlap(int x, int y) const
    {
        // Most pairs of a large gap share no stem: 0 without merging their stems.
        if (CandidateIndex::shareNoStem(m_a, x, m_b, y))
            return 0.0;
        return SentenceWeights::overlap(m_weightsA, x, m_weightsB, y);
    }

    // Judges every one of `pairs` not judged yet, in parallel, into m_judged.
    void judgeAhead(std::vector<std::pair<int, int>> todo)
    {
        std::sort(todo.begin(), todo.end());
        todo.erase(std::unique(todo.begin(), todo.end()), todo.end());
        std::erase_if(todo, [&](const std::pair<int, int> &pair) {
            return m_judged.contains(pairKey(pair.first, pair.second));
        });
        std::vector<PairJudgement> results(todo.size());
        inParallel(int(todo.size()), [&](int i) {
            results[size_t(i)] = computeJudgement(todo[size_t(i)].first, todo[size_t(i)].second);
        });
        for (size_t i = 0; i < todo.size(); ++i)
            m_judged.emplace(pairKey(todo[i].first, todo[i].second), std::move(results[i]));
    }

    // fn(0) ... fn(count - 1), in blocks on the global thread pool (the
    // calling thread takes part, so a pool thread may call it).
    template<typename Function> static void inParallel(int count, const Function &fn)
    {
        constexpr int BlockSize = 64;
        std::vector<int> blocks;
        for (int start = 0; start < count; start += BlockSize)
            blocks.push_back(start);
        QtConcurrent::blockingMap(blocks, [&](const int &start) {
            for (int i = start; i < std::min(count, start + BlockSize); ++i)
                fn(i);
        });
    }

    std::vector<Edge> edges() const
    {
        std::vector<Edge> result;
        result.reserve(size_t(m_judged.size()));
        for (auto judged = m_judged.cbegin(); judged != m_judged.cend(); ++judged) {
            if (judged->relation != Relation::Unrelated)
                result.push_back({int(judged.key() >> 32), int(quint32(judged.key())), *judged});
        }
        return result;
    }

    // Greedy one-to-one matching, strongest edge first (an edge that keeps the
    // order of m_frame counts orderBonus stronger), plus extra links where
    // one-to-one would be wrong. A sentence left without a partner may still
    // link to a partner already taken (by its "holder" in the same document) when
    // it repeats the holder word for word (a source that prints one caption
    // three times carries it three times: every copy gets the link). Sentences
    // split in one source and whole in the other get their extra links in
    // addSplits().
    // With claimExtras, a free sentence may also link to a taken partner that
    // carries its claim almost whole (containedClaim).
    // Every sentence has at most one link per document pair except the partner
    // of such extras. `existing` holds links already chosen (for the gap pass).
    std::vector<Chosen> choose(std::vector<Edge> candidates, std::vector<Chosen> existing,
                               bool claimExtras) const
    {
        for (Edge &edge : candidates)
            edge.rank = edge.judgement.score + (keepsOrder(edge) ? m_limits.orderBonus : 0.0);
        std::sort(candidates.begin(), candidates.end(), stronger);
        constexpr int None = -1;
        // Per sentence: scratch space (every document pair chooses three times).
        ScratchBuffer<int, 128> partnerOfA(size_t(m_a.sentenceCount()), None); // primary partners
        ScratchBuffer<int, 128> partnerOfB(size_t(m_b.sentenceCount()), None);
        ScratchBuffer<quint8, 128> linkedA(size_t(m_a.sentenceCount()), 0); // any link
        ScratchBuffer<quint8, 128> linkedB(size_t(m_b.sentenceCount()), 0);
        existing.reserve(existing.size() + candidates.size());
        for (const Chosen &link : existing) {
            linkedA[size_t(link.a)] = linkedB[size_t(link.b)] = 1;
            if (link.primary) {
                partnerOfA[size_t(link.a)] = link.b;
                partnerOfB[size_t(link.b)] = link.a;
            }
        }
        for (const Edge &edge : candidates) {
            const bool freeA = !linkedA[size_t(edge.a)];
            const bool freeB = !linkedB[size_t(edge.b)];
            bool primary = false;
            if (freeA && freeB)
                primary = true;
            else if (freeA && partnerOfB[size_t(edge.b)] != None)
                primary = false;
            else if (freeB && partnerOfA[size_t(edge.a)] != None)
                primary = false;
            else
                continue;
            if (!primary) {
                const bool inA = freeA;
                const int free = inA ? edge.a : edge.b;
                const int holder = inA ? partnerOfB[size_t(edge.b)] : partnerOfA[size_t(edge.a)];
                if (!repeats(inA, free, holder) && !(claimExtras && containedClaim(edge, inA)))
                    continue;
            }
            linkedA[size_t(edge.a)] = linkedB[size_t(edge.b)] = 1;
            if (primary) {
                partnerOfA[size_t(edge.a)] = edge.b;
                partnerOfB[size_t(edge.b)] = edge.a;
            }
            existing.push_back({edge.a, edge.b, edge.judgement, primary, false});
        }
        return existing;
    }

    const CandidateIndex &side(bool inA) const { return inA ? m_a : m_b; }

    bool repeats(bool inA, int free, int holder) const { return side(inA).copies(free, holder); }

    // Whether the free sentence of an edge (in a when inA) states a claim its
    // partner carries almost whole: then it links to that partner even though
    // the partner is already linked (a reworded sentence that merges two, or
    // keeps half of one).
    bool containedClaim(const Edge &edge, bool inA) const
    {
        const ClaimOverlap overlap = ClaimRule::measure(claimSide(true, edge.a), claimSide(false, edge.b));
        return overlap.claimInA == inA && ClaimRule::matches(overlap, edge.judgement.probability)
            && overlap.containment >= ClaimRule::ExtraContainment;
    }

    // Whether `free` (next to `holder`) brings words of `partner` that the
    // holder lacks: at least two of its content stems are in the partner but
    // not in the holder, and at least half of its content stems are in the partner.
    bool addsToPartner(bool inA, int free, int holder, int partner) const
    {
        const std::vector<quint64> &freeStems = side(inA).stems(free);
        const auto enoughShared
            = [&](int common) { return common >= 2 && 2 * common >= int(freeStems.size()); };
        // Most neighbours share too few stems with the partner even by the
        // bit test: no merge then (a million calls on 200 articles, 2 % pass).
        if (!enoughShared(CandidateIndex::sharedStemsAtMost(side(inA), free, side(!inA), partner)))
            return false;
        ScratchBuffer<quint8, 64> inPartner(freeStems.size(), 0);
        markShared(freeStems, side(!inA).stems(partner), inPartner.span());
        int common = 0;
        for (const quint8 found : inPartner.span())
            common += found;
        if (!enoughShared(common))
            return false; // the holder need not be read
        ScratchBuffer<quint8, 64> inHolder(freeStems.size(), 0);
        markShared(freeStems, side(inA).stems(holder), inHolder.span());
        int added = 0;
        for (size_t i = 0; i < freeStems.size(); ++i)
            added += inPartner[i] & (1 - inHolder[i]);
        return added >= 2;
    }

    // found[i] = 1 when keys[i] is in `other` (both sorted, distinct keys),
    // else left as is. One merge without branches on the data: called for every
    // neighbour of every piece, where the loops' mispredicted exits cost more
    // than the merge itself.
    static void markShared(std::span<const quint64> keys, std::span<const quint64> other,
                           std::span<quint8> found)
    {
        size_t i = 0;
        size_t j = 0;
        while (i < keys.size() && j < other.size()) {
            const quint64 x = keys[i];
            const quint64 y = other[j];
            found[i] |= quint8(x == y);
            i += size_t(x <= y);
            j += size_t(y <= x);
        }
    }

    // One source splits in two what the other says in one sentence (or a
    // source's segmentation cuts where the other's does not). Then one piece
    // alone matches the whole weakly or not at all. For every sentence (the
    // whole) with no link or one one-to-one link in this pair, two adjacent
    // sentences of the other side (the pieces) are judged together against
    // it: the one it is linked to, or else each of its two best candidates,
    // with a free neighbour that brings more of the whole's words
    // (addsToPartner). When the joined pieces match the whole clearly better
    // than the first piece alone (improves), both pieces link to it with the
    // joined judgement (two halves of a copied quote are shared).
    void addSplits(std::vector<Chosen> &chosen)
    {
        // Links per sentence of each side, kept up to date as links are added.
        m_linksOfA.assign(size_t(m_a.sentenceCount()), {});
        m_linksOfB.assign(size_t(m_b.sentenceCount()), {});
        for (size_t i = 0; i < chosen.size(); ++i)
            noteLink(chosen, i);
        for (const bool wholeInA : {true, false}) {
            const bool piecesInA = !wholeInA;
            for (int whole = 0; whole < side(wholeInA).sentenceCount(); ++whole) {
                const SentenceLinks links = linksOf(wholeInA, whole);
                if (links.count > 1 || (links.count == 1 && !chosen[size_t(links.first)].primary))
                    continue;
                // Read before joinNeighbour() adds links of `whole`.
                const int holderLink = links.first;
                std::array<int, 2> pieces {};
                size_t pieceCount = 0;
                if (holderLink >= 0) {
                    const Chosen &holder = chosen[size_t(holderLink)];
                    pieces[pieceCount++] = wholeInA ? holder.b : holder.a;
                } else {
                    for (const CandidateTable::Entry &candidate : candidatesOf(wholeInA, whole)) {
                        if (pieceCount < pieces.size() && linksOf(piecesInA, candidate.sentence).count == 0)
                            pieces[pieceCount++] = candidate.sentence;
                    }
                }
                for (size_t k = 0; k < pieceCount; ++k) {
                    if (joinNeighbour(chosen, wholeInA, whole, pieces[k], holderLink))
                        break;
                }
            }
        }
    }

    // How many links a sentence has, and the first of them (an index into
    // the chosen links, -1 when none): all addSplits() asks.
    struct SentenceLinks
    {
        int count = 0;
        int first = -1;

        void add(size_t index)
        {
            if (count++ == 0)
                first = int(index);
        }
    };

    void noteLink(const std::vector<Chosen> &chosen, size_t index)
    {
        m_linksOfA[size_t(chosen[index].a)].add(index);
        m_linksOfB[size_t(chosen[index].b)].add(index);
    }

    SentenceLinks linksOf(bool inA, int sentence) const
    {
        return (inA ? m_linksOfA : m_linksOfB)[size_t(sentence)];
    }

    bool joinNeighbour(std::vector<Chosen> &chosen, bool wholeInA, int whole, int piece, int holderLink)
    {
        const bool piecesInA = !wholeInA;
        for (const int neighbour : {piece - 1, piece + 1}) {
            if (neighbour < 0 || neighbour >= side(piecesInA).sentenceCount()
                || !side(piecesInA).linkable(neighbour) || linksOf(piecesInA, neighbour).count > 0
                || !addsToPartner(piecesInA, neighbour, piece, whole))
                continue;
            const PairJudgement joined
                = judgeJoined(piecesInA, std::min(piece, neighbour), std::max(piece, neighbour), whole);
            const PairJudgement alone = holderLink >= 0
                ? chosen[size_t(holderLink)].judgement
                : (piecesInA ? judge(piece, whole) : judge(whole, piece));
            if (!improves(joined, alone))
                continue;
            if (holderLink >= 0) {
                if (joined.relation > chosen[size_t(holderLink)].judgement.relation)
                    chosen[size_t(holderLink)].judgement = joined;
            } else {
                chosen.push_back(orient(piecesInA, piece, whole, joined, true));
                noteLink(chosen, chosen.size() - 1);
            }
            chosen.push_back(orient(piecesInA, neighbour, whole, joined, false));
            noteLink(chosen, chosen.size() - 1);
            return true;
        }
        return false;
    }

    static Chosen orient(bool firstInA, int first, int second, const PairJudgement &judgement, bool primary)
    {
        return firstInA ? Chosen {first, second, judgement, primary, false}
                        : Chosen {second, first, judgement, primary, false};
    }

    // Best first.
    std::span<const CandidateTable::Entry> candidatesOf(bool inA, int sentence) const
    {
        return inA ? m_candidates.candidates(m_aId, sentence, m_bId)
                   : m_candidates.candidates(m_bId, sentence, m_aId);
    }

    // The joined pieces match the partner clearly better than the holder alone:
    // a stronger relation, or as strong with a surface similarity higher by
    // minimumSplitGain (a neighbour with a word or two of the partner's does not count).
    bool improves(const PairJudgement &joined, const PairJudgement &alone) const
    {
        if (joined.relation == Relation::Unrelated || joined.relation < alone.relation)
            return false;
        return joined.relation > alone.relation
            || joined.surface >= alone.surface + m_limits.minimumSplitGain;
    }

    // Sentences `first` and `second` (adjacent) of one side taken as one
    // sentence, judged against `partner` of the other side.
    PairJudgement judgeJoined(bool inA, int first, int second, int partner) const
    {
        Q_ASSERT(second == first + 1);
        const SentenceProfile &joinedProfile = (inA ? m_joinedA : m_joinedB).of(first);
        const SentenceProfile &partnerProfile = (inA ? m_profilesB : m_profilesA)[size_t(partner)];
        return inA ? m_scorer.judge(joinedProfile, partnerProfile)
                   : m_scorer.judge(partnerProfile, joinedProfile);
    }

    bool anchors(const Chosen &link) const
    {
        return link.primary
            && (link.judgement.relation == Relation::Shared || link.judgement.score >= m_limits.anchorScore);
    }

    // The longest common order of the anchors, sorted (increasing on both
    // sides), framed by sentinels.
    std::vector<std::pair<int, int>> orderFrame(const std::vector<Chosen> &chosen) const
    {
        std::vector<std::pair<int, int>> anchorLinks;
        for (const Chosen &link : chosen) {
            if (anchors(link))
                anchorLinks.emplace_back(link.a, link.b);
        }
        const std::vector<bool> anchorInOrder = OrderAligner::inOrder(anchorLinks);
        std::vector<std::pair<int, int>> frame {{-1, -1}};
        for (size_t k = 0; k < anchorLinks.size(); ++k) {
            if (anchorInOrder[k])
                frame.push_back(anchorLinks[k]);
        }
        frame.emplace_back(m_a.sentenceCount(), m_b.sentenceCount());
        std::sort(frame.begin(), frame.end());
        return frame;
    }

    // Whether the edge is a point of m_frame or lies inside one of its gaps
    // (after a frame point on both sides and before the next one).
    bool keepsOrder(const Edge &edge) const
    {
        if (m_frame.empty())
            return false;
        if (std::binary_search(m_frame.begin(), m_frame.end(), std::pair(edge.a, edge.b)))
            return true;
        const int gap = gapOf(m_frame, edge.a, edge.b);
        return gap >= 0 && m_frame[size_t(gap)].first < edge.a;
    }

    // The gap of a sorted frame that (a, b) falls into: the index of the last
    // frame point at or before a, when b lies strictly between that point's
    // and the next point's b; else -1 (the pair crosses the frame).
    int gapOf(const std::vector<std::pair<int, int>> &frame, int a, int b) const
    {
        const auto next = std::upper_bound(frame.begin(), frame.end(), std::pair(a, m_b.sentenceCount()));
        const auto previous = next - 1;
        return previous->second < b && b < next->second ? int(previous - frame.begin()) : -1;
    }

    // The ordered chain of links: the longest common order of the confident
    // one-to-one links (anchors), then in each gap between them the longest
    // common order of the other one-to-one links that fall inside the gap.
    // Sets inOrder on those; returns the chain sorted, framed by sentinels.
    std::vector<std::pair<int, int>> markOrder(std::vector<Chosen> &chosen) const
    {
        const std::vector<std::pair<int, int>> frame = orderFrame(chosen);
        for (Chosen &link : chosen)
            link.inOrder
                = anchors(link) && std::binary_search(frame.begin(), frame.end(), std::pair(link.a, link.b));

        // Other one-to-one links, grouped by the gap of the frame they fall
        // into: (gap, link) sorted, each gap's links in link order.
        std::vector<std::pair<size_t, size_t>> byGap;
        for (size_t i = 0; i < chosen.size(); ++i) {
            const Chosen &link = chosen[i];
            if (!link.primary || link.inOrder)
                continue;
            const int gap = gapOf(frame, link.a, link.b);
            if (gap >= 0)
                byGap.emplace_back(size_t(gap), i);
        }
        std::sort(byGap.begin(), byGap.end());
        std::vector<std::pair<int, int>> chain = frame;
        std::vector<std::pair<int, int>> pairs;
        for (auto group = byGap.begin(); group != byGap.end();) {
            const auto end = std::find_if(group, byGap.end(),
                                          [&](const auto &entry) { return entry.first != group->first; });
            pairs.clear();
            for (auto member = group; member != end; ++member)
                pairs.emplace_back(chosen[member->second].a, chosen[member->second].b);
            const std::vector<bool> ordered = OrderAligner::inOrder(pairs);
            for (size_t k = 0; k < pairs.size(); ++k) {
                if (ordered[k]) {
                    chosen[group[qsizetype(k)].second].inOrder = true;
                    chain.push_back(pairs[k]);
                }
            }
            group = end;
        }
        std::sort(chain.begin(), chain.end());

        // Extra links keep the order when they fit the chain without crossing
        // it (ties allowed: they share a sentence with a chain link).
        for (Chosen &link : chosen) {
            if (link.primary)
                continue;
            const auto byA
                = std::upper_bound(chain.begin(), chain.end(), link.a,
                                   [](int value, const auto &point) { return value < point.first; });
            const auto byB = std::find_if(chain.begin(), chain.end(),
                                          [&](const auto &point) { return point.second > link.b; });
            const auto next = std::min(byA, byB);
            link.inOrder = next->first >= link.a && next->second >= link.b;
        }
        return chain;
    }

    // Second, more lenient pass: between two consecutive ordered links, the
    // sentences still unlinked on both sides are judged pair by pair without
    // the candidate filter, when the gap holds at most gapPairLimit pairs, and
    // a paraphrase probability gapLeniency below the threshold is enough
    // (their place between two matched pairs is evidence too), as is a
    // looser claim match (ClaimRule::matchesInGap). Only gaps next
    // to at least one real link are searched: with no link at all, position
    // says nothing.
    void fillGaps(std::vector<Chosen> &chosen)
    {
        const std::vector<std::pair<int, int>> chain = markOrder(chosen);
        std::vector<bool> linkedA(size_t(m_a.sentenceCount()), false);
        std::vector<bool> linkedB(size_t(m_b.sentenceCount()), false);
        for (const Chosen &link : chosen)
            linkedA[size_t(link.a)] = linkedB[size_t(link.b)] = true;
        std::vector<Edge> found;
        std::vector<int> xs; // one gap's unlinked sentences, reused from gap to gap
        std::vector<int> ys;
        for (size_t k = 0; k + 1 < chain.size(); ++k) {
            if (k == 0 && k + 2 == chain.size())
                break; // sentinels only
            xs.clear();
            ys.clear();
            for (int x = chain[k].first + 1; x < chain[k + 1].first; ++x) {
                if (!linkedA[size_t(x)] && m_a.linkable(x))
                    xs.push_back(x);
            }
            for (int y = chain[k].second + 1; y < chain[k + 1].second; ++y) {
                if (!linkedB[size_t(y)] && m_b.linkable(y))
                    ys.push_back(y);
            }
            const size_t gapPairs = xs.size() * ys.size();
            if (gapPairs == 0 || gapPairs > size_t(m_limits.gapPairLimit))
                continue;
            const bool small = gapPairs <= size_t(m_limits.smallGap);
            for (const int x : xs) {
                for (const int y : ys) {
                    if (!small && weightedOverlap(x, y) < m_limits.gapWeightedOverlap)
                        continue;
                    const PairJudgement judgement = lenient(x, y);
                    if (judgement.relation != Relation::Unrelated)
                        found.push_back({x, y, judgement});
                }
            }
        }
        if (!found.empty())
            chosen = choose(std::move(found), std::move(chosen), true);
    }

    PairJudgement lenient(int x, int y)
    {
        const PairJudgement &judgement = judge(x, y);
        if (judgement.relation != Relation::Unrelated || !m_cache)
            return lenientAfter(judgement, x, y);
        return m_cache->judgement(m_aId, x, m_bId, y, 1, [&] { return lenientAfter(judgement, x, y); });
    }

    // The lenient judgement given the strict one (a function of the two sentences alone).
    PairJudgement lenientAfter(const PairJudgement &judgement, int x, int y) const
    {
        if (judgement.relation != Relation::Unrelated)
            return judgement;
        if (judgement.probability < m_options.paraphraseThreshold - m_limits.gapLeniency) {
            const ClaimOverlap overlap = ClaimRule::measure(claimSide(true, x), claimSide(false, y));
            if (ClaimRule::matchesInGap(overlap)) {
                PairJudgement result = judgement;
                result.relation = Relation::Paraphrased;
                result.score = 0.5 + 0.2 * overlap.containment;
                return result;
            }
            return judgement;
        }
        return m_lenientScorer.judge(m_profilesA[size_t(x)], m_profilesB[size_t(y)]);
    }

    const PairScorer &m_scorer;
    const PairScorer &m_lenientScorer;
    const std::vector<SentenceProfile> &m_profilesA;
    const std::vector<SentenceProfile> &m_profilesB;
    const SentenceWeights &m_weightsA;
    const SentenceWeights &m_weightsB;
    const JoinedProfiles &m_joinedA;
    const JoinedProfiles &m_joinedB;
    const ComparisonOptions &m_options;
    const MatchingLimits &m_limits;
    const CandidateIndex &m_a;
    const CandidateIndex &m_b;
    const CandidateTable &m_candidates;
    const JudgementCache *m_cache; // job-wide, may be null
    int m_aId;
    int m_bId;
    // Judged pairs by pairKey(). Read in no particular order: whoever reads
    // them all sorts them (choose()). QHash, not std::unordered_map: it
    // stores its entries in blocks, where a node per entry made malloc and free
    // a noticeable share of matching a cluster.
    QHash<quint64, PairJudgement> m_judged;
    std::vector<SentenceLinks> m_linksOfA; // per sentence (addSplits)
    std::vector<SentenceLinks> m_linksOfB;
    std::vector<std::pair<int, int>> m_frame; // orderFrame() of the first choice (run())
};

} // namespace

SentenceMatcher::SentenceMatcher(const PairScorer &scorer, ComparisonOptions options, MatchingLimits limits)
    : m_scorer(&scorer)
    , m_lenientScorer(std::make_unique<PairScorer>(options.sharedThreshold,
                                                   options.paraphraseThreshold - limits.gapLeniency))
    , m_options(std::move(options))
    , m_limits(limits)
{ }

SentenceMatcher::~SentenceMatcher() = default;

double SentenceMatcher::probabilityFloor(const ComparisonOptions &options, const MatchingLimits &limits)
{
    return std::min(ClaimRule::NearParaphrase, options.paraphraseThreshold - limits.gapLeniency);
}

std::vector<SentenceProfile> SentenceMatcher::profiles(const AnalyzedDocument &document) const
{
    std::vector<SentenceProfile> result;
    result.reserve(document.sentences.size());
    for (const Sentence &sentence : document.sentences)
        result.push_back(m_scorer->profile({&sentence, &document.article.text}));
    return result;
}

std::vector<Link> SentenceMatcher::match(int aId, const CandidateIndex &a, int bId,
                                         const CandidateIndex &b) const
{
    const StemWeights weights({&a, &b});
    const std::vector<SentenceProfile> profilesA = profiles(a.document());
    const std::vector<SentenceProfile> profilesB = profiles(b.document());
    const SentenceWeights weightsA(a, weights);
    const SentenceWeights weightsB(b, weights);
    const JoinedProfiles joinedA(a.document(), *m_scorer);
    const JoinedProfiles joinedB(b.document(), *m_scorer);
    // Numbered 0 and 1 for the table; the links get the caller's numbers.
    const std::vector<MatchDocument> documents {{0, &a, &profilesA, &weightsA, &joinedA},
                                                {1, &b, &profilesB, &weightsB, &joinedB}};
    std::vector<Link> links = match(documents[0], documents[1], candidateTable(documents));
    for (Link &link : links) {
        link.a.document = aId;
        link.b.document = bId;
    }
    return links;
}

std::vector<Link> SentenceMatcher::match(const MatchDocument &a, const MatchDocument &b,
                                         const CandidateTable &candidates, const JudgementCache *cache) const
{
    PairMatch pair(*m_scorer, *m_lenientScorer, m_options, m_limits, a, b, candidates, cache);
    std::vector<Link> links;
    for (const Chosen &chosen : pair.run()) {
        Link link;
        link.a = {a.id, chosen.a};
        link.b = {b.id, chosen.b};
        link.relation = chosen.judgement.relation;
        link.score = chosen.judgement.score;
        link.moved = !chosen.inOrder;
        link.conflicts = chosen.judgement.conflicts;
        link.diff = WordDiff::diff(a.index->document().sentences[size_t(chosen.a)],
                                   b.index->document().sentences[size_t(chosen.b)]);
        links.push_back(std::move(link));
    }
    return links;
}

CandidateTable SentenceMatcher::candidateTable(const std::vector<MatchDocument> &documents,
                                               QThreadPool *pool) const
{
    CandidateLimits limits;
    limits.maxCount = m_options.maxCandidatesPerSentence;
    limits.minimumWeightedOverlap = m_limits.minimumWeightedOverlap;
    return CandidateTable(documents, limits, pool);
}

} // namespace parallax
