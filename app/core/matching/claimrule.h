#pragma once

namespace parallax {

class SentenceWeights;
struct ContentMatches;
struct PairJudgement;
struct SentenceProfile;

// One sentence as the claim rule reads it: its profile and the weights of its
// content stems (SentenceWeights holds them for the stems of a linkable
// sentence, which are its profile's contentSet).
struct ClaimSide
{
    const SentenceProfile &profile;
    const SentenceWeights &weights;
    int sentence = -1;
};

// How much of one sentence's claim another sentence carries, in any order.
struct ClaimOverlap
{
    // Weighted share of the claim's content stems (the sentence of the two
    // with less content weight) found in the other sentence, as the same stem
    // or a WordNet synonym; weights from StemWeights. [0, 1]
    double containment = 0.0;
    int distinctiveShared = 0; // shared stems that are StemWeights::distinctive
    bool claimInA = true; // the claim is sentence a (else b)
};

// Reworded reports keep a claim's rare words and drop or reorder the rest: a
// sentence that merges two of the source's, or keeps half of one, is no
// paraphrase for MSRP (and the calibrated model says so), yet a reader links
// it. A pair the model and the fragment rule call unrelated is paraphrased
// here when nearly all of the lighter sentence's weighted content occurs in
// the other and at least MinimumDistinctive of the shared stems are rare in
// the comparison: sentences that share only the story's topic words (the
// parties' names, the country, "political process") never pass.
class ClaimRule
{
public:
    static constexpr double Containment = 0.7;
    static constexpr int MinimumDistinctive = 3;
    static constexpr double DistinctiveBonus = 0.1;
    static constexpr double WeightedContainment = 0.9;
    static constexpr double NearParaphrase = 0.4;
    // A claim match links a sentence to a partner already linked one-to-one in
    // the same document pair (many-to-one) only when it is this complete.
    static constexpr double ExtraContainment = 0.8;

    // With the pair's `contentMatches` (PairScorer::judge), the stems found there
    // are not looked for again.
    static ClaimOverlap measure(const ClaimSide &a, const ClaimSide &b,
                                const ContentMatches *contentMatches = nullptr);
    static bool matches(const ClaimOverlap &overlap, double probability);
    // Between two ordered links (the gap pass) position is evidence too: a
    // claim match needs GapContainment and GapMinimumDistinctive there.
    static bool matchesInGap(const ClaimOverlap &overlap);
    static constexpr double GapContainment = 0.45;
    static constexpr int GapMinimumDistinctive = 2;

    // `model` unchanged unless it is Unrelated and the pair matches; then
    // Paraphrased, with a score below the model's confident paraphrases.
    static PairJudgement apply(const ClaimSide &a, const ClaimSide &b, const PairJudgement &model,
                               const ContentMatches *contentMatches = nullptr);
};

} // namespace parallax
