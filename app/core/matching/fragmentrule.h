#pragma once

namespace parallax {

struct PairJudgement;
struct ContentMatches;
struct SentenceProfile;

// Documents quote each other in pieces: a caption that is the first half of
// an article's sentence, a sentence that carries one clause of another. The
// paraphrase model (calibrated on MSRP, which calls such pairs
// non-paraphrases) rejects them; for document comparison they are matches.
//
// A pair the model calls unrelated is a fragment match when the shorter
// sentence has at least MinimumContentTokens content words (not stop words)
// and most of them occur, in order, in the longer one:
//  - Shared when at least SharedContainment of its content words and of all
//    its words (folded forms) are there and no number or negation differs
//    within the fragment;
//  - Paraphrased when at least ParaphraseContainment of its content words are.
// The score is the content containment; conflicts name numbers on both sides
// that differ (a number of the fragment missing from the longer sentence's
// numbers) or a negation on one side only.
class FragmentRule
{
public:
    static constexpr int MinimumContentTokens = 6;
    static constexpr double SharedContainment = 0.9;
    static constexpr double ParaphraseContainment = 0.7;

    // `model` is the scorer's judgement of (a, b); returned unchanged unless
    // it is Unrelated and the pair is a fragment match. Reads the profiles the
    // scorer made (content stems in text order, number forms, negations), and
    // the content stems it found each to have of the other when given: a pair
    // whose shorter sentence has too few of its content words in the other
    // is then no fragment match without a search for their order.
    static PairJudgement apply(const SentenceProfile &a, const SentenceProfile &b, const PairJudgement &model,
                               const ContentMatches *contentMatches = nullptr);
};

} // namespace parallax
