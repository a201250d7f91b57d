#pragma once

#include "candidateindex.h"
#include "candidatetable.h"
#include "matchdocument.h"
#include "model/comparison.h"
#include "model/comparisonoptions.h"

#include <memory>
#include <vector>

class QThreadPool;

namespace parallax {

class JudgementCache;
class PairScorer;
struct SentenceProfile;

// Bounds and rules of the pairwise matcher beyond ComparisonOptions.
struct MatchingLimits
{
    // A paraphrase link at least this probable anchors the sentence order
    // (shared links always do).
    double anchorScore = 0.75;
    // The one-to-one choice takes an edge that keeps the order of the anchors
    // (see SentenceMatcher) as if it scored this much higher: of a phrase
    // repeated in many places, the copy in its place wins over a copy
    // elsewhere scoring a little higher; a moved sentence whose partner
    // elsewhere is clearly stronger keeps it.
    double orderBonus = 0.2;
    // Gap filling judges every pair of unlinked sentences between two ordered
    // links when there are at most this many pairs (bounded by gap size).
    int gapPairLimit = 64;
    // ... and accepts a paraphrase this much below the paraphrase threshold.
    double gapLeniency = 0.1;
    // A neighbour joins a split sentence's link when the two pieces together
    // are at least this much more similar (surface) to the whole than one piece.
    double minimumSplitGain = 0.1;
    // A document pair with at least this many sentences (both sides) judges
    // its candidates on every core (unless options.threads is 1): two long
    // documents are one unit of work for the job.
    int parallelSentences = 1000;
    // A candidate from the table is judged only when the two sentences share
    // at least this much of their stem weight (SentenceWeights::overlap). In a
    // cluster of reports on one story most candidates share only the story's
    // names and verbs; measured on generated 50-article clusters this skips
    // 83 % of the judgements that come out unrelated and 0.7 % of those that
    // come out related (mostly weak claim matches). 0.25 would skip a quarter
    // more and link as many true pairs of the generated clusters
    // (tests/bench/cluster_quality.py), but loses reworded sentences of the
    // Clough-Stevenson answers.
    double minimumWeightedOverlap = 0.2;
    // Gap filling judges every pair of a gap of up to smallGap pairs (there the
    // position says most: the Gospels lose 7 verse links without it); in
    // larger gaps only pairs sharing this much weight. 0.2 rather than 0.1:
    // half the judgements; on n50_s30 52 fewer links to filler or other
    // sentences and no true one lost; in Clough-Stevenson three weak lenient
    // links go (one in a "non" answer); Sochi, the Gospels and huge2 unchanged.
    int smallGap = 4;
    double gapWeightedOverlap = 0.2;
};

// Matches the sentences of one document pair: candidates from the inverted
// index, PairScorer on each, a one-to-one choice of links (strongest first,
// then again preferring the order its confident links keep), sentence-order
// alignment (dtl) with the `moved` flag, a lenient second pass in the gaps
// between ordered links, and the word diff of every link.
// Const and thread-safe; the scorer must outlive the matcher.
class SentenceMatcher
{
public:
    SentenceMatcher(const PairScorer &scorer, ComparisonOptions options, MatchingLimits limits = {});
    ~SentenceMatcher();
    SentenceMatcher(const SentenceMatcher &) = delete;
    SentenceMatcher &operator=(const SentenceMatcher &) = delete;

    // Links between document `a` (number aId) and `b` (bId > aId), sorted by
    // (a, b) sentence; ids are left at -1 for the caller to assign.
    std::vector<Link> match(int aId, const CandidateIndex &a, int bId, const CandidateIndex &b) const;

    // The same with each document prepared beforehand (profiles(), and
    // SentenceWeights under the stem weights of the whole comparison; the
    // overload above weighs stems over the two documents alone) and the
    // candidates of all documents looked up at once (candidateTable(), whose
    // document numbers are the documents' ids). With a cache (numbered the
    // same way), judgements of sentence contents met in earlier pairs are reused.
    std::vector<Link> match(const MatchDocument &a, const MatchDocument &b, const CandidateTable &candidates,
                            const JudgementCache *cache = nullptr) const;

    // The candidates of every sentence of `documents` (documents[i].id == i)
    // under this matcher's options and limits, looked up on `pool` (the global
    // pool when null).
    CandidateTable candidateTable(const std::vector<MatchDocument> &documents,
                                  QThreadPool *pool = nullptr) const;

    std::vector<SentenceProfile> profiles(const AnalyzedDocument &document) const;

    // The highest probability floor (PairScorer) under which the scorer still
    // judges as the matcher needs: it compares an unrelated pair's probability
    // only with ClaimRule::NearParaphrase and with the gap-filling threshold
    // (paraphraseThreshold - gapLeniency).
    static double probabilityFloor(const ComparisonOptions &options, const MatchingLimits &limits = {});

private:
    const PairScorer *m_scorer;
    std::unique_ptr<const PairScorer> m_lenientScorer; // paraphrase threshold lowered by gapLeniency
    ComparisonOptions m_options;
    MatchingLimits m_limits;
};

} // namespace parallax
