#pragma once

#include "contentmatches.h"
#include "pairscorer.h"
#include "sequencelcs.h"

#include <array>

namespace parallax {

class ParaphraseModel;
class SynonymTable;
struct SentenceProfile;

// The numeric description of a sentence pair that the paraphrase model reads.
// Every feature is symmetric in (a, b) and computed from the tokens' keys and
// flags (plus the case-folded word text for character n-grams), so the same
// code serves calibration (tests/tools/calibration) and run time.
class PairFeatures
{
public:
    enum Index {
        Bias, // always 1
        StemF1, // clipped unigram overlap of stems: harmonic mean of both directions
        StemMin, // ... the smaller direction
        ContentF1, // same on content (non-stop-word) stems
        ContentMin,
        ContentMax,
        FormF1, // same on folded forms
        SynonymF1, // content stems matched exactly or by a WordNet synonym
        Bigram, // n-gram precision of stems, mean of both directions
        Trigram,
        Fourgram,
        Bleu, // geometric mean of smoothed 1..4-gram precisions, mean of both directions
        LcsForms, // 2·LCS/(|a|+|b|) on forms: PairJudgement::surface
        LcsStems,
        EditDistanceLog, // log(1 + word edit distance) on stems (inserts + deletes)
        LongestGapLog, // log(1 + longest run of words on one side between common stems): an added clause
        GapCountLog, // log(1 + number of places where the stem sequences differ)
        LongestExtraLog, // log(1 + largest |inserted - deleted| of one differing stretch)
        UnmatchedMaxLog, // log(1 + content stems of one side absent from the other), larger side
        UnmatchedMinLog, // ... smaller side
        OrderAgreement, // LCS of shared content stems / shared content stems (1 = same order)
        CharTrigramDice, // Dice of character 3-grams of the folded words
        CharFourgramDice,
        NumbersEqual, // both have numbers, the same set
        NumbersSubset, // both have numbers, one set inside the other
        NumbersDiffer, // both have numbers, neither set inside the other
        NumbersOneSide, // only one side has numbers
        NamesF1, // capitalized (non-initial) content words found in the other sentence
        NamesUnmatchedLog, // log(1 + such words missing from the other sentence)
        NegationMismatch, // one side negated, the other not
        LengthRatio, // shorter / longer, in tokens
        LengthLog, // log of the mean token count
        Count
    };
    using Vector = std::array<double, Count>;

    static const char *name(int index);
    static Vector compute(SentenceView a, SentenceView b, const SynonymTable &synonyms);
    // The same result; `matches`, when given (sized for the pair), gets the
    // content stems each has of the other.
    static Vector compute(const SentenceProfile &a, const SentenceProfile &b,
                          ContentMatches *matches = nullptr);

    // The same features, unless the pair's linear score under `model`
    // provably stays below `floor`: then the costly ones (the stem diff's
    // shape and the character 4-gram Dice) are not computed but bounded, each
    // at its value most favourable to the score, `exact` is false and
    // model.linear() of the result is an upper bound of the exact score,
    // below `floor`. Every other feature is exact either way. A comparison of
    // hundreds of reports judges hundreds of thousands of pairs that share
    // only the story's names, and the stem diff is the longest step of each.
    // `matches` as for compute().
    static Vector computeUnlessBelow(const SentenceProfile &a, const SentenceProfile &b,
                                     const ParaphraseModel &model, double floor, bool &exact,
                                     ContentMatches *matches = nullptr);

    // What differs in substance between two sentences, read off their
    // features: "number" when both contain numbers and the sets of their forms
    // differ, "negation" when one is negated and the other not.
    static QStringList conflicts(const Vector &features);

private:
    // Every feature but the costly ones, the stems' multiset overlap and the content matches.
    static Vector cheapFeatures(const SentenceProfile &a, const SentenceProfile &b, int &stemMatches,
                                ContentMatches &matches);
    static void costlyFeatures(const SentenceProfile &a, const SentenceProfile &b, Vector &f);
    // The costly features at their bounds for a stem LCS of at most
    // `stems.length` and stretches at least `stems.longestUnsharedRun` long.
    static void boundCostly(const SentenceProfile &a, const SentenceProfile &b, SequenceLcs::Measure stems,
                            const Vector &weights, Vector &f);
    static double fewestGaps(const SentenceProfile &a, const SentenceProfile &b, double lcs);
};

} // namespace parallax
